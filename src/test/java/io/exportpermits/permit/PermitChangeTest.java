package io.exportpermits.permit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.exportpermits.support.TestKeys;
import io.exportpermits.support.TestPermits;
import io.quarkus.test.junit.QuarkusTest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Changes to an issued licence: non-key elements by a request decided in 20 working days, key ones never. */
@QuarkusTest
class PermitChangeTest {
    private String exporterKey;
    private String consignee;
    private TestPermits.Ref licence;

    @BeforeEach
    void licenceInForce() {
        exporterKey = TestKeys.exporterKey(TestKeys.newExporter("Changing Co."));
        consignee = TestKeys.newParty(exporterKey, "Changing Consignee");
        licence = TestPermits.inState("APPROVED", exporterKey, consignee);
    }

    private String changes() {
        return "/api/v1/permits/" + licence.number() + "/changes";
    }

    private io.restassured.response.ValidatableResponse ask(Map<String, Object> body) {
        return given().auth().oauth2(exporterKey).contentType("application/json").body(body).post(changes()).then();
    }

    @Test
    void aKeyElementNeedsANewApplicationAndNothingIsRecorded() {
        ask(Map.of("destination", "JP", "reason", "New market.")).statusCode(409)
                .body("detail", containsString("needs a new application"));
        ask(Map.of("endUse", "Missiles", "validUntil", TestPermits.validityDay(200), "reason", "x")).statusCode(409);
        ask(Map.of("reason", "Nothing.")).statusCode(400).body("errors[0].field", equalTo("consigneeId"));
        ask(Map.of("validUntil", LocalDate.now(ZoneOffset.UTC).plusYears(3).toString(), "reason", "Longer."))
                .statusCode(400).body("errors[0].field", equalTo("validUntil"));
        given().auth().oauth2(exporterKey).get(changes()).then().statusCode(200).body("size()", equalTo(0));
        var draft = TestPermits.draft(exporterKey, consignee);
        given().auth().oauth2(exporterKey).contentType("application/json")
                .body(Map.of("validUntil", TestPermits.validityDay(100), "reason", "x"))
                .post("/api/v1/permits/" + draft.number() + "/changes").then().statusCode(409)
                .body("detail", containsString("only a licence in force"));
    }

    @Test
    void anApprovedChangeAppliesToTheLicenceAndIsDueInTwentyWorkingDays() {
        String until = TestPermits.validityDay(300);
        String newConsignee = TestKeys.newParty(exporterKey, "Changing Logistics Subsidiary");
        String id = ask(Map.of("validUntil", until, "consigneeId", newConsignee,
                "lines", List.of(Map.of("lineNumber", 1, "quantity", 650)), "reason", "Receiver moves."))
                .statusCode(201).body("status", equalTo("PENDING")).body("overdue", equalTo(false))
                .body("changes.validUntil", equalTo(until)).extract().path("id");
        LocalDate due = LocalDate.parse(given().auth().oauth2(exporterKey).get(changes()).then().statusCode(200)
                .extract().path("[0].decisionDueOn"));
        Set<String> holidays = Set.copyOf(given().queryParam("limit", 200).get("/api/v1/holidays").jsonPath()
                .getList("items.day", String.class));
        LocalDate expected = LocalDate.now(ZoneOffset.UTC);
        for (int counted = 0; counted < 20; ) {
            expected = expected.plusDays(1);
            boolean weekend = expected.getDayOfWeek() == DayOfWeek.SATURDAY || expected.getDayOfWeek() == DayOfWeek.SUNDAY;
            counted += weekend || holidays.contains(expected.toString()) ? 0 : 1;
        }
        assertEquals(expected, due);
        ask(Map.of("validUntil", TestPermits.validityDay(250), "reason", "Another.")).statusCode(409)
                .body("detail", containsString("pending"));
        given().auth().oauth2(TestKeys.AUTHORITY).contentType("application/json").body(Map.of("reason", "Fine."))
                .post(changes() + "/" + id + "/approve").then().statusCode(200).body("status", equalTo("APPROVED"));
        given().auth().oauth2(exporterKey).get("/api/v1/permits/" + licence.number()).then().statusCode(200)
                .body("validity.until", equalTo(until))
                .body("consignee.id", equalTo(newConsignee))
                .body("lines[0].approvedQuantity", equalTo(650));
        given().auth().oauth2(TestKeys.importerKey(newConsignee)).get("/api/v1/permits/" + licence.number())
                .then().statusCode(200);
        given().auth().oauth2(TestKeys.AUTHORITY).contentType("application/json").body(Map.of())
                .post(changes() + "/" + id + "/approve").then().statusCode(409);
        given().auth().oauth2(exporterKey).get("/api/v1/permits/" + licence.number() + "/history").then()
                .body("items.action", hasItem("request-change")).body("items.action", hasItem("approve-change"));
    }

    @Test
    void aRefusalNeedsAReasonAndLeavesTheLicenceAsItWas() {
        given().auth().oauth2(exporterKey).contentType("application/json")
                .body(Map.of("batchId", "CH-1", "shippedOn", TestPermits.validityDay(1),
                        "lines", List.of(Map.of("lineNumber", 1, "quantity", 100))))
                .post("/api/v1/permits/" + licence.number() + "/shipments").then().statusCode(201);
        ask(Map.of("lines", List.of(Map.of("lineNumber", 1, "quantity", 50)), "reason", "Less."))
                .statusCode(400).body("errors[0].field", equalTo("lines[0].quantity"));
        String id = ask(Map.of("lines", List.of(Map.of("lineNumber", 1, "quantity", 900)), "reason", "More."))
                .statusCode(201).extract().path("id");
        given().auth().oauth2(TestKeys.AUTHORITY).contentType("application/json").body(Map.of())
                .post(changes() + "/" + id + "/refuse").then().statusCode(400).body("errors[0].field", equalTo("reason"));
        given().auth().oauth2(TestKeys.AUTHORITY).contentType("application/json").body(Map.of("reason", "No."))
                .post(changes() + "/" + id + "/refuse").then().statusCode(200).body("status", equalTo("REFUSED"))
                .body("decisionReason", equalTo("No."));
        given().auth().oauth2(exporterKey).get("/api/v1/permits/" + licence.number()).then()
                .body("lines[0].approvedQuantity", equalTo(500));
    }
}
