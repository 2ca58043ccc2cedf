package io.exportpermits.permit.statistics;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exportpermits.support.TestKeys;
import io.exportpermits.support.TestPermits;
import io.exportpermits.support.TestPermits.Ref;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Shipment statistics against sums worked out by hand, in months no other test touches. */
@QuarkusTest
class ShipmentStatisticsTest {
    private static final String SHIPMENTS = "/api/v1/statistics/shipments";

    @Inject
    DataSource database;

    /**
     * One exporter, one month: 400 of 500 kg approved (USD 125,000 applied for: 100,000 licensed) and 100 kg
     * of it shipped (25,000); 2 tonnes (EUR 50,000) and 10 pieces (EUR 1,000) approved whole. Its own
     * figures are exact; the public ones, with a single exporter, are all withheld, total included.
     */
    @Test
    void quantitiesAreKilogramsValuesArePerCurrencyAndALoneExporterIsWithheld() throws SQLException {
        YearMonth month = unusedMonth();
        String key = TestKeys.exporterKey(TestKeys.newExporter("Shipment Statistics Co."));
        String consignee = TestKeys.newParty(key, "Shipment Statistics Buyer");

        Ref samarium = TestPermits.inState("UNDER_REVIEW", key, consignee);
        samarium = TestPermits.act(samarium, "approve", TestKeys.AUTHORITY, Map.of("validFrom", TestPermits.VALID_FROM,
                "validUntil", TestPermits.VALID_UNTIL, "lines", List.of(Map.of("lineNumber", 1, "approvedQuantity", "400"))));
        given().auth().oauth2(key).contentType(ContentType.JSON).body(Map.of("batchId", "stats-1",
                "lines", List.of(Map.of("lineNumber", 1, "quantity", "100"))))
                .post("/api/v1/permits/" + samarium.number() + "/shipments").then().statusCode(201);
        sql("update permit set decided_at = ?::timestamptz where number = ?", month.atDay(3) + "T10:00Z", samarium.number());
        sql("update shipment set shipped_on = ?::date where permit_id = (select id from permit where number = ?)",
                month.atDay(20).toString(), samarium.number());

        Map<String, Object> application = new HashMap<>(TestPermits.application(consignee, TestPermits.VALID_FROM,
                TestPermits.VALID_UNTIL));
        application.put("lines", List.of(
                Map.of("controlCode", "1C902.b", "description", "Neodymium oxide", "quantity", "2", "unit", "TNE",
                        "value", "50000", "currency", "EUR"),
                Map.of("controlCode", "1C902.b", "description", "Sputtering targets", "quantity", "10", "unit", "NAR",
                        "value", "1000", "currency", "EUR")));
        var draft = given().auth().oauth2(key).contentType(ContentType.JSON).body(application).post("/api/v1/permits")
                .then().statusCode(201).extract();
        Ref twoLines = TestPermits.act(new Ref(draft.path("number"), draft.header("ETag")), "submit", key, null);
        twoLines = TestPermits.act(twoLines, "accept", TestKeys.AUTHORITY, null);
        twoLines = TestPermits.act(twoLines, "approve", TestKeys.AUTHORITY,
                TestPermits.approval(TestPermits.VALID_FROM, TestPermits.VALID_UNTIL));
        sql("update permit set decided_at = ?::timestamptz where number = ?", month.atDay(9) + "T10:00Z", twoLines.number());

        JsonPath own = given().auth().oauth2(key).queryParam("from", month.toString()).queryParam("to", month.toString())
                .get(SHIPMENTS).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("NAR"), own.getList("unitsLeftOut"));
        Map<String, Object> figures = own.getMap("rows[0].own");
        assertEquals(2400, ((Number) figures.get("licensedKilograms")).intValue());
        assertEquals(100, ((Number) figures.get("shippedKilograms")).intValue());
        assertEquals(List.of(Map.of("currency", "EUR", "amount", 51000), Map.of("currency", "USD", "amount", 100000)),
                figures.get("licensedValues"));
        assertEquals(List.of(Map.of("currency", "USD", "amount", 25000)), figures.get("shippedValues"));
        assertEquals(figures, own.getMap("total.own"));

        assertNull(own.get("rows[0].figures.licensedKilograms"), "one exporter alone: withheld");
        assertEquals(List.of(), own.getList("rows[0].figures.licensedValues"));
        assertNull(own.get("total.figures.shippedKilograms"));
        assertTrue(own.getList("total.suppressed", Map.class).containsAll(List.of(
                Map.of("figure", "licensedKilograms", "reason", "FEWER_THAN_3_EXPORTERS"),
                Map.of("figure", "licensedValues.EUR", "reason", "FEWER_THAN_3_EXPORTERS"),
                Map.of("figure", "shippedValues.USD", "reason", "FEWER_THAN_3_EXPORTERS"))),
                own.getList("total.suppressed").toString());

        JsonPath authority = given().auth().oauth2(TestKeys.AUTHORITY).queryParam("from", month.toString())
                .queryParam("to", month.toString()).queryParam("groupBy", "DESTINATION").get(SHIPMENTS)
                .then().statusCode(200).extract().jsonPath();
        assertEquals("NONE", authority.getString("disclosureControl"));
        assertEquals(List.of("DE"), authority.getList("rows.group"));
        assertEquals(2400, authority.getInt("rows[0].figures.licensedKilograms"));

        String csv = given().auth().oauth2(TestKeys.AUTHORITY).accept("text/csv").queryParam("from", month.toString())
                .queryParam("to", month.toString()).queryParam("groupBy", "DESTINATION").get(SHIPMENTS)
                .then().statusCode(200).extract().asString();
        assertEquals(List.of(
                "row,group,licensedKilograms,shippedKilograms,licensedValues.EUR,licensedValues.USD,shippedValues.USD,"
                        + "suppressed",
                "GROUP,DE,2400,100,51000,100000,25000,",
                "TOTAL,,2400,100,51000,100000,25000,"), csv.lines().toList());
    }

    /**
     * Three exporters ship dysprosium in one month (A, B and C 10 kg each), and A alone 2 kg of terbium. By
     * month the 32 kg are shown (A 12 of 32); by element terbium is A's alone, so the table by element
     * withholds it and dysprosium with it (the total less dysprosium would give A's terbium). Split by
     * element, the month's parts are withheld the same way: the month's 32 kg less a shown dysprosium part
     * would give it back too. An AUTHORITY sees every part, an exporter its own.
     */
    @Test
    void aMonthSplitByElementWithholdsWhatTheTablesByMonthAndByElementTogetherWouldReveal() throws SQLException {
        YearMonth month = unusedMonth();
        Map<String, String> keys = new HashMap<>();
        for (String exporter : List.of("A", "B", "C")) {
            keys.put(exporter, TestKeys.exporterKey(TestKeys.newExporter("Split Statistics " + exporter)));
        }
        for (String exporter : List.of("A", "B", "C")) {
            shipped(keys.get(exporter), month, "Dy", "10");
        }
        shipped(keys.get("A"), month, "Tb", "2");

        JsonPath byMonth = table(null, month, "MONTH", null);
        assertEquals(32, byMonth.getInt("rows[0].figures.shippedKilograms"));
        JsonPath byElement = table(null, month, "ELEMENT", null);
        assertEquals(List.of("Dy", "Tb"), byElement.getList("rows.group"));
        assertNull(byElement.get("rows[0].figures.shippedKilograms"));
        assertNull(byElement.get("rows[1].figures.shippedKilograms"));

        JsonPath split = table(null, month, "MONTH", "ELEMENT");
        assertEquals("ELEMENT", split.getString("splitBy"));
        assertEquals(32, split.getInt("rows[0].figures.shippedKilograms"), "the month, as the table by month shows it");
        assertEquals(List.of("Dy", "Tb"), split.getList("rows[0].split.group"));
        assertTrue(split.getList("rows[0].split[1].suppressed", Map.class).contains(
                Map.of("figure", "shippedKilograms", "reason", "FEWER_THAN_3_EXPORTERS")));
        assertTrue(split.getList("rows[0].split[0].suppressed", Map.class).contains(
                Map.of("figure", "shippedKilograms", "reason", "PROTECTS_ANOTHER_CELL")));
        assertNull(split.get("rows[0].split[0].figures.shippedKilograms"));
        assertEquals(32, split.getInt("total.figures.shippedKilograms"));
        assertEquals(byElement.getList("rows.suppressed"), split.getList("total.split.suppressed"),
                "the total's split is the table by element");

        JsonPath authority = table(TestKeys.AUTHORITY, month, "MONTH", "ELEMENT");
        assertEquals(List.of(30, 2), authority.getList("rows[0].split.figures.shippedKilograms"));
        assertEquals(List.of(30, 2), authority.getList("total.split.figures.shippedKilograms"));
        JsonPath exporterA = table(keys.get("A"), month, "MONTH", "ELEMENT");
        assertEquals(List.of(10, 2), exporterA.getList("rows[0].split.own.shippedKilograms"));
        assertEquals(12, exporterA.getInt("rows[0].own.shippedKilograms"));

        String csv = given().auth().oauth2(TestKeys.AUTHORITY).queryParam("format", "CSV")
                .queryParam("from", month.toString()).queryParam("to", month.toString())
                .queryParam("splitBy", "ELEMENT").get(SHIPMENTS).then().statusCode(200)
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("-MONTH-ELEMENT.csv"))
                .extract().asString();
        assertEquals(List.of(
                "row,group,split,licensedKilograms,shippedKilograms,licensedValues.USD,shippedValues.USD,suppressed",
                "GROUP," + month + ",,32,32,6400,6400,",
                "PART," + month + ",Dy,30,30,6000,6000,",
                "PART," + month + ",Tb,2,2,400,400,",
                "TOTAL,,,32,32,6400,6400,",
                "TOTAL_PART,,Dy,30,30,6000,6000,",
                "TOTAL_PART,,Tb,2,2,400,400,"), csv.lines().toList());
    }

    /** Approved whole (200 USD a kilogram) and shipped whole in the month. */
    private void shipped(String key, YearMonth month, String element, String kilograms) throws SQLException {
        String consignee = TestKeys.newParty(key, "Split Statistics Buyer");
        Map<String, Object> application = new HashMap<>(TestPermits.application(consignee, TestPermits.VALID_FROM,
                TestPermits.VALID_UNTIL));
        application.put("lines", List.of(Map.of("controlCode", "1C902.b", "element", element, "description",
                element + " oxide", "quantity", kilograms, "unit", "KGM", "value",
                new java.math.BigDecimal(kilograms).multiply(java.math.BigDecimal.valueOf(200)).toPlainString(),
                "currency", "USD")));
        var draft = given().auth().oauth2(key).contentType(ContentType.JSON).body(application).post("/api/v1/permits")
                .then().statusCode(201).extract();
        Ref permit = TestPermits.act(new Ref(draft.path("number"), draft.header("ETag")), "submit", key, null);
        permit = TestPermits.act(permit, "accept", TestKeys.AUTHORITY, null);
        permit = TestPermits.act(permit, "approve", TestKeys.AUTHORITY,
                TestPermits.approval(TestPermits.VALID_FROM, TestPermits.VALID_UNTIL));
        given().auth().oauth2(key).contentType(ContentType.JSON).body(Map.of("batchId", "split-1",
                "lines", List.of(Map.of("lineNumber", 1, "quantity", kilograms))))
                .post("/api/v1/permits/" + permit.number() + "/shipments").then().statusCode(201);
        sql("update permit set decided_at = ?::timestamptz where number = ?", month.atDay(2) + "T10:00Z", permit.number());
        sql("update shipment set shipped_on = ?::date where permit_id = (select id from permit where number = ?)",
                month.atDay(16).toString(), permit.number());
    }

    private static JsonPath table(String key, YearMonth month, String groupBy, String splitBy) {
        var request = key == null ? given() : given().auth().oauth2(key);
        if (splitBy != null) {
            request.queryParam("splitBy", splitBy);
        }
        return request.queryParam("from", month.toString()).queryParam("to", month.toString())
                .queryParam("groupBy", groupBy).get(SHIPMENTS).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void shipmentsRefuseWhatLicensingRefuses() {
        given().queryParam("from", "2026-07").queryParam("to", "2026-01").get(SHIPMENTS).then().statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("groupBy", "YEAR").get(SHIPMENTS).then().statusCode(400);
        given().queryParam("splitBy", "ELEMENTS").get(SHIPMENTS).then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem("splitBy"));
        given().queryParam("groupBy", "ELEMENT").queryParam("splitBy", "ELEMENT").get(SHIPMENTS).then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("splitBy"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("other than groupBy (ELEMENT)"));
        given().queryParam("splitBy", "QUARTER").get(SHIPMENTS).then().statusCode(400)
                .body("errors[0].message", org.hamcrest.Matchers.containsString("not a second one by time"));
    }

    private static YearMonth unusedMonth() {
        while (true) {
            YearMonth month = YearMonth.of(1901 + ThreadLocalRandom.current().nextInt(99),
                    1 + ThreadLocalRandom.current().nextInt(12));
            if (given().auth().oauth2(TestKeys.AUTHORITY).queryParam("from", month.toString())
                    .queryParam("to", month.toString()).get(SHIPMENTS).then().statusCode(200).extract().jsonPath()
                    .get("total.figures.licensedKilograms").equals(0)) {
                return month;
            }
        }
    }

    private void sql(String statement, String value, String number) throws SQLException {
        try (var connection = database.getConnection(); var update = connection.prepareStatement(statement)) {
            update.setString(1, value);
            update.setString(2, number);
            assertEquals(1, update.executeUpdate());
        }
    }
}
