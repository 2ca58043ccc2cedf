package io.exportpermits.permit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.exportpermits.support.TestKeys;
import io.exportpermits.support.TestPermits;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/**
 * A value reads the same in every answer: the answer to the request that stored it, later reads, and
 * the event. A client comparing two answers must not see a change that did not happen.
 */
@QuarkusTest
class CanonicalValuesTest {
    /** Keeps numbers as written: 500 and 500.000000 stay different. */
    private static final ObjectMapper EXACT = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @Test
    void aPermitReadsTheSameWhenCreatedWhenReadAndInItsEvent() throws Exception {
        String exporterKey = TestKeys.exporterKey(TestKeys.newExporter("Canonical Co."));
        String consignee = TestKeys.newParty(exporterKey, "Canonical Consignee");
        // TestPermits sends "500.000" and "125000.00": scales the database changes to its own.
        JsonNode created = EXACT.readTree(given().auth().oauth2(exporterKey).contentType(ContentType.JSON)
                .body(TestPermits.application(consignee, TestPermits.VALID_FROM, TestPermits.VALID_UNTIL))
                .post("/api/v1/permits").then().statusCode(201).extract().asString());
        String number = created.get("number").asText();
        JsonNode read = EXACT.readTree(given().auth().oauth2(exporterKey).get("/api/v1/permits/" + number).asString());

        assertEquals("500", created.at("/lines/0/quantity").toString());
        assertEquals("125000", created.at("/lines/0/value").toString());
        assertEquals(created.get("lines").toString(), read.get("lines").toString());
        assertEquals(created.get("createdAt").asText(), read.get("createdAt").asText());
        assertEquals(created.get("updatedAt").asText(), read.get("updatedAt").asText());

        JsonNode event = EXACT.readTree(given().auth().oauth2(exporterKey)
                .get("/api/v1/events?types=permit.created&limit=200").asString()).get("items");
        for (JsonNode item : event) {
            if (item.at("/subject/id").asText().equals(number)) {
                // The event carries the permit's status view: its quantities in the same form.
                assertEquals("500", item.at("/data/lines/0/quantity").toString());
                assertEquals("0", item.at("/data/lines/0/shippedQuantity").toString());
                return;
            }
        }
        throw new AssertionError("no permit.created event for " + number + " in " + event);
    }

    /**
     * 1.1 and 19.99 are no multiples of 0.000001 and 0.0001 in binary floating point, which is how
     * JavaScript validators evaluated the contract's former multipleOf. The contract now states the scale
     * as x-decimal-places; SpecConformance checks this request and its answer against it.
     */
    @Test
    void decimalsThatFloatingPointValidatorsRefusedAreAcceptedAndReadBackExactly() throws Exception {
        String exporterKey = TestKeys.exporterKey(TestKeys.newExporter("Decimal Co."));
        var application = new java.util.HashMap<>(TestPermits.application(TestKeys.newParty(exporterKey, "Decimal Buyer"),
                TestPermits.VALID_FROM, TestPermits.VALID_UNTIL));
        application.put("lines", java.util.List.of(java.util.Map.of("controlCode", "1C902.b", "description",
                "Samarium oxide, 99.9 %", "quantity", new java.math.BigDecimal("1.1"), "unit", "KGM",
                "value", new java.math.BigDecimal("19.99"), "currency", "USD")));
        JsonNode created = EXACT.readTree(given().auth().oauth2(exporterKey).contentType(ContentType.JSON)
                .body(application).post("/api/v1/permits").then().statusCode(201).extract().asString());
        assertEquals("1.1", created.at("/lines/0/quantity").toString());
        assertEquals("19.99", created.at("/lines/0/value").toString());
    }
}
