package io.exportpermits.support;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Listings that tests add. They are of Antarctica (AQ), which MOFCOM has never listed, named with a word
 * no company has, and dated 2099, or after the last seeded listing (2026-07-24) when a test needs one in
 * effect today: no count of the seeded data, on a day tests count it, and no screening of another name
 * sees them.
 */
public final class TestListings {
    private TestListings() {
    }

    public record Added(String id, String etag, String name) {
    }

    public static String newName() {
        return "Qzvrt Polar Instruments " + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    public static Map<String, Object> request(String name, String list, String listedOn) {
        Map<String, Object> request = new HashMap<>();
        request.put("list", list);
        request.put("authority", "MOFCOM");
        request.put("listedOn", listedOn);
        request.put("announcement", "MOFCOM No. 1 of 2099 (test)");
        request.put("announcementUrl", "https://example.test/announcements/2099-1");
        request.put("name", name);
        request.put("aliases", List.of());
        request.put("country", "AQ");
        request.put("sources", List.of("test fixture"));
        request.put("lastVerifiedOn", "2026-12-05");
        request.put("reason", "Listed by a test");
        return request;
    }

    public static Map<String, Object> request(String name) {
        return request(name, "WATCH", "2099-03-01");
    }

    public static Added add(Map<String, Object> request) {
        var response = given().auth().oauth2(TestKeys.AUTHORITY).contentType(ContentType.JSON).body(request)
                .post("/api/v1/listed-parties").then().statusCode(201)
                .header("Location", containsString("/api/v1/listed-parties/")).extract();
        return new Added(response.path("id"), response.header("ETag"), (String) request.get("name"));
    }

    public static Added add() {
        return add(request(newName()));
    }
}
