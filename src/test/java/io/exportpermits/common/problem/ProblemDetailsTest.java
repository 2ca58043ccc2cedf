package io.exportpermits.common.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.exportpermits.support.TestLog;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProblemDetailsTest {
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String TYPES = "https://export-permits.io/problems/";

    @Test
    void malformedJsonIs400MalformedRequestWithPosition() {
        given().contentType(ContentType.JSON).body("{\"name\": \"x\",,}")
                .when().post("/test-fixtures/orders")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "malformed-request"))
                .body("title", equalTo("Malformed request"))
                .body("status", equalTo(400))
                .body("detail", containsString("line 1, column"))
                .body("instance", equalTo("/test-fixtures/orders"));
    }

    @Test
    void textThatPostgresCannotStoreIs400NamingTheField() {
        for (String hostile : new String[] {"Acme\\u0000Ltd", "Acme \\ud800"}) {
            given().auth().oauth2(io.exportpermits.support.TestKeys.AUTHORITY).contentType(ContentType.JSON)
                    .body("{\"name\": \"" + hostile + "\", \"country\": \"US\"}").post("/api/v1/parties")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("name"));
        }
        given().auth().oauth2(io.exportpermits.support.TestKeys.AUTHORITY).urlEncodingEnabled(false)
                .get("/api/v1/exporters?nationalIdentifier=91%00X").then().statusCode(400)
                .body("errors[0].field", equalTo("nationalIdentifier"));
    }

    @Test
    void aContentTypeRangeIsNotAContentType() {
        given().auth().oauth2(io.exportpermits.support.TestKeys.AUTHORITY).contentType("*/*")
                .body("{\"name\": \"Range Ltd\", \"country\": \"US\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/parties").then().statusCode(415).contentType("application/problem+json")
                .body("type", equalTo("https://export-permits.io/problems/unsupported-media-type"));
    }

    @Test
    void aValueOfOnlyUnicodeSpacesIsBlank() {
        given().auth().oauth2(io.exportpermits.support.TestKeys.AUTHORITY).contentType(ContentType.JSON)
                .body("{\"name\": \"\\u00a0\\ufeff\\u2003\", \"country\": \"US\"}").post("/api/v1/parties")
                .then().statusCode(400).body("errors[0].field", equalTo("name"));
    }

    @Test
    void emptyBodyIsRejectedAsMissingBody() {
        given().contentType(ContentType.JSON)
                .when().post("/test-fixtures/orders")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "validation-failed"))
                .body("errors", hasSize(1));
    }

    @Test
    void beanValidationNamesEveryFieldByItsJsonPath() {
        given().contentType(ContentType.JSON)
                .body("""
                        {"name": "far too long a name", "lines": [
                          {"quantity": 5, "unit": "KGM"},
                          {"quantity": -1, "unit": ""}]}""")
                .when().post("/test-fixtures/orders")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "validation-failed"))
                .body("detail", equalTo("3 fields are invalid."))
                .body("errors.field", equalTo(java.util.List.of("lines[1].quantity", "lines[1].unit", "name")))
                .body("errors[0].message", equalTo("must be greater than 0"));
    }

    @Test
    void wrongJsonTypeNamesTheFieldAndTheExpectedType() {
        given().contentType(ContentType.JSON)
                .body("{\"name\": \"ok\", \"lines\": [{\"quantity\": \"many\", \"unit\": \"KGM\"}]}")
                .when().post("/test-fixtures/orders")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "validation-failed"))
                .body("errors[0].field", equalTo("lines[0].quantity"))
                .body("errors[0].message", equalTo("must be a number"));
    }

    @Test
    void invalidEnumAndDateListTheAcceptedForms() {
        given().contentType(ContentType.JSON)
                .body("{\"name\": \"ok\", \"colour\": \"BLUE\", \"lines\": [{\"quantity\": 1, \"unit\": \"KGM\"}]}")
                .when().post("/test-fixtures/orders")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("colour"))
                .body("errors[0].message", equalTo("must be one of [RED, GREEN]"));
        given().contentType(ContentType.JSON)
                .body("{\"name\": \"ok\", \"date\": \"2026-13-45\", \"lines\": [{\"quantity\": 1, \"unit\": \"KGM\"}]}")
                .when().post("/test-fixtures/orders")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("date"))
                .body("errors[0].message", containsString("ISO 8601"));
    }

    @Test
    void unknownFieldIsRejectedByName() {
        given().contentType(ContentType.JSON)
                .body("{\"name\": \"ok\", \"lines\": [{\"quantity\": 1, \"unit\": \"KGM\", \"colour\": \"RED\"}]}")
                .when().post("/test-fixtures/orders")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("lines[0].colour"))
                .body("errors[0].message", equalTo("is not a known field"));
    }

    @Test
    void invalidPathAndQueryParametersAreNamedAsOnTheWire() {
        given().queryParam("detail", "toolong")
                .when().get("/test-fixtures/orders/abc")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors.field", equalTo(java.util.List.of("code", "detail")));
    }

    @Test
    void unknownPathIs404Problem() {
        given().when().get("/api/v1/no-such-collection")
                .then().statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "not-found"))
                .body("instance", equalTo("/api/v1/no-such-collection"));
    }

    @Test
    void wrongMethodIs405WithAllow() {
        given().when().delete("/test-fixtures/orders")
                .then().statusCode(405)
                .contentType(PROBLEM_JSON)
                .header("Allow", "OPTIONS, POST")
                .body("type", equalTo(TYPES + "method-not-allowed"));
    }

    @Test
    void unsupportedContentTypeIs415() {
        given().contentType("text/csv").body("name,lines")
                .when().post("/test-fixtures/orders")
                .then().statusCode(415)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "unsupported-media-type"))
                .body("detail", containsString("text/csv"));
    }

    @Test
    void unacceptableAcceptIs406() {
        given().accept("text/csv")
                .when().get("/api/v1")
                .then().statusCode(406)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "not-acceptable"));
    }

    @Test
    void bodyOverTheLimitIs413() {
        String huge = "{\"name\": \"" + "x".repeat(1_100_000) + "\"}";
        given().contentType(ContentType.JSON).body(huge)
                .when().post("/test-fixtures/orders")
                .then().statusCode(413)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "payload-too-large"));
    }

    @Test
    void unexpectedFailureIs500WithLoggedErrorIdAndNoInternals() {
        String body = given().when().get("/test-fixtures/failure")
                .then().statusCode(500)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "internal-error"))
                .body("errorId", notNullValue())
                .body(allOf(not(containsString("IllegalStateException")), not(containsString("SELECT")),
                        not(containsString("at io.")), not(containsString("secret"))))
                .extract().asString();
        String errorId = io.restassured.path.json.JsonPath.from(body).getString("errorId");
        assertFalse(TestLog.linesContaining(errorId).isEmpty(), "the error id must be in the log");
    }
}
