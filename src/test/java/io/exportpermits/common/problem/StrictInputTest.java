package io.exportpermits.common.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exportpermits.support.TestKeys;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.sql.DataSource;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;

/**
 * What a client generated from the contract, or written by hand in another language, sends when it
 * gets something wrong: each mistake is a 400 naming what is wrong, in the client's terms, and never
 * a Java class or a parser's internals.
 */
@QuarkusTest
class StrictInputTest {
    private static final String TYPES = "https://export-permits.io/problems/";
    private static final Matcher<String> NO_INTERNALS = allOf(not(containsString("io.exportpermits")),
            not(containsString("Cannot deserialize")), not(containsString("JsonToken")), not(containsString("Source")),
            not(containsString("REDACTED")), not(containsString("StreamReadFeature")),
            not(containsString("PartyRequest")), not(containsString("ShipmentRequest")));

    @TestHTTPResource("/")
    URL root;

    @Inject
    DataSource dataSource;

    @Test
    void aBodyOfTheWrongJsonShapeIsAValidationProblemNamingTheBody() {
        for (String body : List.of("[]", "\"x\"", "1", "true")) {
            given().auth().oauth2(TestKeys.AUTHORITY).contentType(ContentType.JSON).body(body).post("/api/v1/parties")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo(TYPES + "validation-failed"))
                    .body("detail", equalTo("1 field is invalid: the request body"))
                    .body("errors", hasSize(1))
                    .body("errors[0].field", nullValue())
                    .body("errors[0].message", equalTo("must be an object"))
                    .body(NO_INTERNALS);
        }
        String exporterKey = TestKeys.exporterKey(TestKeys.newExporter("Shape Shipper Co."));
        given().auth().oauth2(exporterKey).contentType(ContentType.JSON).body("[]")
                .post("/api/v1/permits/EP-2026-000001/shipments")
                .then().statusCode(400).body("type", equalTo(TYPES + "validation-failed"))
                .body("errors[0].message", equalTo("must be an object")).body(NO_INTERNALS);
    }

    @Test
    void jsonTextThatBreaksOffIsMalformedAndSaysWhere() {
        for (String body : List.of("{", "{\"name\":\"x", "{\"items\": [", "{\"name\": \"x\",,}")) {
            given().contentType(ContentType.JSON).body(body).post("/test-fixtures/orders")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo(TYPES + "malformed-request"))
                    .body("detail", allOf(containsString("not valid JSON at line 1, column"), NO_INTERNALS));
        }
    }

    @Test
    void everyValueOfTheWrongTypeIsNamedNotOnlyTheFirst() {
        given().contentType(ContentType.JSON).body("""
                        {"name": "ok", "date": "2026-13-45", "colour": "BLUE", "other": true,
                         "lines": [{"quantity": "many", "unit": "KGM"}, {"quantity": 1, "unit": ["KGM"], "extra": 1}, 7]}""")
                .post("/test-fixtures/orders")
                .then().statusCode(400).body("type", equalTo(TYPES + "validation-failed"))
                .body("detail", equalTo("7 fields are invalid."))
                .body("errors.field", equalTo(List.of("date", "colour", "other", "lines[0].quantity", "lines[1].unit",
                        "lines[1].extra", "lines[2]")))
                .body("errors.message", equalTo(List.of("must be a date in ISO 8601 form (2026-01-31)",
                        "must be one of [RED, GREEN]", "is not a known field", "must be a number", "must be a string",
                        "is not a known field", "must be an object")));
    }

    @Test
    void aValueNoDeserializerCanMakeSenseOfIsNamedToo() {
        given().contentType(ContentType.JSON)
                .body("{\"name\": \"ok\", \"date\": [1, \"two\", null], \"colour\": 7, "
                        + "\"lines\": [{\"quantity\": 1E+400, \"unit\": \"KGM\"}]}")
                .post("/test-fixtures/orders")
                .then().statusCode(400).body("type", equalTo(TYPES + "validation-failed"))
                .body("errors.field", equalTo(List.of("date", "colour")));
    }

    @Test
    void aKeyGivenTwiceInOneObjectIsRefusedByName() {
        given().auth().oauth2(TestKeys.AUTHORITY).contentType(ContentType.JSON)
                .body("{\"name\": \"A Ltd\", \"name\": \"B Ltd\", \"country\": \"US\"}").post("/api/v1/parties")
                .then().statusCode(400).body("type", equalTo(TYPES + "validation-failed"))
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].message", equalTo("is given more than once in its object"));
        given().contentType(ContentType.JSON)
                .body("{\"name\": \"ok\", \"lines\": [{\"quantity\": 1, \"unit\": \"KGM\", \"unit\": \"TNE\"}]}")
                .post("/test-fixtures/orders")
                .then().statusCode(400).body("errors[0].field", equalTo("lines[0].unit"));
    }

    @Test
    void numericQueryParametersThatCannotBeReadAre400NamingTheParameter() {
        String[][] cases = {{"/api/v1/events?limit=abc", "limit"}, {"/api/v1/events?limit=1.5", "limit"},
                {"/api/v1/events?limit=2147483648", "limit"}, {"/api/v1/events?wait=1e9", "wait"},
                {"/api/v1/permits?limit=99999999999999999999", "limit"}};
        for (String[] c : cases) {
            given().auth().oauth2(TestKeys.AUTHORITY).get(c[0]).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo(TYPES + "validation-failed"))
                    .body("errors[0].field", equalTo(c[1]))
                    .body("errors[0].message", containsString("must be an integer"));
        }
    }

    @Test
    void onlyTrueAndFalseAreBooleans() {
        for (String value : List.of("1", "yes", "TRUE")) {
            given().auth().oauth2(TestKeys.AUTHORITY).get("/api/v1/permits?overdue=" + value).then().statusCode(400)
                    .body("errors[0].field", equalTo("overdue")).body("errors[0].message", equalTo("must be true or false"));
        }
        given().auth().oauth2(TestKeys.AUTHORITY).get("/api/v1/api-keys?includeRevoked=maybe").then().statusCode(400)
                .body("errors[0].field", equalTo("includeRevoked"));
        given().auth().oauth2(TestKeys.AUTHORITY).get("/api/v1/permits?overdue=false").then().statusCode(200);
    }

    @Test
    void aBodyWithoutContentTypeIs415AndCreatesNothing() throws Exception {
        String name = "No Content Type " + System.nanoTime();
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(root.toURI()
                        .resolve("/api/v1/parties")).header("Authorization", "Bearer " + TestKeys.AUTHORITY)
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"" + name + "\", \"country\": \"US\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(415, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        assertEquals(TYPES + "unsupported-media-type", JsonPath.from(response.body()).getString("type"));
        assertTrue(response.headers().firstValue("X-Request-Id").isPresent(), "the refusal carries a request id");
        try (Connection connection = dataSource.getConnection();
             PreparedStatement count = connection.prepareStatement("select count(*) from party where name = ?")) {
            count.setString(1, name);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                assertEquals(0, rows.getInt(1), "no party was created");
            }
        }
    }

    @Test
    void theProblemsInstanceIsAlwaysAUriReference() throws IOException {
        String[][] cases = {{"/api/v1/permits/%EF%BC%91%EF%BC%92%EF%BC%93", "/api/v1/permits/%EF%BC%91%EF%BC%92%EF%BC%93"},
                {"/api/v1/nothing/it's%20here", "/api/v1/nothing/it's%20here"},
                {"/api/v1/nothing/a%22b%3Cc", "/api/v1/nothing/a%22b%3Cc"}};
        for (String[] c : cases) {
            String body = rawGet(c[0]);
            assertTrue(body.contains("application/problem+json"), body);
            String instance = JsonPath.from(body.substring(body.indexOf("\r\n\r\n") + 4)).getString("instance");
            assertEquals(c[1], instance, body);
            assertEquals(c[1], URI.create(instance).toASCIIString());
        }
    }

    /** A request line exactly as written, which HTTP clients would normalise first. */
    private String rawGet(String target) throws IOException {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + TestKeys.AUTHORITY
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
