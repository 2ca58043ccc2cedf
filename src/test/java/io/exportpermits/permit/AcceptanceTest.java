package io.exportpermits.permit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.exportpermits.support.TestDocuments;
import io.exportpermits.support.TestKeys;
import io.exportpermits.support.TestPermits;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** From a received application to acceptance: the checklist, correction notices, and acceptance by law. */
@QuarkusTest
class AcceptanceTest {
    private static final List<String> EVERY_APPLICATION = List.of("APPLICATION_FORM", "IDENTITY_DOCUMENTS", "CONTRACT",
            "TECHNICAL_DESCRIPTION", "END_USER_CERTIFICATE");

    @Inject
    DataSource database;

    private String exporterKey;
    private String consignee;

    @BeforeEach
    void exporter() {
        exporterKey = TestKeys.exporterKey(TestKeys.newExporter("Accepted Co."));
        consignee = TestKeys.newParty(exporterKey, "Accepted Consignee");
    }

    private JsonPath permit(String number, String key) {
        return given().auth().oauth2(key).get("/api/v1/permits/" + number).then().statusCode(200).extract().jsonPath();
    }

    private String upload(String number, String kind, String language, String translationOf) {
        var request = given().auth().oauth2(exporterKey).contentType("application/pdf").body(TestDocuments.pdf())
                .queryParam("kind", kind).queryParam("fileName", kind.toLowerCase() + ".pdf")
                .queryParam("language", language);
        if (translationOf != null) {
            request.queryParam("translationOf", translationOf);
        }
        return request.post("/api/v1/permits/" + number + "/documents").then().statusCode(201).extract().path("id");
    }

    private TestPermits.Ref current(String number) {
        return new TestPermits.Ref(number, given().auth().oauth2(exporterKey).get("/api/v1/permits/" + number)
                .header("ETag"));
    }

    @Test
    void theChecklistFollowsTheDocumentsAndAskForChineseTranslations() {
        String number = TestPermits.draft(exporterKey, consignee).number();
        JsonPath draft = permit(number, exporterKey);
        assertEquals(EVERY_APPLICATION, draft.getList("requiredDocuments.kind"));
        assertEquals(List.of(false, false, false, false, false), draft.getList("requiredDocuments.satisfied"));
        String contract = upload(number, "CONTRACT", "en", null);
        JsonPath withContract = permit(number, exporterKey);
        assertEquals(true, withContract.getBoolean("requiredDocuments.find { it.kind == 'CONTRACT' }.satisfied"));
        assertEquals(contract, withContract.getString("requiredDocuments.find { it.kind == 'TRANSLATION' }.translationOf"));
        assertEquals(false, withContract.getBoolean("requiredDocuments.find { it.kind == 'TRANSLATION' }.satisfied"));
        String translation = upload(number, "TRANSLATION", "zh", contract);
        given().auth().oauth2(exporterKey).get("/api/v1/permits/" + number + "/documents").then().statusCode(200)
                .body("requiredDocuments.find { it.kind == 'TRANSLATION' }.documents", equalTo(List.of(translation)))
                .body("requiredDocuments.find { it.kind == 'TRANSLATION' }.satisfied", equalTo(true));
        // importers see the permit, never its documents or their checklist
        given().auth().oauth2(TestKeys.importerKey(consignee)).get("/api/v1/permits/" + number).then()
                .statusCode(200).body("requiredDocuments", nullValue());
    }

    @Test
    void aCorrectionNoticeListsEveryMissingDocumentAndSendsTheApplicationBack() {
        String number = TestPermits.draft(exporterKey, consignee).number();
        upload(number, "APPLICATION_FORM", "zh", null);
        upload(number, "IDENTITY_DOCUMENTS", "zh", null);
        var submitted = TestPermits.act(current(number), "submit", exporterKey, null);
        String notice = "/api/v1/permits/" + number + "/request-corrections";
        given().auth().oauth2(TestKeys.AUTHORITY).header("If-Match", submitted.etag()).contentType("application/json")
                .body(Map.of("items", List.of())).post(notice).then().statusCode(409)
                .body("detail", containsString("accept the application"));
        given().auth().oauth2(TestKeys.AUTHORITY).header("If-Match", submitted.etag()).contentType("application/json")
                .body(Map.of("items", List.of(Map.of("kind", "CONTRACT", "problem", "MISSING", "detail", "No contract."))))
                .post(notice).then().statusCode(400)
                .body("errors[0].field", equalTo("items"))
                .body("errors[0].message", containsString("TECHNICAL_DESCRIPTION, END_USER_CERTIFICATE"));
        List<Map<String, String>> items = List.of(
                Map.of("kind", "CONTRACT", "problem", "MISSING", "detail", "No contract."),
                Map.of("kind", "TECHNICAL_DESCRIPTION", "problem", "MISSING", "detail", "No test report."),
                Map.of("kind", "END_USER_CERTIFICATE", "problem", "MISSING", "detail", "Signed by the end user."));
        given().auth().oauth2(TestKeys.AUTHORITY).header("If-Match", submitted.etag()).contentType("application/json")
                .body(Map.of("items", items, "reason", "Incomplete.")).post(notice).then().statusCode(200)
                .body("status", equalTo("CORRECTIONS_REQUESTED"))
                .body("corrections.kind", equalTo(List.of("CONTRACT", "TECHNICAL_DESCRIPTION", "END_USER_CERTIFICATE")))
                .body("statutoryClock", nullValue())
                .body("allowedActions", hasSize(0));
        given().auth().oauth2(exporterKey).get("/api/v1/permits/" + number + "/status").then().statusCode(200)
                .body("reasonCode", equalTo("CORRECTIONS_REQUESTED"));
        // back with the exporter: it adds what was missing and submits again, a new receipt
        upload(number, "CONTRACT", "zh", null);
        upload(number, "TECHNICAL_DESCRIPTION", "zh", null);
        upload(number, "END_USER_CERTIFICATE", "zh", null);
        TestPermits.act(current(number), "submit", exporterKey, null);
        JsonPath resubmitted = permit(number, exporterKey);
        assertEquals("SUBMITTED", resubmitted.getString("status"));
        assertEquals("AWAITING_ACCEPTANCE", resubmitted.getString("statutoryClock.acceptance"));
        assertEquals(LocalDate.now(ZoneOffset.UTC).toString(), resubmitted.getString("statutoryClock.receivedOn"));
        assertEquals(List.of(true, true, true, true, true), resubmitted.getList("requiredDocuments.satisfied"));
        TestPermits.act(current(number), "accept", TestKeys.AUTHORITY, null);
        JsonPath accepted = permit(number, exporterKey);
        assertEquals("UNDER_REVIEW", accepted.getString("status"));
        assertEquals("ACCEPTED", accepted.getString("statutoryClock.acceptance"));
        assertEquals(LocalDate.now(ZoneOffset.UTC).toString(), accepted.getString("statutoryClock.acceptedOn"));
        assertEquals(45, accepted.getInt("statutoryClock.workingDaysRemaining"));
        // once accepted, the documents are kept as they are
        given().auth().oauth2(exporterKey).contentType("application/pdf").body(TestDocuments.pdf())
                .queryParam("kind", "OTHER").queryParam("fileName", "late.pdf").queryParam("language", "zh")
                .post("/api/v1/permits/" + number + "/documents").then().statusCode(409);
        given().auth().oauth2(exporterKey).get("/api/v1/permits/" + number + "/history").then()
                .body("items.action", equalTo(List.of("create", "add-document", "add-document", "submit",
                        "request-corrections", "add-document", "add-document", "add-document", "submit", "accept")));
    }

    @Test
    void withoutANoticeInFiveWorkingDaysTheLawAcceptsItOnTheDayOfReceipt() throws SQLException {
        var submitted = TestPermits.inState("SUBMITTED", exporterKey, consignee);
        LocalDate received = LocalDate.now(ZoneOffset.UTC).minusDays(14);
        try (var connection = database.getConnection();
             var update = connection.prepareStatement("update permit set received_on = ?, submitted_at = ? "
                     + "where number = ?")) {
            update.setObject(1, received);
            update.setObject(2, received.atTime(10, 0).atOffset(ZoneOffset.UTC));
            update.setString(3, submitted.number());
            assertEquals(1, update.executeUpdate());
        }
        JsonPath byLaw = permit(submitted.number(), exporterKey);
        assertEquals("SUBMITTED", byLaw.getString("status"));
        assertEquals("ACCEPTED_BY_LAW", byLaw.getString("statutoryClock.acceptance"));
        assertEquals(received.toString(), byLaw.getString("statutoryClock.acceptedOn"));
        given().auth().oauth2(TestKeys.AUTHORITY).header("If-Match", submitted.etag()).contentType("application/json")
                .body(Map.of("items", List.of(Map.of("kind", "OTHER", "problem", "MISSING", "detail", "Late."))))
                .post("/api/v1/permits/" + submitted.number() + "/request-corrections").then().statusCode(409)
                .body("detail", containsString("counts as accepted on " + received));
        TestPermits.act(submitted, "accept", TestKeys.AUTHORITY, null);
        JsonPath accepted = permit(submitted.number(), exporterKey);
        assertEquals("UNDER_REVIEW", accepted.getString("status"));
        assertEquals("ACCEPTED_BY_LAW", accepted.getString("statutoryClock.acceptance"));
        assertEquals(received.toString(), accepted.getString("statutoryClock.acceptedOn"));
        given().auth().oauth2(exporterKey).get("/api/v1/permits/" + submitted.number() + "/history").then()
                .body("items.find { it.action == 'accept' }.changes.acceptedByLaw", equalTo(true))
                .body("items.find { it.action == 'accept' }.changes.missingDocuments", hasItem("CONTRACT"));
    }
}
