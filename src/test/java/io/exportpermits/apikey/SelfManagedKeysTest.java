package io.exportpermits.apikey;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.exportpermits.support.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An organisation manages its own keys: its first key makes, lists, rotates and revokes the others. */
@QuarkusTest
class SelfManagedKeysTest {

    @Test
    void anExportersKeyManagesItsOwnOrganisationsKeysAndNoOneElses() {
        String exporter = TestKeys.newExporter("Self-Managed Co.");
        String first = TestKeys.exporterKey(exporter);
        String second = given().auth().oauth2(first).contentType(ContentType.JSON)
                .body(Map.of("name", "ERP (staging)", "role", "EXPORTER", "exporterId", exporter))
                .post("/api/v1/api-keys").then().statusCode(201).extract().path("secret");
        given().auth().oauth2(second).get("/api/v1/api-keys/current").then().statusCode(200)
                .body("exporterId", equalTo(exporter));
        // never more power, never another organisation
        given().auth().oauth2(first).contentType(ContentType.JSON)
                .body(Map.of("name", "Escalation", "role", "AUTHORITY")).post("/api/v1/api-keys")
                .then().statusCode(403).body("detail", containsString("EXPORTER keys for exporter " + exporter));
        String other = TestKeys.newExporter("Other Self-Managed Co.");
        given().auth().oauth2(first).contentType(ContentType.JSON)
                .body(Map.of("name", "Theirs", "role", "EXPORTER", "exporterId", other)).post("/api/v1/api-keys")
                .then().statusCode(403);
        given().auth().oauth2(first).queryParam("exporterId", other).get("/api/v1/api-keys").then().statusCode(403);
        given().auth().oauth2(first).get("/api/v1/api-keys").then().statusCode(200)
                .body("items.exporterId", everyItem(equalTo(exporter)))
                .body("items.id", hasItem(TestKeys.idOf(second)));
        String theirs = TestKeys.exporterKey(other);
        given().auth().oauth2(first).get("/api/v1/api-keys/" + TestKeys.idOf(theirs)).then().statusCode(404);
        given().auth().oauth2(first).delete("/api/v1/api-keys/" + TestKeys.idOf(theirs)).then().statusCode(404);
        given().auth().oauth2(theirs).get("/api/v1/api-keys/current").then().statusCode(200);

        given().auth().oauth2(first).delete("/api/v1/api-keys/" + TestKeys.idOf(second)).then().statusCode(204);
        given().auth().oauth2(second).get("/api/v1/api-keys/current").then().statusCode(401);
    }

    @Test
    void rotationGivesANewSecretAndTheOldOneAWhileToBeReplaced() {
        String exporter = TestKeys.newExporter("Rotating Co.");
        String old = TestKeys.exporterKey(exporter);
        Instant until = Instant.now().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        var rotated = given().auth().oauth2(old).contentType(ContentType.JSON)
                .body(Map.of("oldKeyExpiresAt", until.toString()))
                .post("/api/v1/api-keys/" + TestKeys.idOf(old) + "/rotate").then().statusCode(201)
                .body("key.role", equalTo("EXPORTER")).body("key.exporterId", equalTo(exporter))
                .extract();
        String fresh = rotated.path("secret");
        given().auth().oauth2(fresh).get("/api/v1/api-keys/current").then().statusCode(200)
                .body("id", not(equalTo(TestKeys.idOf(old))));
        given().auth().oauth2(old).get("/api/v1/api-keys/current").then().statusCode(200)
                .body("expiresAt", equalTo(until.toString()));
        given().auth().oauth2(fresh).contentType(ContentType.JSON)
                .body(Map.of("oldKeyExpiresAt", Instant.now().plus(30, ChronoUnit.DAYS).toString()))
                .post("/api/v1/api-keys/" + TestKeys.idOf(fresh) + "/rotate").then().statusCode(400)
                .body("errors[0].field", equalTo("oldKeyExpiresAt"));
        given().auth().oauth2(fresh).delete("/api/v1/api-keys/" + TestKeys.idOf(old)).then().statusCode(204);
        given().auth().oauth2(fresh).contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/api-keys/" + TestKeys.idOf(old) + "/rotate").then().statusCode(409);
    }
}
