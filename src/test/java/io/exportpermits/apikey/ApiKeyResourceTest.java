package io.exportpermits.apikey;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exportpermits.support.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ApiKeyResourceTest {

    @Inject
    DataSource database;

    @Test
    void createdKeyShowsItsSecretOnceAndWorksAtOnce() {
        String exporter = TestKeys.newExporter("Keyed Co.");
        var created = given().auth().oauth2(TestKeys.AUTHORITY).contentType(ContentType.JSON)
                .body(Map.of("name", "Keyed Co. ERP", "role", "EXPORTER", "exporterId", exporter))
                .when().post("/api/v1/api-keys")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/api-keys/[a-z2-9]{12}"))
                .body("secret", matchesPattern("ep_[a-z2-9]{12}_[A-Za-z0-9_-]{43}"))
                .body("key.status", equalTo("ACTIVE"))
                .extract();
        String secret = created.path("secret");
        String id = created.path("key.id");
        assertEquals("ep_" + id, created.path("key.prefix"));
        given().auth().oauth2(TestKeys.AUTHORITY).get("/api/v1/api-keys/" + id)
                .then().statusCode(200)
                .body("name", equalTo("Keyed Co. ERP"))
                .body(not(org.hamcrest.Matchers.containsString(secret.substring(16))));
        given().auth().oauth2(secret).get("/api/v1/api-keys/current")
                .then().statusCode(200)
                .body("id", equalTo(id)).body("role", equalTo("EXPORTER")).body("exporterId", equalTo(exporter))
                .body("lastUsedAt", notNullValue());
    }

    @Test
    void scopeMustMatchTheRole() {
        given().auth().oauth2(TestKeys.AUTHORITY).contentType(ContentType.JSON)
                .body(Map.of("name", "no scope", "role", "EXPORTER"))
                .post("/api/v1/api-keys")
                .then().statusCode(400).body("errors[0].field", equalTo("exporterId"));
        given().auth().oauth2(TestKeys.AUTHORITY).contentType(ContentType.JSON)
                .body(Map.of("name", "ghost", "role", "IMPORTER", "partyId", "00000000-0000-0000-0000-000000000000"))
                .post("/api/v1/api-keys")
                .then().statusCode(400).body("errors[0].field", equalTo("partyId"))
                .body("errors[0].message", equalTo("names no party"));
        given().auth().oauth2(TestKeys.AUTHORITY).contentType(ContentType.JSON)
                .body(Map.of("name", "past", "role", "AUTHORITY", "expiresAt", "2020-01-01T00:00:00Z"))
                .post("/api/v1/api-keys")
                .then().statusCode(400).body("errors[0].field", equalTo("expiresAt"));
    }

    @Test
    void revokedKeyIsRefusedAtOnceOnTheInstanceThatRevokedIt() {
        String secret = TestKeys.authorityKey();
        given().auth().oauth2(secret).get("/api/v1/api-keys/current").then().statusCode(200);
        given().auth().oauth2(TestKeys.AUTHORITY).delete("/api/v1/api-keys/" + TestKeys.idOf(secret))
                .then().statusCode(204);
        given().auth().oauth2(secret).get("/api/v1/api-keys/current")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer realm=\"export-permits\", error=\"invalid_token\""))
                .body("detail", org.hamcrest.Matchers.startsWith("The API key has been revoked."));
        given().auth().oauth2(TestKeys.AUTHORITY).get("/api/v1/api-keys/" + TestKeys.idOf(secret))
                .then().body("status", equalTo("REVOKED"));
    }

    @Test
    void keyRevokedByAnotherInstanceIsRefusedWithinOneSecond() throws SQLException {
        String secret = TestKeys.authorityKey();
        given().auth().oauth2(secret).get("/api/v1/api-keys/current").then().statusCode(200);
        // Another instance revokes through the shared database; this instance's cache knows nothing of it.
        Instant revokedAt = Instant.now();
        try (var connection = database.getConnection();
             var update = connection.prepareStatement("update api_key set revoked_at = now() where id = ?")) {
            update.setString(1, TestKeys.idOf(secret));
            assertEquals(1, update.executeUpdate());
        }
        int status = 200;
        while (status == 200 && Duration.between(revokedAt, Instant.now()).toMillis() < 3000) {
            status = given().auth().oauth2(secret).get("/api/v1/api-keys/current").statusCode();
        }
        long refusedAfter = Duration.between(revokedAt, Instant.now()).toMillis();
        assertEquals(401, status);
        assertTrue(refusedAfter <= 1_300, "refused only after " + refusedAfter + " ms");
    }

    @Test
    void expiredKeyIsRefused() throws SQLException {
        String secret = TestKeys.authorityKey();
        try (var connection = database.getConnection();
             var update = connection.prepareStatement(
                     "update api_key set expires_at = now() - interval '1 second' where id = ?")) {
            update.setString(1, TestKeys.idOf(secret));
            update.executeUpdate();
        }
        Instant deadline = Instant.now().plusSeconds(3);
        int status = 200;
        while (status == 200 && Instant.now().isBefore(deadline)) {
            status = given().auth().oauth2(secret).get("/api/v1/api-keys/current").statusCode();
        }
        assertEquals(401, status);
    }

    @Test
    void listFiltersByExporterAndShowsRevokedKeysOnlyWhenAsked() {
        String exporter = TestKeys.newExporter("Listed Keys Co.");
        String kept = TestKeys.exporterKey(exporter);
        String revoked = TestKeys.exporterKey(exporter);
        given().auth().oauth2(TestKeys.AUTHORITY).delete("/api/v1/api-keys/" + TestKeys.idOf(revoked))
                .then().statusCode(204);
        given().auth().oauth2(TestKeys.AUTHORITY).queryParam("exporterId", exporter).get("/api/v1/api-keys")
                .then().statusCode(200).body("items.id", equalTo(java.util.List.of(TestKeys.idOf(kept))));
        given().auth().oauth2(TestKeys.AUTHORITY).queryParam("exporterId", exporter).queryParam("includeRevoked", true)
                .get("/api/v1/api-keys")
                .then().statusCode(200)
                .body("items.id", equalTo(java.util.List.of(TestKeys.idOf(kept), TestKeys.idOf(revoked))))
                .body("items.status", equalTo(java.util.List.of("ACTIVE", "REVOKED")));
    }
}
