package io.exportpermits.common.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exportpermits.support.TestKeys;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RequestBodiesTest {
    @TestHTTPResource("/test-fixtures/body-read-ahead")
    URI readAhead;

    @TestHTTPResource("/test-fixtures/orders")
    URI orders;

    @Test
    void aBlockingEndpointFindsItsBodyAlreadyRead() {
        String body = "{\"name\": \"" + "x".repeat(20_000) + "\"}";
        given().contentType(ContentType.JSON).body(body)
                .when().post("/test-fixtures/body-read-ahead")
                .then().statusCode(200).body(equalTo(String.valueOf(body.length())));
    }

    @Test
    void aBodyIsReadAheadAfterAKeyIsLookedUpInTheDatabase() {
        // A key this instance has never seen is checked on a worker thread, which then hands the request on.
        String unseenKey = TestKeys.authorityKey();
        String body = "{\"name\": \"" + "y".repeat(5_000) + "\"}";
        given().auth().oauth2(unseenKey).contentType(ContentType.JSON).body(body)
                .when().post("/test-fixtures/body-read-ahead")
                .then().statusCode(200).body(equalTo(String.valueOf(body.length())));
    }

    @Test
    void aChunkedBodyIsReadAheadToo() throws Exception {
        byte[] body = "{\"name\": \"chunked\"}".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> answer = post(readAhead, body);
        assertEquals(200, answer.statusCode());
        assertEquals(String.valueOf(body.length), answer.body());
    }

    @Test
    void aChunkedBodyOverTheLimitIs413WithAProblem() throws Exception {
        byte[] body = ("{\"name\": \"" + "x".repeat(1_100_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> answer = post(orders, body);
        assertEquals(413, answer.statusCode());
        assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse(""));
        assertTrue(answer.body().contains("\"type\":\"https://export-permits.io/problems/payload-too-large\""),
                answer.body());
    }

    @Test
    void aBodyOverHttp2ReachesTheEndpoint() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        client.send(HttpRequest.newBuilder(orders.resolve("/api/v1")).build(), HttpResponse.BodyHandlers.discarding());
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(orders)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"name\": \"h2\", \"lines\": [{\"quantity\": 1, \"unit\": \"KGM\"}]}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(HttpClient.Version.HTTP_2, answer.version(), "the connection was upgraded to h2c");
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("\"name\":\"h2\""), answer.body());
    }

    /** Sent without a length, so in chunks: the declared-length check cannot refuse it up front. */
    private static HttpResponse<String> post(URI uri, byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
    }
}
