package io.exportpermits.listing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ListedPartyResourceTest {
    private static final String USA_RARE_EARTH = "USA Rare Earth, Inc.";

    /** The id every installation gives a seeded listing: derived from its list and English name. */
    static UUID seededId(String list, String name) throws Exception {
        String hex = HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                .digest((list + ":" + name).getBytes(StandardCharsets.UTF_8)));
        return UUID.fromString(hex.replaceFirst("(.{8})(.{4})(.{4})(.{4})(.{12})", "$1-$2-$3-$4-$5"));
    }

    @Test
    void everyRowOfTheSourceFileIsServedWithItsNamesListCountryAndAnnouncementPage() throws Exception {
        List<Map<String, Object>> served = new ArrayList<>();
        String cursor = null;
        do {
            var page = given().queryParam("limit", 200).queryParam("cursor", cursor == null ? List.of() : List.of(cursor))
                    .get("/api/v1/listed-parties").then().statusCode(200).extract().jsonPath();
            served.addAll(page.getList("items"));
            cursor = page.getString("next");
        } while (cursor != null);
        List<Map<String, String>> rows = CsvRows.read("/seed/mofcom-entity-lists.csv");
        assertEquals(193, rows.size());
        // Listings that tests add are of Antarctica (AQ), which MOFCOM has never listed.
        assertEquals(rows.size(), served.stream().filter(p -> !"AQ".equals(p.get("country"))).count());
        for (Map<String, String> row : rows) {
            String id = seededId(row.get("list"), row.get("name")).toString();
            Map<String, Object> party = served.stream().filter(p -> id.equals(p.get("id"))).findFirst()
                    .orElseThrow(() -> new AssertionError("not served: " + row.get("name")));
            assertEquals(row.get("name"), party.get("name"));
            assertEquals(row.get("name_zh"), party.get("nameZh"));
            assertEquals(row.get("list"), party.get("list"));
            assertEquals(row.get("country"), party.get("country"));
            assertEquals(row.get("listed_on"), party.get("listedOn"));
            assertEquals(row.get("address").isEmpty() ? null : row.get("address"), party.get("address"));
            assertEquals(Arrays.stream(row.get("aliases").split(";")).filter(a -> !a.isEmpty()).toList(),
                    party.get("aliases"));
            @SuppressWarnings("unchecked")
            Map<String, Object> announcement = (Map<String, Object>) party.get("announcement");
            assertEquals(row.get("source_url"), announcement.get("url"));
            assertEquals(row.get("announcement").isEmpty(), announcement.get("reference") == null, row.get("name"));
            assertEquals(row.get("announcement").isEmpty() ? null : !row.get("announcement").contains("weak source"),
                    announcement.get("numberConfirmed"), row.get("name"));
            @SuppressWarnings("unchecked")
            List<String> sources = (List<String>) party.get("sources");
            assertEquals(row.get("source_url"), sources.get(0));
        }
    }

    @Test
    void theSixteenEntitiesOfNo21AreListedAgainOnlyByScheduleAfterTheirYearOfSuspension() throws Exception {
        UUID id = seededId("CONTROL", "Cubic Corporation");
        given().queryParam("asOf", "2026-06-01").get("/api/v1/listed-parties/" + id).then().statusCode(200)
                .body("announcement.reference", equalTo("MOFCOM No. 21 of 2025"))
                .body("standing.status", equalTo("SUSPENDED"))
                .body("standing.suspendedBy", equalTo("MOFCOM statement of 2025-11-06"))
                .body("standing.suspendedUntil", equalTo("2026-11-10"))
                .body("standing.basis", equalTo("CONFIRMED"))
                .body("suspensions[0].source", equalTo("exportcontrol.mofcom.gov.cn/article/gndt/202511/1186.html"));
        given().queryParam("asOf", "2026-12-05").get("/api/v1/listed-parties/" + id).then().statusCode(200)
                .body("standing.status", equalTo("LISTED"))
                .body("standing.basis", equalTo("SCHEDULED"))
                .body("standing.since", equalTo("2026-11-11"))
                .body("standing.reason", containsString("no source checked by 2026-12-05 confirms"))
                .body("standing.reason", containsString("First listed on 2025-04-04"))
                .body("suspensions[0].endConfirmed", equalTo(false))
                .body("lastVerifiedOn", equalTo("2026-12-05"));
        given().queryParam("asOf", "2025-04-03").get("/api/v1/listed-parties/" + id).then().statusCode(200)
                .body("standing.status", equalTo("NOT_YET_LISTED")).body("standing.since", nullValue());
    }

    @Test
    void theFifteenEntitiesOfNo13StaySuspendedWithNoEndStated() throws Exception {
        given().queryParam("asOf", "2026-12-05")
                .get("/api/v1/listed-parties/" + seededId("CONTROL", "Skydio, Inc.")).then().statusCode(200)
                .body("standing.status", equalTo("SUSPENDED"))
                .body("standing.suspendedUntil", nullValue())
                .body("standing.reason", containsString("with no end stated"))
                .body("standing.basis", equalTo("CONFIRMED"));
        given().queryParam("asOf", "2026-12-05").queryParam("standing", "SUSPENDED").queryParam("country", "US")
                .queryParam("limit", 200)
                .get("/api/v1/listed-parties").then().statusCode(200)
                .body("items.size()", equalTo(15))
                .body("items.announcement.reference", everyItem(equalTo("MOFCOM No. 13 of 2025")));
    }

    @Test
    void filtersByListCountryAnnouncementAndWords() {
        given().queryParam("list", "WATCH").queryParam("country", "JP").queryParam("limit", 200)
                .get("/api/v1/listed-parties").then()
                .statusCode(200).body("items.size()", equalTo(40)).body("items.list", everyItem(equalTo("WATCH")));
        given().queryParam("country", "TW").get("/api/v1/listed-parties").then().statusCode(200)
                .body("items.size()", equalTo(8));
        given().queryParam("announcement", "No. 23 of 2026").get("/api/v1/listed-parties").then().statusCode(200)
                .body("items.size()", equalTo(10)).body("items.name", hasItem(USA_RARE_EARTH))
                .body("items.announcement.numberConfirmed", everyItem(equalTo(false)));
        given().queryParam("q", "RARE EARTH").get("/api/v1/listed-parties").then().statusCode(200)
                .body("items.name", equalTo(List.of(USA_RARE_EARTH)));
        given().queryParam("q", "三菱電機").get("/api/v1/listed-parties").then().statusCode(200)
                .body("items.size()", equalTo(3));
        given().queryParam("asOf", "2026-06-21").queryParam("announcement", "No. 23 of 2026")
                .queryParam("standing", "NOT_YET_LISTED").get("/api/v1/listed-parties").then().statusCode(200)
                .body("items.size()", equalTo(10));
    }

    @Test
    void pagesFollowOneAnotherWithoutOverlapNewestListingFirst() {
        JsonPath first = given().queryParam("limit", 5).get("/api/v1/listed-parties").then().statusCode(200)
                .header("Link", containsString("rel=\"next\"")).extract().jsonPath();
        org.junit.jupiter.api.Assertions.assertTrue(first.getString("items[0].listedOn").compareTo("2026-07-24") >= 0);
        List<String> firstIds = first.getList("items.id");
        List<String> secondIds = given().queryParam("limit", 5).queryParam("cursor", first.getString("next"))
                .get("/api/v1/listed-parties").then().statusCode(200).extract().jsonPath().getList("items.id");
        assertEquals(5, secondIds.size());
        secondIds.forEach(id -> org.junit.jupiter.api.Assertions.assertFalse(firstIds.contains(id)));
    }

    @Test
    void readsCarryETagsAndAnswer304() throws Exception {
        String path = "/api/v1/listed-parties/" + seededId("CONTROL", "MP Materials Corp.");
        String etag = given().queryParam("asOf", "2026-12-05").get(path).then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=300"))
                .body("aliases", equalTo(List.of("MP Materials"))).body("nameZh", equalTo("芒廷帕斯材料公司"))
                .extract().header("ETag");
        given().queryParam("asOf", "2026-12-05").header("If-None-Match", etag).get(path).then().statusCode(304);
        given().queryParam("asOf", "2025-01-01").header("If-None-Match", etag).get(path).then().statusCode(200);
    }

    @Test
    void badParametersAre400sNamingThemAndAnUnknownIdIs404() {
        given().queryParam("list", "GREY").get("/api/v1/listed-parties").then().statusCode(400)
                .body("errors[0].field", equalTo("list"));
        given().queryParam("country", "usa").get("/api/v1/listed-parties").then().statusCode(400)
                .body("errors[0].field", equalTo("country"));
        given().queryParam("asOf", "2026-13-01").get("/api/v1/listed-parties").then().statusCode(400)
                .body("errors[0].field", equalTo("asOf"));
        given().queryParam("cursor", "bm90LWFuLWlk").get("/api/v1/listed-parties").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        given().get("/api/v1/listed-parties/" + UUID.randomUUID()).then().statusCode(404)
                .body("type", notNullValue());
        given().get("/api/v1/listed-parties/not-a-uuid").then().statusCode(404);
    }
}
