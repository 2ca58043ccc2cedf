package io.exportpermits.permit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exportpermits.support.AtOnce;
import io.exportpermits.support.TestKeys;
import io.exportpermits.support.TestPermits;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PermitLifecycleTest {
    @jakarta.inject.Inject
    javax.sql.DataSource database;

    private String exporterKey;
    private String consignee;

    @BeforeEach
    void exporterWithAConsignee() {
        exporterKey = TestKeys.exporterKey(TestKeys.newExporter("Permit Applicant Co."));
        consignee = TestKeys.newParty(exporterKey, "Magnetics Inc.");
    }

    @Test
    void aDraftGetsANumberItsLinesCheckedAndAnInlineEndUser() {
        given().auth().oauth2(exporterKey).contentType(ContentType.JSON)
                .body(TestPermits.application(consignee, TestPermits.VALID_FROM, TestPermits.VALID_UNTIL))
                .when().post("/api/v1/permits")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/permits/EP-" + TestPermits.VALID_FROM_DAY.getYear() + "-[0-9]{6}"))
                .header("ETag", notNullValue())
                .body("status", equalTo("DRAFT"))
                .body("checkCode", matchesPattern("[a-z2-9]{10}"))
                .body("consignee.name", equalTo("Magnetics Inc."))
                .body("endUser.name", equalTo("Motor Works GmbH"))
                .body("lines[0].licenceOutcome", equalTo("LICENCE_REQUIRED"))
                .body("lines[0].quantity", equalTo(500))
                .body("allowedActions", equalTo(List.of("submit", "withdraw")));
    }

    @Test
    void aLineThatNeedsNoLicenceOnTheRequestedDayIsFlaggedNotRefused() {
        Map<String, Object> application = new HashMap<>(TestPermits.application(consignee, "2026-06-01", "2026-12-31"));
        application.put("lines", List.of(Map.of("element", "Ho", "form", "OXIDE", "description", "Holmium oxide",
                "quantity", 10000, "unit", "DJ", "value", 900, "currency", "EUR")));
        given().auth().oauth2(exporterKey).contentType(ContentType.JSON).body(application)
                .post("/api/v1/permits")
                .then().statusCode(201).body("lines[0].licenceOutcome", equalTo("NOT_REQUIRED"));
    }

    @Test
    void theWholeLifecycleWritesOneHistoryEntryPerChange() {
        var permit = TestPermits.draft(exporterKey, consignee);
        permit = TestPermits.act(permit, "submit", exporterKey, null);
        permit = TestPermits.act(permit, "start-review", TestKeys.AUTHORITY, null);
        permit = TestPermits.act(permit, "request-information", TestKeys.AUTHORITY, Map.of("reason", "End-user statement?"));
        permit = TestPermits.act(permit, "respond", exporterKey, Map.of("reason", "Attached to our e-mail of today."));
        permit = TestPermits.act(permit, "approve", TestKeys.AUTHORITY, Map.of("validFrom", TestPermits.VALID_FROM,
                "validUntil", TestPermits.VALID_UNTIL, "lines", List.of(Map.of("lineNumber", 1, "approvedQuantity", "400")),
                "conditions", "No re-export."));
        given().auth().oauth2(exporterKey).get("/api/v1/permits/" + permit.number())
                .then().statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("validity.until", equalTo(TestPermits.VALID_UNTIL))
                .body("lines[0].approvedQuantity", equalTo(400))
                .body("lines[0].remainingQuantity", equalTo(400))
                .body("allowedActions", equalTo(List.of("surrender")));
        permit = TestPermits.act(permit, "suspend", TestKeys.AUTHORITY, Map.of("reason", "Investigation"));
        permit = TestPermits.act(permit, "reinstate", TestKeys.AUTHORITY, null);
        TestPermits.act(permit, "surrender", exporterKey, null);
        given().auth().oauth2(TestKeys.AUTHORITY).get("/api/v1/permits/" + permit.number() + "/history")
                .then().statusCode(200)
                .body("items.action", equalTo(List.of("create", "submit", "start-review", "request-information",
                        "respond", "approve", "suspend", "reinstate", "surrender")))
                .body("items.toStatus", hasItems("DRAFT", "INFORMATION_REQUESTED", "APPROVED", "SURRENDERED"))
                .body("items[3].reason", equalTo("End-user statement?"))
                .body("items[5].actorRole", equalTo("AUTHORITY"))
                .body("items[5].changes.validUntil", equalTo(TestPermits.VALID_UNTIL));
    }

    @Test
    void theDatabaseRefusesToRewriteHistory() throws java.sql.SQLException {
        var permit = TestPermits.draft(exporterKey, consignee);
        try (var connection = database.getConnection();
             var update = connection.prepareStatement("update permit_history set reason = 'rewritten' where permit_id = "
                     + "(select id from permit where number = ?)");
             var delete = connection.prepareStatement("delete from permit_history where permit_id = "
                     + "(select id from permit where number = ?)")) {
            update.setString(1, permit.number());
            delete.setString(1, permit.number());
            var refusedUpdate = org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class, update::executeUpdate);
            assertTrue(refusedUpdate.getMessage().contains("append-only"), refusedUpdate.getMessage());
            org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class, delete::executeUpdate);
        }
        given().auth().oauth2(exporterKey).get("/api/v1/permits/" + permit.number() + "/history")
                .then().body("items.size()", equalTo(1)).body("items[0].reason", nullValue());
    }

    @Test
    void anActionTheStateDoesNotAllowIs409ListingWhatIsAllowed() {
        var permit = TestPermits.draft(exporterKey, consignee);
        given().auth().oauth2(TestKeys.AUTHORITY).header("If-Match", permit.etag()).contentType(ContentType.JSON)
                .body(TestPermits.approval(TestPermits.VALID_FROM, TestPermits.VALID_UNTIL))
                .post("/api/v1/permits/" + permit.number() + "/approve")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://export-permits.io/problems/invalid-transition"))
                .body("detail", containsString("DRAFT"));
        var submitted = TestPermits.act(permit, "submit", exporterKey, null);
        given().auth().oauth2(exporterKey).header("If-Match", submitted.etag()).contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/permits/" + permit.number() + "/submit")
                .then().statusCode(409).body("allowedActions", equalTo(List.of("withdraw")));
    }

    @Test
    void actionsNeedACurrentIfMatchAndRefusalsAReason() {
        var permit = TestPermits.draft(exporterKey, consignee);
        String path = "/api/v1/permits/" + permit.number();
        given().auth().oauth2(exporterKey).contentType(ContentType.JSON).body(Map.of()).post(path + "/submit")
                .then().statusCode(428);
        var submitted = TestPermits.act(permit, "submit", exporterKey, null);
        given().auth().oauth2(exporterKey).header("If-Match", permit.etag()).contentType(ContentType.JSON).body(Map.of())
                .post(path + "/withdraw").then().statusCode(412);
        var reviewing = TestPermits.act(submitted, "start-review", TestKeys.AUTHORITY, null);
        given().auth().oauth2(TestKeys.AUTHORITY).header("If-Match", reviewing.etag()).contentType(ContentType.JSON)
                .body(Map.of()).post(path + "/refuse")
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
    }

    @Test
    void otherTenantsSeeNothingAndTheConsigneeSeesNoCheckCode() {
        var permit = TestPermits.draft(exporterKey, consignee);
        String otherExporter = TestKeys.exporterKey(TestKeys.newExporter("Rival Applicant Co."));
        given().auth().oauth2(otherExporter).get("/api/v1/permits/" + permit.number()).then().statusCode(404);
        given().auth().oauth2(TestKeys.importerKey(consignee)).get("/api/v1/permits/" + permit.number())
                .then().statusCode(200).body("checkCode", nullValue()).body("allowedActions", equalTo(List.of()));
        String stranger = TestKeys.importerKey(TestKeys.newParty(TestKeys.AUTHORITY, "Unrelated Importer"));
        given().auth().oauth2(stranger).get("/api/v1/permits/" + permit.number()).then().statusCode(404);
        given().auth().oauth2(otherExporter).get("/api/v1/permits")
                .then().statusCode(200).body("items.number", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(permit.number())));
    }

    @Test
    void theListFiltersByControlCodeElementAndChangeTimeSortsBothWaysAndCountsOnRequest() {
        String since = java.time.Instant.now().minusSeconds(1).toString();
        var first = TestPermits.draft(exporterKey, consignee);
        var second = TestPermits.draft(exporterKey, consignee);
        given().auth().oauth2(exporterKey).queryParam("controlCode", "1C902").queryParam("updatedSince", since)
                .queryParam("include", "total")
                .get("/api/v1/permits")
                .then().statusCode(200)
                .body("items.number", equalTo(List.of(first.number(), second.number())))
                .body("total", equalTo(2));
        given().auth().oauth2(exporterKey).queryParam("sort", "-createdAt").queryParam("limit", 1)
                .get("/api/v1/permits")
                .then().statusCode(200).body("items[0].number", equalTo(second.number()))
                .body("total", nullValue());
        given().auth().oauth2(exporterKey).queryParam("element", "Tb").get("/api/v1/permits")
                .then().statusCode(200).body("items.size()", equalTo(0));
        given().auth().oauth2(exporterKey).queryParam("updatedSince", "yesterday").get("/api/v1/permits")
                .then().statusCode(400).body("errors[0].field", equalTo("updatedSince"));
    }

    @Test
    void invalidApplicationsNameEveryField() {
        Map<String, Object> application = new HashMap<>(TestPermits.application(consignee, "2026-12-01", "2028-01-01"));
        application.put("lines", List.of(
                Map.of("controlCode", "1C999", "description", "unknown code", "quantity", 1, "unit", "KGM", "value", 1,
                        "currency", "USD"),
                Map.of("controlCode", "1C902.b", "description", "bad unit", "quantity", -1, "unit", "XXX", "value", 1,
                        "currency", "USD")));
        given().auth().oauth2(exporterKey).contentType(ContentType.JSON).body(application).post("/api/v1/permits")
                .then().statusCode(400)
                .body("errors.field", hasItems("lines[1].quantity", "lines[1].unit"));
        application.put("lines", List.of(Map.of("controlCode", "1C999", "description", "unknown code", "quantity", 1,
                "unit", "KGM", "value", 1, "currency", "USD")));
        application.put("type", "GENERAL");
        application.put("requestedValidUntil", "2030-01-01");
        given().auth().oauth2(exporterKey).contentType(ContentType.JSON).body(application).post("/api/v1/permits")
                .then().statusCode(400)
                .body("errors.field", hasItems("requestedValidUntil", "type", "lines[0].controlCode"));
    }

    @Test
    void ofFourOfficersDecidingAtOnceExactlyOneWins() throws Exception {
        var permit = TestPermits.inState("UNDER_REVIEW", exporterKey, consignee);
        List<Integer> statuses = AtOnce.run(4, i -> {
            boolean approve = i % 2 == 0;
            return given().auth().oauth2(TestKeys.AUTHORITY).header("If-Match", permit.etag())
                    .contentType(ContentType.JSON)
                    .body(approve ? TestPermits.approval(TestPermits.VALID_FROM, TestPermits.VALID_UNTIL) : Map.of("reason", "No."))
                    .post("/api/v1/permits/" + permit.number() + (approve ? "/approve" : "/refuse")).statusCode();
        });
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 409 || s == 412), statuses.toString());
        given().auth().oauth2(TestKeys.AUTHORITY).get("/api/v1/permits/" + permit.number() + "/history")
                .then().body("items.size()", equalTo(4));
    }

    @Test
    void aLicenceWhoseValidityIsOverReadsExpiredWithoutAnyJob() {
        var permit = TestPermits.inState("UNDER_REVIEW", exporterKey, consignee);
        var approved = TestPermits.act(permit, "approve", TestKeys.AUTHORITY, TestPermits.approval("2025-01-01", "2025-06-30"));
        given().auth().oauth2(exporterKey).get("/api/v1/permits/" + permit.number())
                .then().body("status", equalTo("EXPIRED")).body("allowedActions", equalTo(List.of()));
        given().auth().oauth2(TestKeys.AUTHORITY).header("If-Match", approved.etag()).contentType(ContentType.JSON)
                .body(Map.of("reason", "x")).post("/api/v1/permits/" + permit.number() + "/suspend")
                .then().statusCode(409);
    }
}
