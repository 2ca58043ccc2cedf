package io.exportpermits.operations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(UnreachableDatabaseTest.NoDatabase.class)
class UnreachableDatabaseTest {

    /** A port nothing listens on; migrations and the key bootstrap off so the service can start without it. */
    public static class NoDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:1/postgres",
                    "quarkus.datasource.jdbc.acquisition-timeout", "2S",
                    "quarkus.flyway.migrate-at-start", "false",
                    "export-permits.bootstrap-authority-key", "",
                    "quarkus.hibernate-orm.schema-management.strategy", "none");
        }
    }

    @Test
    void readinessIsDownWhileLivenessStaysUp() {
        given().when().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void requestsAreAnswered503WithRetryAfterNotHangingOr500() {
        given().get("/api/v1/policies").then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", "5");
        given().auth().oauth2("ep_abcdefghijkm_" + "x".repeat(43)).get("/api/v1/permits").then().statusCode(503);
    }
}
