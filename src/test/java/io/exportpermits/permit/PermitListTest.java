package io.exportpermits.permit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.exportpermits.support.AtOnce;
import io.exportpermits.support.TestKeys;
import io.exportpermits.support.TestPermits;
import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A page of the permit list shows each permit as its detail does (less the document checklist), in order. */
@QuarkusTest
class PermitListTest {

    @Test
    void eachItemIsThePermitAsItsDetailShowsItAndPagesFollowEachOther() {
        String exporter = TestKeys.newExporter("List Pages Rare Earths Co., Ltd.");
        String key = TestKeys.exporterKey(exporter);
        String consignee = TestKeys.newParty(key, "List Pages Magnetics GmbH");
        String first = TestPermits.draft(key, consignee).number();
        String second = twoLineDraft(key, consignee);
        String third = TestPermits.inState("SUBMITTED", key, consignee).number();

        JsonPath page = given().auth().oauth2(key).queryParam("limit", 2).queryParam("sort", "-createdAt")
                .get("/api/v1/permits").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(third, second), page.getList("items.number"));
        for (int i = 0; i < 2; i++) {
            Map<String, Object> item = withoutChecklist(page.getMap("items[" + i + "]"));
            String number = (String) item.get("number");
            Map<String, Object> detail = withoutChecklist(given().auth().oauth2(key).get("/api/v1/permits/" + number)
                    .then().statusCode(200).extract().jsonPath().getMap(""));
            assertEquals(detail, item, number);
        }
        assertEquals(2, page.getList("items[1].lines").size());
        assertEquals("List Pages Magnetics GmbH", page.getString("items[0].consignee.name"));
        String next = page.getString("next");
        assertNotNull(next);

        JsonPath last = given().auth().oauth2(key).queryParam("limit", 2).queryParam("sort", "-createdAt")
                .queryParam("cursor", next).get("/api/v1/permits").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(first), last.getList("items.number"));
        assertNull(last.getString("next"));
    }

    /**
     * The list sends each permit from the JSON it wrote for it last, for its kind of reader, while the permit
     * and its parties are as they were: a change to either, and every reader's own view, must still show.
     */
    @Test
    void eachReaderSeesItsOwnViewAndEveryChangeOnTheNextPage() {
        String exporter = TestKeys.newExporter("List Readers Rare Earths Co., Ltd.");
        String key = TestKeys.exporterKey(exporter);
        String consignee = TestKeys.newParty(key, "List Readers Magnetics GmbH");
        String importer = TestKeys.importerKey(consignee);
        TestPermits.Ref permit = TestPermits.draft(key, consignee);

        Map<String, Object> asExporter = onlyItem(key, exporter);
        Map<String, Object> asAuthority = onlyItem(TestKeys.AUTHORITY, exporter);
        Map<String, Object> asImporter = onlyItem(importer, exporter);
        assertEquals(List.of("submit", "withdraw"), asExporter.get("allowedActions"));
        assertEquals(List.of(), asAuthority.get("allowedActions"));
        assertNotNull(asAuthority.get("checkCode"));
        assertEquals(asExporter.get("checkCode"), asAuthority.get("checkCode"));
        assertNull(asImporter.get("checkCode"));
        for (String reader : List.of(key, TestKeys.AUTHORITY, importer)) {
            assertEquals(detailOf(permit.number(), reader), onlyItem(reader, exporter), "read by " + reader);
        }

        TestPermits.act(permit, "submit", key, null);
        for (String reader : List.of(key, TestKeys.AUTHORITY, importer)) {
            Map<String, Object> item = onlyItem(reader, exporter);
            assertEquals("SUBMITTED", item.get("status"), "read by " + reader);
            assertEquals(detailOf(permit.number(), reader), item, "read by " + reader);
        }
        // The party changes, the permit does not.
        given().auth().oauth2(TestKeys.AUTHORITY).contentType(ContentType.JSON)
                .body(Map.of("name", "List Readers Magnetics AG")).patch("/api/v1/parties/" + consignee)
                .then().statusCode(200);
        for (String reader : List.of(key, TestKeys.AUTHORITY, importer)) {
            Map<String, Object> item = onlyItem(reader, exporter);
            assertEquals("List Readers Magnetics AG", ((Map<?, ?>) item.get("consignee")).get("name"));
            assertEquals(detailOf(permit.number(), reader), item, "read by " + reader);
        }
        assertEquals(List.of("accept", "request-corrections", "start-review"),
                onlyItem(TestKeys.AUTHORITY, exporter).get("allowedActions"));
    }

    /** Readers of every kind reading a permit's page at once each get their own view of it, then and after. */
    @Test
    void readersOfEveryKindAtOnceEachGetTheirOwnView() throws Exception {
        String exporter = TestKeys.newExporter("List Race Rare Earths Co., Ltd.");
        String key = TestKeys.exporterKey(exporter);
        String consignee = TestKeys.newParty(key, "List Race Magnetics GmbH");
        List<String> readers = List.of(key, TestKeys.AUTHORITY, TestKeys.importerKey(consignee));
        String number = TestPermits.inState("SUBMITTED", key, consignee).number();
        Map<String, Map<String, Object>> details = new HashMap<>();
        readers.forEach(reader -> details.put(reader, detailOf(number, reader)));

        // The first round writes each reader's JSON in a race; the second is sent what the race left.
        for (int round = 0; round < 2; round++) {
            List<Map<String, Object>> read = AtOnce.run(12, i -> onlyItem(readers.get(i % 3), exporter));
            for (int i = 0; i < read.size(); i++) {
                assertEquals(details.get(readers.get(i % 3)), read.get(i), "round " + round + ", reader " + i % 3);
            }
        }
    }

    private static Map<String, Object> onlyItem(String key, String exporter) {
        JsonPath page = given().auth().oauth2(key).queryParam("exporterId", exporter).get("/api/v1/permits")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(1, page.getList("items").size());
        return page.getMap("items[0]");
    }

    private static Map<String, Object> detailOf(String number, String key) {
        return withoutChecklist(given().auth().oauth2(key).get("/api/v1/permits/" + number)
                .then().statusCode(200).extract().jsonPath().getMap(""));
    }

    private static String twoLineDraft(String key, String consignee) {
        Map<String, Object> body = new HashMap<>(TestPermits.application(consignee, TestPermits.VALID_FROM,
                TestPermits.VALID_UNTIL));
        body.put("lines", List.of(
                Map.of("controlCode", "1C902.b", "description", "Samarium oxide, 99.9 %", "quantity", "500.000",
                        "unit", "KGM", "value", "125000.00", "currency", "USD"),
                Map.of("controlCode", "1C904.b", "description", "Terbium oxide, 99.99 %", "quantity", "20.000",
                        "unit", "KGM", "value", "30000.00", "currency", "USD")));
        return given().auth().oauth2(key).contentType(ContentType.JSON).body(body).post("/api/v1/permits")
                .then().statusCode(201).extract().path("number");
    }

    private static Map<String, Object> withoutChecklist(Map<String, Object> permit) {
        Map<String, Object> copy = new HashMap<>(permit);
        copy.remove("requiredDocuments");
        return copy;
    }
}
