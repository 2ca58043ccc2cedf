package io.exportpermits.permit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exportpermits.support.TestKeys;
import io.exportpermits.support.TestListings;
import io.exportpermits.support.TestPermits;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Permits screen their consignee and end user against the lists, and again when a listing changes. */
@QuarkusTest
class PermitScreeningTest {

    private static String eligibleExporterKey() {
        Map<String, Object> body = new HashMap<>(TestKeys.exporterBody("Screening Test Magnets Co."));
        body.put("generalLicenceEligibility", Map.of("from", "2025-01-01"));
        String exporter = given().auth().oauth2(TestKeys.AUTHORITY).contentType(ContentType.JSON).body(body)
                .post("/api/v1/exporters").then().statusCode(201).extract().path("id");
        return TestKeys.exporterKey(exporter);
    }

    private static Map<String, Object> application(String type, Map<String, Object> consignee) {
        Map<String, Object> application = new HashMap<>(TestPermits.application("unused", TestPermits.VALID_FROM,
                TestPermits.VALID_UNTIL));
        application.put("type", type);
        application.put("consignee", consignee);
        return application;
    }

    @Test
    void aControlListedConsigneeIsFlaggedAtEveryStepAndApprovalNeedsTheAuthoritysException() {
        String exporterKey = eligibleExporterKey();
        var created = given().auth().oauth2(exporterKey).contentType(ContentType.JSON)
                .body(application("INDIVIDUAL", Map.of("name", "MP Materials Corporation", "country", "US")))
                .post("/api/v1/permits").then().statusCode(201)
                .body("screening.outcome", equalTo("CONTROL_LISTED"))
                .body("screening.trigger", equalTo("CREATE"))
                .body("screening.parties[0].role", equalTo("CONSIGNEE"))
                .body("screening.parties[0].candidates[0].name", equalTo("MP Materials Corp."))
                .body("screening.parties[1].outcome", equalTo("NO_MATCH"))
                .extract();
        var permit = new TestPermits.Ref(created.path("number"), created.header("ETag"));
        permit = TestPermits.act(permit, "submit", exporterKey, null);
        given().auth().oauth2(exporterKey).get("/api/v1/permits/" + permit.number()).then()
                .body("screening.trigger", equalTo("SUBMIT"));
        permit = TestPermits.act(permit, "start-review", TestKeys.AUTHORITY, null);
        given().auth().oauth2(TestKeys.AUTHORITY).header("If-Match", permit.etag()).contentType(ContentType.JSON)
                .body(TestPermits.approval(TestPermits.VALID_FROM, TestPermits.VALID_UNTIL))
                .post("/api/v1/permits/" + permit.number() + "/approve").then().statusCode(409)
                .body("detail", containsString("controlListException"))
                .body("detail", containsString("MOFCOM No. 23 of 2026"));
        given().auth().oauth2(TestKeys.AUTHORITY).get("/api/v1/permits/" + permit.number()).then()
                .body("status", equalTo("UNDER_REVIEW"));
        Map<String, Object> approval = new HashMap<>(TestPermits.approval(TestPermits.VALID_FROM, TestPermits.VALID_UNTIL));
        approval.put("controlListException", "Exception granted for a test.");
        given().auth().oauth2(TestKeys.AUTHORITY).header("If-Match", permit.etag()).contentType(ContentType.JSON)
                .body(approval).post("/api/v1/permits/" + permit.number() + "/approve").then().statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("screening.trigger", equalTo("APPROVE"))
                .body("screening.controlListException.reason", equalTo("Exception granted for a test."))
                .body("screening.controlListException.recordedByKeyId", notNullValue());
    }

    @Test
    void aGeneralPermitNamingAWatchListedPartyIsRefusedAtCreationNamingTheField() {
        String exporterKey = eligibleExporterKey();
        Map<String, Object> general = application("GENERAL", Map.of("name", "Mitsubishi Materials Corp.", "country", "JP"));
        general.put("destination", "JP");
        given().auth().oauth2(exporterKey).contentType(ContentType.JSON).body(general)
                .post("/api/v1/permits").then().statusCode(400)
                .body("errors[0].field", equalTo("consignee"))
                .body("errors[0].message", containsString("watch list"));
        given().auth().oauth2(exporterKey).get("/api/v1/parties?limit=200").then()
                .body("items.name", org.hamcrest.Matchers.not(hasItem("Mitsubishi Materials Corp.")));
        // The same application as an individual licence is accepted, and flagged.
        general.put("type", "INDIVIDUAL");
        given().auth().oauth2(exporterKey).contentType(ContentType.JSON).body(general)
                .post("/api/v1/permits").then().statusCode(201)
                .body("screening.outcome", equalTo("WATCH_LISTED"))
                .body("screening.parties[0].reason", containsString("risk assessment"));
    }

    @Test
    void aNewListingScreensAgainThePermitsNamingThePartyAndAnnouncesIt() {
        String exporterKey = eligibleExporterKey();
        String name = TestListings.newName();
        var created = given().auth().oauth2(exporterKey).contentType(ContentType.JSON)
                .body(application("INDIVIDUAL", Map.of("name", name + " Ltd.", "country", "AQ")))
                .post("/api/v1/permits").then().statusCode(201)
                .body("screening.outcome", equalTo("NO_MATCH")).extract();
        String number = created.path("number");
        String unrelated = TestPermits.draft(exporterKey, TestKeys.newParty(exporterKey, "Unrelated Magnets Inc.")).number();

        var listing = TestListings.add(TestListings.request(name, "CONTROL", "2026-08-01"));
        given().auth().oauth2(exporterKey).get("/api/v1/permits/" + number).then()
                .body("screening.outcome", equalTo("CONTROL_LISTED"))
                .body("screening.trigger", equalTo("LISTING_CHANGE"))
                .body("screening.parties[0].candidates[0].listedPartyId", equalTo(listing.id()));
        given().auth().oauth2(exporterKey).get("/api/v1/permits/" + unrelated).then()
                .body("screening.trigger", equalTo("CREATE"));
        assertTrue(screeningEvents(exporterKey).contains(number), "permit.screening_changed for " + number);

        // Lifting it screens again: the listing no longer applies.
        given().auth().oauth2(TestKeys.AUTHORITY).header("If-Match", listing.etag()).contentType(ContentType.JSON)
                .body(Map.of("liftedOn", "2026-09-01", "decision", "MOFCOM (test)", "reason", "Lifted by a test"))
                .post("/api/v1/listed-parties/" + listing.id() + "/lift").then().statusCode(200);
        given().auth().oauth2(exporterKey).get("/api/v1/permits/" + number).then()
                .body("screening.outcome", equalTo("LISTING_NOT_IN_EFFECT"))
                .body("screening.parties[0].candidates[0].standing.status", equalTo("LIFTED"));
    }

    /** The numbers of the permits the exporter's key saw a `permit.screening_changed` event for. */
    private static List<String> screeningEvents(String key) {
        List<String> numbers = new ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            var request = given().auth().oauth2(key).queryParam("types", "permit.screening_changed")
                    .queryParam("limit", 200);
            if (after != null) {
                request.queryParam("after", after);
            }
            var page = request.get("/api/v1/events").then().statusCode(200).extract().jsonPath();
            numbers.addAll(page.getList("items.subject.id"));
            after = page.getString("next");
            more = page.getBoolean("more");
        }
        return numbers;
    }
}
