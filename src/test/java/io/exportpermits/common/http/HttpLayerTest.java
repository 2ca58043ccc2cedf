package io.exportpermits.common.http;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exportpermits.support.TestLog;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Clients that misbehave below JAX-RS: too slow to finish a body, or sending what the HTTP parser
 * cannot read. The body deadline is 3 s in tests (application.properties).
 */
@QuarkusTest
class HttpLayerTest {
    private static final int SLOW_CLIENTS = 50;

    @TestHTTPResource("/")
    URL root;

    @Test
    void aBodyThatDoesNotArriveInTimeIs408AndClosedWhileOtherRequestsAreServed() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < SLOW_CLIENTS; i++) {
                Socket socket = connect();
                socket.getOutputStream().write(("POST /test-fixtures/orders HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"name\": \"slow\",    ")
                        .getBytes(StandardCharsets.US_ASCII));
                slow.add(socket);
            }
            // Meanwhile everyone else is answered as usual.
            for (int i = 0; i < 20; i++) {
                given().get("/api/v1").then().statusCode(200);
            }
            List<String> requestIds = new ArrayList<>();
            for (Socket socket : slow) {
                String answer = readToEnd(socket);
                assertTrue(answer.startsWith("HTTP/1.1 408 "), answer);
                assertTrue(answer.contains("https://export-permits.io/problems/request-timeout"), answer);
                assertTrue(answer.toLowerCase().contains("connection: close"), answer);
                requestIds.add(answer.lines().filter(line -> line.toLowerCase().startsWith("x-request-id:"))
                        .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst().orElseThrow());
            }
            // A client too slow to finish is the client's failure: no error of ours is logged for it.
            for (String id : requestIds) {
                assertEquals(List.of(), TestLog.linesContaining(id).stream().filter(line -> line.contains(" ERROR ")).toList());
            }
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    @Test
    void aClientThatLeavesHalfWayThroughItsBodyLeavesNoErrorInTheLog() throws Exception {
        String requestId = "left-half-way-" + UUID.randomUUID();
        try (Socket socket = connect()) {
            socket.getOutputStream().write(("POST /test-fixtures/orders HTTP/1.1\r\nHost: localhost\r\n"
                    + "X-Request-Id: " + requestId + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 1000\r\n\r\n{\"name\": \"gone\"").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            Thread.sleep(200);
        }
        // The service goes on; the abandoned request is in the access log, and no error or warning is.
        given().get("/api/v1").then().statusCode(200);
        Thread.sleep(300); // what the close logs, it logs on the event loop that saw it, maybe not this request's
        List<String> logged = TestLog.linesContaining(requestId);
        assertTrue(logged.stream().anyMatch(line -> line.contains("access-log")), "the request is in the access log");
        assertEquals(List.of(), logged.stream().filter(line -> line.contains(" ERROR ") || line.contains(" WARN ")).toList());
    }

    /**
     * What Netty's parser refuses never reaches a handler of ours: Vert.x answers an empty 400 and
     * closes the connection (docs/integrating.md lists these answers). This pins that it stays a 400
     * and a close, never a hang or a 5xx.
     */
    @Test
    void aRequestTheHttpParserCannotReadIsABare400AndAClose() throws Exception {
        String[] broken = {
            "GET /api/v1 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nX-Broken: a\u0001b\r\n\r\n",
            "POST /test-fixtures/orders HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Type: "
                    + "application/json\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n",
            "GET /api/v1/permits/\uff11 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"};
        for (String request : broken) {
            try (Socket socket = connect()) {
                socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
                String answer = readToEnd(socket);
                assertTrue(answer.startsWith("HTTP/1.1 400 "), request + " -> " + answer);
                assertEquals("", answer.substring(answer.indexOf("\r\n\r\n") + 4), "no body");
            }
        }
    }

    @Test
    void noOtherOriginIsAllowedByDefault() {
        given().header("Origin", "https://elsewhere.example").get("/api/v1").then().statusCode(200)
                .header("Access-Control-Allow-Origin", org.hamcrest.Matchers.nullValue());
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket(root.getHost(), root.getPort());
        socket.setSoTimeout(15_000);
        return socket;
    }

    /** Everything the server sends until it closes the connection (or 15 s pass: then the read fails). */
    private static String readToEnd(Socket socket) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        try {
            socket.getInputStream().transferTo(answer);
        } catch (java.net.SocketTimeoutException e) {
            throw new AssertionError("still open after 15 s, having sent: " + answer.toString(StandardCharsets.UTF_8), e);
        }
        return answer.toString(StandardCharsets.UTF_8);
    }
}
