package io.exportpermits.permit.document;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exportpermits.support.TestDocuments;
import io.exportpermits.support.TestKeys;
import io.exportpermits.support.TestLog;
import io.exportpermits.support.TestPermits;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How an upload's body is received: over either HTTP version, and what is left when it never arrives whole. */
@QuarkusTest
class UploadReceiptTest {
    private String exporterKey;
    private String documents;

    @BeforeEach
    void draft() {
        exporterKey = TestKeys.exporterKey(TestKeys.newExporter("Receipt Co."));
        String consignee = TestKeys.newParty(exporterKey, "Receipt Consignee");
        documents = "/api/v1/permits/" + TestPermits.draft(exporterKey, consignee).number() + "/documents";
    }

    @Test
    void anUploadOverHttp2IsStoredWhole() throws Exception {
        byte[] pdf = TestDocuments.pdf();
        URI uri = URI.create("http://localhost:" + RestAssured.port + documents
                + "?kind=CONTRACT&fileName=h2.pdf&language=en");
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        client.send(HttpRequest.newBuilder(uri.resolve("/api/v1")).build(), HttpResponse.BodyHandlers.discarding());
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + exporterKey).header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofByteArray(pdf)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(HttpClient.Version.HTTP_2, answer.version(), "the connection was upgraded to h2c");
        assertEquals(201, answer.statusCode(), answer.body());
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        assertTrue(answer.body().contains("\"sha256\":\"" + sha256 + "\""), answer.body());
    }

    @Test
    void anUploadThatStallsIs408AndLeavesNothing() throws Exception {
        Set<Path> before = spooled();
        try (Socket socket = send(1_000_000, "%PDF-1.7\n" + "x".repeat(50_000))) {
            socket.setSoTimeout(10_000);
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 408 "), answer);
            assertTrue(answer.contains("request-timeout"), answer);
        }
        assertEquals(0, stored());
        awaitSpooled(before);
    }

    /** curl asks so for a body over 1 MB, and waits a second for the answer before sending it anyway. */
    @Test
    void aClientThatExpectsContinueIsToldToGoOn() throws Exception {
        byte[] pdf = TestDocuments.pdf();
        try (Socket socket = send(pdf.length, "", "Expect: 100-continue")) {
            socket.setSoTimeout(500);
            String interim = new String(socket.getInputStream().readNBytes(25), StandardCharsets.US_ASCII);
            assertEquals("HTTP/1.1 100 Continue\r\n\r\n", interim);
            socket.getOutputStream().write(pdf);
            assertCreated(socket);
        }
    }

    /** Someone else's permit: refused on the headers, so a client that waits for 100 Continue sends nothing. */
    @Test
    void anUploadRefusedOnItsHeadersIsAnsweredBeforeItsBodyIsSent() throws Exception {
        String otherKey = TestKeys.exporterKey(TestKeys.newExporter("Elsewhere Co."));
        try (Socket socket = send(otherKey, 5_000_000, "", "Expect: 100-continue")) {
            socket.setSoTimeout(5_000);
            String answer = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            assertEquals("HTTP/1.1 404", answer);
        }
        assertEquals(0, stored());
    }

    /** The test profile allows 3 s of silence; this upload takes longer than that but is never silent for as long. */
    @Test
    void aSlowUploadThatKeepsComingIsTakenHoweverLongItTakes() throws Exception {
        byte[] pdf = TestDocuments.pdf();
        int pieces = 10;
        try (Socket socket = send(pdf.length, "")) {
            int piece = (pdf.length + pieces - 1) / pieces;
            for (int from = 0; from < pdf.length; from += piece) {
                Thread.sleep(450);
                socket.getOutputStream().write(pdf, from, Math.min(piece, pdf.length - from));
                socket.getOutputStream().flush();
            }
            assertCreated(socket);
        }
    }

    @Test
    void anUploadTheClientAbandonsLeavesNothingAndNoErrorInTheLog() throws Exception {
        Set<Path> before = spooled();
        String requestId = "abandoned-upload-" + UUID.randomUUID();
        try (Socket socket = send(1_000_000, "%PDF-1.7\n" + "x".repeat(50_000), "X-Request-Id: " + requestId)) {
            Thread.sleep(200);
        }
        awaitSpooled(before);
        assertEquals(0, stored());
        Thread.sleep(300); // the close is logged on the event loop that saw it
        assertEquals(List.of(), TestLog.linesContaining(requestId).stream()
                .filter(line -> line.contains(" ERROR ") || line.contains(" WARN ")).toList());
    }

    private void assertCreated(Socket socket) throws IOException {
        socket.setSoTimeout(10_000);
        assertEquals("HTTP/1.1 201", new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII));
        assertEquals(1, stored());
    }

    private int stored() {
        return given().auth().oauth2(exporterKey).get(documents).then().statusCode(200)
                .extract().jsonPath().getList("items").size();
    }

    /** Declares {@code length} bytes and sends only {@code part} of them. */
    private Socket send(int length, String part, String... headers) throws IOException {
        return send(exporterKey, length, part, headers);
    }

    private Socket send(String key, int length, String part, String... headers) throws IOException {
        Socket socket = new Socket("localhost", RestAssured.port);
        socket.getOutputStream().write(("POST " + documents + "?kind=CONTRACT&fileName=slow.pdf&language=en "
                + "HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + key + "\r\n"
                + "Content-Type: application/pdf\r\n"
                + String.join("", Stream.of(headers).map(h -> h + "\r\n").toList())
                + "Content-Length: " + length + "\r\n\r\n" + part).getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        return socket;
    }

    /** The temporary files of uploads being received. */
    private static Set<Path> spooled() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("export-permits-upload-"))
                    .collect(Collectors.toSet());
        }
    }

    /** Waits for the files of uploads received during the test to be gone (they are deleted as a request ends). */
    private static void awaitSpooled(Set<Path> before) throws Exception {
        Set<Path> left = Set.of();
        for (int i = 0; i < 50; i++) {
            left = spooled().stream().filter(f -> !before.contains(f)).collect(Collectors.toSet());
            if (left.isEmpty()) {
                return;
            }
            Thread.sleep(100);
        }
        assertEquals(Set.of(), left, "the temporary files of unfinished uploads are deleted");
    }
}
