package io.exportpermits.common.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.junit.jupiter.api.Test;

/** A retired operation says so on every answer, and the contract says which headers it sends. */
@QuarkusTest
class SunsetTest {

    @Test
    void aRetiredOperationAnswersWithDeprecationAndSunset() {
        given().get("/test-fixtures/retired").then().statusCode(200)
                .header("Deprecation", equalTo("@1796083200"))            // 2026-12-01T00:00:00Z
                .header("Sunset", equalTo("Wed, 01 Dec 2027 00:00:00 GMT"));
    }

    @Test
    void otherOperationsCarryNeither() {
        given().get("/test-fixtures/orders/ABC").then().statusCode(200)
                .header("Deprecation", nullValue()).header("Sunset", nullValue());
    }

    @Test
    void theContractDocumentsBothHeadersOnADeprecatedOperationOnly() {
        Operation retired = operation(true);
        Operation current = operation(false);
        OpenAPI contract = OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem("/retired", OASFactory.createPathItem().GET(retired))
                .addPathItem("/current", OASFactory.createPathItem().GET(current)));
        new StandardResponsesFilter().filterOpenAPI(contract);

        Map<String, Header> headers = retired.getResponses().getAPIResponse("200").getHeaders();
        assertEquals(Set.of("Deprecation", "Sunset"), headers.keySet());
        headers.values().forEach(header -> assertEquals(
                List.of(SchemaType.STRING),
                header.getSchema().getType()));
        assertNull(current.getResponses().getAPIResponse("200").getHeaders());
    }

    private static Operation operation(boolean deprecated) {
        return OASFactory.createOperation().deprecated(deprecated).responses(OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description("OK")));
    }
}
