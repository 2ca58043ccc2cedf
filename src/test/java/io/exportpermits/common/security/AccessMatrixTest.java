package io.exportpermits.common.security;

import static io.exportpermits.common.security.AccessRules.MATRIX;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.exportpermits.common.security.AccessRules.Call;
import io.exportpermits.common.security.AccessRules.Fixture;
import io.exportpermits.common.security.AccessRules.Row;
import io.exportpermits.common.security.AccessRules.Who;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the API, called by every kind of caller, answers the status its access rules
 * ({@link AccessRules}) promise. An operation in the OpenAPI document without a row there fails the test,
 * so that no new endpoint ships without someone deciding who may call it.
 */
@QuarkusTest
class AccessMatrixTest {
    private static final int ROWS_AT_ONCE = 4;

    private Fixture fixture;

    @BeforeEach
    void createTenants() {
        fixture = AccessRules.newFixture();
    }

    @Test
    void everyDocumentedOperationHasARow() throws IOException {
        Set<String> documented = new TreeSet<>();
        JsonNode paths = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi").asString())
                .path("paths");
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            if (operation.getValue().has("operationId")) {
                documented.add(operation.getValue().get("operationId").asText());
            }
        }));
        assertEquals(new TreeSet<>(MATRIX.keySet()), documented,
                "every operation in the OpenAPI document needs a row in the access matrix, and only those");
    }

    /**
     * Rows run side by side: each call acts on fixtures of its own, and the suite waits on round trips far more
     * than it uses the machine, so a few rows at once finish in a fraction of the time. The callers of one row stay
     * in turn, since some rows change one shared record (exporter A, party P).
     */
    @Test
    void everyCallerGetsWhatTheRulesPromise() throws Exception {
        ExecutorService rows = Executors.newFixedThreadPool(ROWS_AT_ONCE);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            MATRIX.forEach((operation, row) -> results.add(rows.submit(() -> mismatches(operation, row))));
            List<String> mismatches = new ArrayList<>();
            for (Future<List<String>> result : results) {
                mismatches.addAll(result.get());
            }
            assertTrue(mismatches.isEmpty(), String.join("\n", mismatches));
        } finally {
            rows.shutdownNow();
        }
    }

    private List<String> mismatches(String operation, Row row) {
        List<String> mismatches = new ArrayList<>();
        for (Who who : Who.values()) {
            RequestSpecification request = given();
            if (who != Who.ANONYMOUS) {
                request.auth().oauth2(fixture.keys().get(who));
            }
            Call call = row.call().apply(fixture);
            if (call.body() instanceof byte[] document) {
                request.contentType("application/pdf").body(document);
            } else if (call.body() != null) {
                request.contentType(ContentType.JSON).body(call.body());
            }
            request.headers(call.headers());
            int status = request.request(row.method(), call.path()).statusCode();
            int expected = row.expectedFor(operation, who);
            if (status != expected) {
                mismatches.add(operation + " as " + who + ": expected " + expected + ", got " + status);
            }
        }
        return mismatches;
    }
}
