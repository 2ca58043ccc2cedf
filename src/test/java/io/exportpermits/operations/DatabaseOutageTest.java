package io.exportpermits.operations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exportpermits.support.TcpProxy;
import io.exportpermits.support.TestKeys;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The database goes away under a running service and comes back; the service follows without a restart. */
@QuarkusTest
@TestProfile(DatabaseOutageTest.ThroughProxy.class)
class DatabaseOutageTest {
    static TcpProxy proxy;

    public static class ThroughProxy implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ProxyResource.class));
        }
    }

    public static class ProxyResource implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            try {
                proxy = new TcpProxy(5432);
                proxy.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/postgres",
                    "quarkus.datasource.jdbc.acquisition-timeout", "2S",
                    "quarkus.datasource.jdbc.additional-jdbc-properties.connectTimeout", "2");
        }

        @Override
        public void stop() {
        }
    }

    @Test
    void anOutageIsAnswered503WithRetryAfterAndTheServiceRecoversByItself() throws Exception {
        given().auth().oauth2(TestKeys.AUTHORITY).get("/api/v1/permits?limit=1").then().statusCode(200);
        proxy.cut();
        try {
            long began = System.nanoTime();
            Response refused = given().auth().oauth2(TestKeys.AUTHORITY).get("/api/v1/permits?limit=1");
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);
            refused.then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", "5")
                    .body("type", equalTo("https://export-permits.io/problems/service-unavailable"));
            assertTrue(millis < 10_000, "answered after " + millis + " ms");
            given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
            // Alive all the same: an orchestrator must not restart a service that waits for its database.
            given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
            given().get("/api/v1/policies").then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", "5");
            given().auth().oauth2(TestKeys.AUTHORITY).contentType(ContentType.JSON)
                    .body(Map.of("name", "Written during the outage", "country", "FR"))
                    .post("/api/v1/parties").then().statusCode(503);
            Thread.sleep(1100); // past the key cache: authentication itself now needs the database
            given().auth().oauth2(TestKeys.AUTHORITY).get("/api/v1/api-keys/current").then().statusCode(503)
                    .header("Retry-After", "5");
            given().auth().oauth2("ep_abcdefghijkm_" + "x".repeat(43)).get("/api/v1/permits").then().statusCode(503);
        } finally {
            proxy.start();
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        int status;
        do {
            status = given().auth().oauth2(TestKeys.AUTHORITY).get("/api/v1/permits?limit=1").statusCode();
        } while (status != 200 && System.nanoTime() < deadline);
        assertEquals(200, status);
        given().get("/q/health/ready").then().statusCode(200);
        given().auth().oauth2(TestKeys.AUTHORITY).contentType(ContentType.JSON)
                .body(Map.of("name", "Written after the outage", "country", "FR"))
                .post("/api/v1/parties").then().statusCode(201);
    }
}
