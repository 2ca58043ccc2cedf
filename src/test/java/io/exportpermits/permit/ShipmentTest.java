package io.exportpermits.permit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exportpermits.support.AtOnce;
import io.exportpermits.support.TestKeys;
import io.exportpermits.support.TestPermits;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ShipmentTest {
    private String exporterKey;
    private TestPermits.Ref permit;

    /** An approved permit with one line of 500 KGM, valid from the day the tests run (TestPermits). */
    @BeforeEach
    void approvedPermit() {
        exporterKey = TestKeys.exporterKey(TestKeys.newExporter("Shipper Co."));
        permit = TestPermits.inState("APPROVED", exporterKey, TestKeys.newParty(exporterKey, "Receiver Inc."));
    }

    private io.restassured.response.Response ship(String key, String batch, String quantity) {
        return given().auth().oauth2(key).contentType(ContentType.JSON)
                .body(Map.of("batchId", batch, "shippedOn", TestPermits.validityDay(2),
                        "lines", List.of(Map.of("lineNumber", 1, "quantity", quantity))))
                .post("/api/v1/permits/" + permit.number() + "/shipments");
    }

    private BigDecimal shipped() {
        return new BigDecimal(given().auth().oauth2(TestKeys.AUTHORITY).get("/api/v1/permits/" + permit.number())
                .jsonPath().getString("lines[0].shippedQuantity"));
    }

    @Test
    void aShipmentDecrementsTheRemainingQuantityExactly() {
        ship(exporterKey, "B-1", "120.125").then().statusCode(201)
                .body("lines[0].remainingAfter", equalTo(379.875f))
                .body("permitStatus", equalTo("APPROVED"));
        assertEquals(0, shipped().compareTo(new BigDecimal("120.125")));
    }

    /** SpecConformance holds the answer to the contract, whose history actions are an enumeration. */
    @Test
    void aShipmentIsInTheHistoryUnderAnActionTheContractNames() {
        ship(exporterKey, "B-H", "10").then().statusCode(201);
        given().auth().oauth2(exporterKey).get("/api/v1/permits/" + permit.number() + "/history?limit=200")
                .then().statusCode(200).body("items.action", org.hamcrest.Matchers.hasItem("ship"));
    }

    @Test
    void aRepeatedBatchIsAnsweredAsTheFirstTimeAndCountsNothingAgain() {
        String first = ship(exporterKey, "B-2", "100").then().statusCode(201).extract().asString();
        var again = ship(TestKeys.AUTHORITY, "B-2", "100");
        again.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertEquals(first, again.asString());
        assertEquals(0, shipped().compareTo(new BigDecimal("100")));
        ship(exporterKey, "B-2", "50").then().statusCode(409).body("detail", containsString("reported before"));
    }

    @Test
    void shippingMoreThanRemainsIs409NamingWhatRemainsAsDataAndRecordsNothing() {
        ship(exporterKey, "B-3", "450").then().statusCode(201);
        String problem = ship(exporterKey, "B-4", "60").then().statusCode(409).contentType("application/problem+json")
                .body("errors[0].field", equalTo("lines[0].quantity"))
                .body("errors[0].message", equalTo("only 50 KGM remain on line 1"))
                .body("errors[0].unit", equalTo("KGM"))
                .extract().asString();
        assertTrue(problem.contains("\"maximum\":50,"), problem);
        assertEquals(0, shipped().compareTo(new BigDecimal("450")));
    }

    @Test
    void theShipmentThatUsesEverythingUpExhaustsThePermit() {
        ship(exporterKey, "B-5", "500").then().statusCode(201).body("permitStatus", equalTo("EXHAUSTED"));
        given().auth().oauth2(exporterKey).get("/api/v1/permits/" + permit.number())
                .then().body("status", equalTo("EXHAUSTED")).body("lines[0].remainingQuantity", equalTo(0));
        ship(exporterKey, "B-6", "1").then().statusCode(409).body("detail", containsString("EXHAUSTED"));
        given().auth().oauth2(exporterKey).get("/api/v1/permits/" + permit.number() + "/shipments")
                .then().statusCode(200).body("items.batchId", equalTo(List.of("B-5")));
    }

    @Test
    void aPermitThatIsNotIssuedAndValidCannotBeShippedAgainst() {
        var suspended = TestPermits.act(permit, "suspend", TestKeys.AUTHORITY, Map.of("reason", "check"));
        ship(exporterKey, "B-7", "1").then().statusCode(409).body("detail", containsString("SUSPENDED"));
        TestPermits.act(suspended, "reinstate", TestKeys.AUTHORITY, null);
        given().auth().oauth2(exporterKey).contentType(ContentType.JSON)
                .body(Map.of("batchId", "B-8", "shippedOn", TestPermits.validityDay(400), "lines", List.of(Map.of("lineNumber", 1, "quantity", 1))))
                .post("/api/v1/permits/" + permit.number() + "/shipments")
                .then().statusCode(400).body("errors[0].field", equalTo("shippedOn"));
    }

    @Test
    void parallelShipmentsNeverOverdrawAnApprovedQuantity() throws Exception {
        List<Integer> statuses = AtOnce.run(12, i -> ship(exporterKey, "P-" + UUID.randomUUID(), "60").statusCode());
        // 500 KGM approved, 60 KGM each: eight fit, four must be refused.
        assertEquals(8, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 409), statuses.toString());
        assertEquals(0, shipped().compareTo(new BigDecimal("480")));
    }

    /** The reports that wait for the permit's lock were read before the first one committed. */
    @Test
    void aBatchReportedManyTimesAtOnceCountsOnceAndEveryReportGetsTheFirstAnswer() throws Exception {
        int reports = 8;
        List<String> bodies = new ArrayList<>();
        int replayed = 0;
        for (var response : AtOnce.run(reports, i -> ship(exporterKey, "B-SAME", "25"))) {
            assertEquals(201, response.statusCode(), response.asString());
            bodies.add(response.jsonPath().getString("reportedAt"));
            replayed += "true".equals(response.header("Idempotent-Replayed")) ? 1 : 0;
        }
        assertEquals(1, bodies.stream().distinct().count(), "every answer is the first one: " + bodies);
        assertEquals(reports - 1, replayed);
        assertEquals(0, shipped().compareTo(new BigDecimal("25")));
        shipmentEvents().body("items.size()", equalTo(1));
    }

    @Test
    void aRecordedShipmentIsOneEventWithThePermitsNewStatusAndAReplayIsNone() {
        ship(exporterKey, "B-9", "120").then().statusCode(201);
        ship(exporterKey, "B-9", "120").then().statusCode(201).header("Idempotent-Replayed", "true");
        String statusTag = given().auth().oauth2(exporterKey).get("/api/v1/permits/" + permit.number() + "/status")
                .then().statusCode(200).extract().header("ETag");
        shipmentEvents().body("items.size()", equalTo(1))
                .body("items[0].subject.id", equalTo(permit.number()))
                .body("items[0].etag", equalTo(statusTag))
                .body("items[0].data.lines[0].shippedQuantity", equalTo(120))
                .body("items[0].data.lines[0].remainingQuantity", equalTo(380));
    }

    /** The exporter is new for each test, so its feed holds this test's permit alone. */
    private io.restassured.response.ValidatableResponse shipmentEvents() {
        return given().auth().oauth2(exporterKey).queryParam("types", "permit.shipment_recorded").queryParam("limit", 100)
                .get("/api/v1/events").then().statusCode(200);
    }
}
