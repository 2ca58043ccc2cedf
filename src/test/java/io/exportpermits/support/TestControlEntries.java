package io.exportpermits.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Control entries tests add: sub-items of the test root 9E999, which no other test reads. */
public final class TestControlEntries {
    public static final String ROOT = "9E999";

    private TestControlEntries() {
    }

    public static Map<String, Object> request(String parentCode, String description) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of(
                "description", description,
                "elements", List.of("Nd"),
                "forms", List.of("OXIDE"),
                "hsCodes", List.of("7777000001"),
                "sources", List.of("test fixture"),
                "lastVerifiedOn", "2026-11-26",
                "reason", "Added by a test"));
        if (parentCode != null) {
            body.put("parentCode", parentCode);
        }
        return body;
    }

    /** A code not used before, under the test root (created on first use). */
    public static String newCode() {
        if (given().get("/api/v1/control-list/" + ROOT).statusCode() == 404) {
            given().auth().oauth2(TestKeys.AUTHORITY).contentType(ContentType.JSON).body(request(null, "Test root"))
                    .put("/api/v1/control-list/" + ROOT);
        }
        return ROOT + "." + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
