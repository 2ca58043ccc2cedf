package io.exportpermits.common.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exportpermits.support.TestLog;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RequestIdTest {
    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void validIncomingRequestIdIsEchoedAndLogged() {
        String id = "erp-" + UUID.randomUUID();
        given().header("X-Request-Id", id)
                .when().get("/api/v1")
                .then().statusCode(200)
                .header("X-Request-Id", equalTo(id));
        assertFalse(TestLog.linesContaining("request-id=" + id).isEmpty(), "the request's log line carries its id");
    }

    @Test
    void missingRequestIdIsGenerated() {
        given().when().get("/api/v1")
                .then().statusCode(200)
                .header("X-Request-Id", matchesPattern(UUID_PATTERN));
    }

    @Test
    void requestIdThatCouldForgeLogLinesIsReplaced() {
        given().header("X-Request-Id", "abc def\u0007")
                .when().get("/api/v1")
                .then().header("X-Request-Id", matchesPattern(UUID_PATTERN));
        given().header("X-Request-Id", "x".repeat(129))
                .when().get("/api/v1")
                .then().header("X-Request-Id", matchesPattern(UUID_PATTERN));
    }

    @Test
    void errorsAndOperationalEndpointsCarryTheRequestIdToo() {
        given().when().get("/api/v1/nowhere").then().statusCode(404).header("X-Request-Id", matchesPattern(UUID_PATTERN));
        given().when().get("/q/health/live").then().statusCode(200).header("X-Request-Id", matchesPattern(UUID_PATTERN));
    }

    @Test
    void applicationLogLinesOfTheRequestCarryItsId() {
        String id = "trace-" + UUID.randomUUID();
        given().header("X-Request-Id", id).when().get("/test-fixtures/failure").then().statusCode(500);
        assertTrue(TestLog.linesContaining("request-id=" + id).stream().anyMatch(l -> l.contains("Unexpected error")),
                "the error logged while handling the request carries the request id");
    }
}
