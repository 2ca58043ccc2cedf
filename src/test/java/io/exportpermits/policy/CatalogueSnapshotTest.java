package io.exportpermits.policy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exportpermits.support.TestControlEntries;
import io.exportpermits.support.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Reads of policies and the control list share one snapshot of the catalogue: a change made through this
 * instance shows at once, one made elsewhere (another instance, here a direct update) within its age.
 */
@QuarkusTest
class CatalogueSnapshotTest {
    @Inject
    DataSource dataSource;

    @Test
    void aChangeThroughThisInstanceShowsAtOnceAndOneMadeElsewhereWithinFiveSeconds() throws Exception {
        String code = TestControlEntries.newCode();
        put(code, "Before the change");
        given().get("/api/v1/control-list/" + code).then().statusCode(200).body("description", equalTo("Before the change"));
        determineByHsCode().body("items[0].controlEntries.code", hasItem(code));

        put(code, "Changed through the API");
        given().get("/api/v1/control-list/" + code).then().statusCode(200)
                .body("description", equalTo("Changed through the API"));

        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "update control_entry set description = 'Changed elsewhere' where code = ?")) {
            update.setString(1, code);
            assertEquals(1, update.executeUpdate());
        }
        long changed = System.nanoTime();
        String seen;
        do {
            seen = given().get("/api/v1/control-list/" + code).then().statusCode(200).extract().path("description");
            if (!seen.equals("Changed elsewhere")) {
                Thread.sleep(100);
            }
        } while (!seen.equals("Changed elsewhere") && System.nanoTime() - changed < 10_000_000_000L);
        double seconds = (System.nanoTime() - changed) / 1e9;
        assertEquals("Changed elsewhere", seen);
        assertTrue(seconds <= PolicyRepository.SNAPSHOT_TTL_NANOS / 1e9 + 1, "shown after " + seconds + " s");
    }

    private static void put(String code, String description) {
        Map<String, Object> body = TestControlEntries.request(TestControlEntries.ROOT, description);
        body.put("hsCodes", List.of("7777000002"));
        var request = given().auth().oauth2(TestKeys.AUTHORITY).contentType(ContentType.JSON).body(body);
        String etag = given().get("/api/v1/control-list/" + code).header("ETag");
        if (etag != null) {
            request.header("If-Match", etag);
        }
        request.put("/api/v1/control-list/" + code).then().statusCode(oneOf(200, 201));
    }

    private static ValidatableResponse determineByHsCode() {
        return given().contentType(ContentType.JSON)
                .body(Map.of("date", "2026-06-01", "destination", "DE", "endUserKind", "COMMERCIAL",
                        "items", List.of(Map.of("hsCode", "7777000002"))))
                .post("/api/v1/licence-determinations").then().statusCode(200);
    }
}
