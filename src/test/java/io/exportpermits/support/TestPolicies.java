package io.exportpermits.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Policies that tests publish. They cover only HS prefix 7777 and neodymium, which no determination
 * test asks about, and predate the seeded announcements, so they change no other test's answer.
 */
public final class TestPolicies {
    private TestPolicies() {
    }

    public record Published(String id, String etag) {
    }

    public static Map<String, Object> request(int number, String summary) {
        return Map.ofEntries(
                Map.entry("authorities", List.of("MOFCOM")),
                Map.entry("number", number),
                Map.entry("year", 2019),
                Map.entry("title", "MOFCOM Announcement No. " + number + " of 2019 (test)"),
                Map.entry("publishedOn", "2019-03-01"),
                Map.entry("effectiveFrom", "2019-04-01"),
                Map.entry("sources", List.of("test fixture")),
                Map.entry("lastVerifiedOn", "2026-11-26"),
                Map.entry("summary", summary),
                Map.entry("measures", List.of(Map.of("clause", "1", "kind", "LICENCE_REQUIRED",
                        "description", "Test items need a licence.", "hsCodePrefixes", List.of("7777"),
                        "elements", List.of("Nd"), "licenceTypes", List.of("INDIVIDUAL")))),
                Map.entry("reason", "Published by a test"));
    }

    /** A number no policy of MOFCOM in 2019 has yet: test policies accumulate in the test schema across runs. */
    public static int newNumber() {
        while (true) {
            int number = ThreadLocalRandom.current().nextInt(1000, 100000);
            if (given().get("/api/v1/policies/mofcom-2019-" + number).statusCode() == 404) {
                return number;
            }
        }
    }

    public static Published publish() {
        int number = newNumber();
        var response = given().auth().oauth2(TestKeys.AUTHORITY).contentType(ContentType.JSON)
                .body(request(number, "A test policy."))
                .post("/api/v1/policies").then().statusCode(201).extract();
        return new Published(response.path("id"), response.header("ETag"));
    }
}
