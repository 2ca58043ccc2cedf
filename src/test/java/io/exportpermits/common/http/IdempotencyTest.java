package io.exportpermits.common.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exportpermits.support.AtOnce;
import io.exportpermits.support.TestKeys;
import io.exportpermits.support.TestPermits;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdempotencyTest {
    @Inject
    DataSource dataSource;

    private String exporterKey;
    private String consignee;

    @BeforeEach
    void tenant() {
        exporterKey = TestKeys.exporterKey(TestKeys.newExporter("Idempotent Exporter"));
        consignee = TestKeys.newParty(exporterKey, "Idempotent Buyer");
    }

    private Response apply(String key, String idempotencyKey, String validUntil) {
        return given().auth().oauth2(key).header("Idempotency-Key", idempotencyKey).contentType(ContentType.JSON)
                .body(TestPermits.application(consignee, TestPermits.VALID_FROM, validUntil)).post("/api/v1/permits");
    }

    private int permitCount() {
        return given().auth().oauth2(exporterKey).queryParam("limit", 200).get("/api/v1/permits")
                .then().extract().jsonPath().getList("items").size();
    }

    @Test
    void aRepeatReplaysTheFirstAnswerAndCreatesNothing() {
        String idempotencyKey = UUID.randomUUID().toString();
        Response first = apply(exporterKey, idempotencyKey, TestPermits.VALID_UNTIL);
        first.then().statusCode(201);
        Response again = apply(exporterKey, idempotencyKey, TestPermits.VALID_UNTIL);
        again.then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", first.header("Location")).header("ETag", first.header("ETag"))
                .contentType(ContentType.JSON);
        assertEquals(first.jsonPath().getString("number"), again.jsonPath().getString("number"));
        assertEquals(first.jsonPath().getMap("$"), again.jsonPath().getMap("$"));
        assertEquals(null, first.header("Idempotent-Replayed"));
        assertEquals(1, permitCount());
    }

    @Test
    void theSameKeyWithAnotherRequestIs422() {
        String idempotencyKey = UUID.randomUUID().toString();
        apply(exporterKey, idempotencyKey, TestPermits.VALID_UNTIL).then().statusCode(201);
        apply(exporterKey, idempotencyKey, TestPermits.validityDay(300)).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://export-permits.io/problems/idempotency-key-reused"));
        assertEquals(1, permitCount());
    }

    @Test
    void keysAreScopedToTheCallersApiKey() {
        String idempotencyKey = UUID.randomUUID().toString();
        String otherKeyOfSameExporter = TestKeys.exporterKey(given().auth().oauth2(exporterKey)
                .get("/api/v1/api-keys/current").then().extract().path("exporterId"));
        String first = apply(exporterKey, idempotencyKey, TestPermits.VALID_UNTIL).then().statusCode(201).extract().path("number");
        String second = apply(otherKeyOfSameExporter, idempotencyKey, TestPermits.VALID_UNTIL).then().statusCode(201)
                .extract().path("number");
        assertFalse(first.equals(second));
    }

    @Test
    void aFailedRequestKeepsNothingSoARetryRunsAgain() {
        String idempotencyKey = UUID.randomUUID().toString();
        apply(exporterKey, idempotencyKey, TestPermits.validityDay(-1)).then().statusCode(400); // ends before it starts
        apply(exporterKey, idempotencyKey, TestPermits.VALID_UNTIL).then().statusCode(201);
        assertEquals(1, permitCount());
    }

    @Test
    void parallelRequestsWithOneKeyCreateOnePermit() throws Exception {
        String idempotencyKey = UUID.randomUUID().toString();
        Set<String> numbers = new HashSet<>();
        int replayed = 0;
        for (Response response : AtOnce.run(8, i -> apply(exporterKey, idempotencyKey, TestPermits.VALID_UNTIL))) {
            assertTrue(response.statusCode() == 201 || response.statusCode() == 409, "status " + response.statusCode());
            if (response.statusCode() == 201) {
                numbers.add(response.jsonPath().getString("number"));
                replayed += "true".equals(response.header("Idempotent-Replayed")) ? 1 : 0;
            }
        }
        assertEquals(1, numbers.size());
        assertTrue(replayed >= 1, "the repeats waited for the first answer and replayed it");
        assertEquals(1, permitCount());
    }

    @Test
    void aDecisionRetriedWithItsKeyIsReplayedNotRefusedAsStale() {
        TestPermits.Ref permit = TestPermits.inState("UNDER_REVIEW", exporterKey, consignee);
        String idempotencyKey = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(TestKeys.AUTHORITY).header("If-Match", permit.etag())
                    .header("Idempotency-Key", idempotencyKey).contentType(ContentType.JSON)
                    .body(TestPermits.approval(TestPermits.VALID_FROM, TestPermits.VALID_UNTIL))
                    .post("/api/v1/permits/" + permit.number() + "/approve").then().statusCode(200)
                    .body("status", equalTo("APPROVED"));
        }
        List<String> actions = given().auth().oauth2(exporterKey).get("/api/v1/permits/" + permit.number() + "/history")
                .then().extract().jsonPath().getList("items.action");
        assertEquals(1, actions.stream().filter("approve"::equals).count());
    }

    @Test
    void aReplayedNewApiKeyIsStoredSealed() throws Exception {
        String idempotencyKey = UUID.randomUUID().toString();
        Map<String, Object> request = Map.of("name", "replayed key", "role", "AUTHORITY");
        String first = given().auth().oauth2(TestKeys.AUTHORITY).header("Idempotency-Key", idempotencyKey)
                .contentType(ContentType.JSON).body(request).post("/api/v1/api-keys").then().statusCode(201)
                .extract().path("secret");
        given().auth().oauth2(TestKeys.AUTHORITY).header("Idempotency-Key", idempotencyKey)
                .contentType(ContentType.JSON).body(request).post("/api/v1/api-keys").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("secret", equalTo(first));
        try (var connection = dataSource.getConnection();
             var query = connection.prepareStatement("select response_body from idempotency_record where idempotency_key = ?")) {
            query.setString(1, idempotencyKey);
            try (var row = query.executeQuery()) {
                row.next();
                assertFalse(row.getString(1).contains(first.substring(16)), "the secret is not stored in clear");
            }
        }
    }

    @Test
    void afterTwentyFourHoursAKeyActsAfresh() throws Exception {
        String idempotencyKey = UUID.randomUUID().toString();
        apply(exporterKey, idempotencyKey, TestPermits.VALID_UNTIL).then().statusCode(201);
        try (var connection = dataSource.getConnection();
             var age = connection.prepareStatement("update idempotency_record set expires_at = now() - interval '1 second' "
                     + "where idempotency_key = ?")) {
            age.setString(1, idempotencyKey);
            assertEquals(1, age.executeUpdate());
        }
        Response again = apply(exporterKey, idempotencyKey, TestPermits.VALID_UNTIL);
        again.then().statusCode(201);
        assertEquals(null, again.header("Idempotent-Replayed"));
        assertEquals(2, permitCount());
    }

    @Test
    void anUnreadableKeyIs400() {
        apply(exporterKey, "x".repeat(256), TestPermits.VALID_UNTIL).then().statusCode(400)
                .body("errors[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    void theSpecDocumentsTheHeaderOnEveryWritingPost() {
        var spec = given().queryParam("format", "json").get("/q/openapi").then().extract().jsonPath();
        for (String path : List.of("/api/v1/permits", "/api/v1/permits/{number}/approve",
                "/api/v1/permits/{number}/shipments", "/api/v1/exporters", "/api/v1/webhook-subscriptions")) {
            List<String> headers = spec.getList("paths.'" + path + "'.post.parameters.findAll { it.in == 'header' }.name");
            assertTrue(headers.contains("Idempotency-Key"), path + " documents Idempotency-Key: " + headers);
        }
    }
}
