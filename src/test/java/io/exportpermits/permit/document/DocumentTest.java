package io.exportpermits.permit.document;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.exportpermits.support.AtOnce;
import io.exportpermits.support.TestDocuments;
import io.exportpermits.support.TestEvents;
import io.exportpermits.support.TestKeys;
import io.exportpermits.support.TestPermits;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DocumentTest {
    private static final String DOCUMENT_EVENTS = "permit_document.added,permit_document.deleted";
    @Inject
    DocumentCopies copies;
    private String exporterKey;
    private String consignee;
    private TestPermits.Ref permit;

    @BeforeEach
    void draft() {
        exporterKey = TestKeys.exporterKey(TestKeys.newExporter("Documented Co."));
        consignee = TestKeys.newParty(exporterKey, "Documented Consignee");
        permit = TestPermits.draft(exporterKey, consignee);
    }

    private String documents() {
        return "/api/v1/permits/" + permit.number() + "/documents";
    }

    private RequestSpecification raw(String kind, String fileName, String language) {
        return given().auth().oauth2(exporterKey).queryParam("kind", kind).queryParam("fileName", fileName)
                .queryParam("language", language);
    }

    private ExtractableResponse<Response> upload(byte[] bytes, String contentType, String kind, String fileName) {
        return raw(kind, fileName, "en").contentType(contentType).body(bytes).post(documents()).then().extract();
    }

    private List<Object> listed() {
        return given().auth().oauth2(exporterKey).get(documents()).then().statusCode(200)
                .extract().jsonPath().getList("items");
    }

    @Test
    void eachAcceptedTypeIsStoredAsDetectedAndComesBackByteForByte() throws Exception {
        Map<String, byte[]> files = Map.of(
                "application/pdf", TestDocuments.pdf(),
                "image/png", TestDocuments.image("png"),
                "image/jpeg", TestDocuments.image("jpeg"),
                "image/tiff", TestDocuments.image("tiff"),
                TestDocuments.DOCX, TestDocuments.docx(),
                TestDocuments.XLSX, TestDocuments.xlsx(),
                TestDocuments.ODT, TestDocuments.odt());
        for (var file : files.entrySet()) {
            byte[] bytes = file.getValue();
            String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            var created = upload(bytes, "application/octet-stream", "CONTRACT", "contract №1 «final».bin");
            assertEquals(201, created.statusCode(), file.getKey() + ": " + created.body().asString());
            assertEquals(file.getKey(), created.path("mediaType"));
            assertEquals(sha256, created.path("sha256"));
            assertEquals(bytes.length, (int) created.path("sizeBytes"));
            assertEquals("\"" + sha256 + "\"", created.header("ETag"));
            byte[] back = given().auth().oauth2(TestKeys.AUTHORITY).get((String) created.path("contentHref"))
                    .then().statusCode(200).header("Content-Type", file.getKey())
                    .header("ETag", "\"" + sha256 + "\"").header("Accept-Ranges", "bytes")
                    .header("Content-Disposition", containsString("filename*=UTF-8''contract%20%E2%84%961%20"))
                    .extract().asByteArray();
            assertArrayEquals(bytes, back, file.getKey());
        }
        assertEquals(files.size(), listed().size());
        given().auth().oauth2(exporterKey).get("/api/v1/permits/" + permit.number() + "/history")
                .then().statusCode(200).body("items.action", hasItem("add-document"));
    }

    @Test
    void uploadsAndDeletionsAreEventsForTheExporterAndAuthoritiesOnly() {
        String id = upload(TestDocuments.pdf(), "application/pdf", "CONTRACT", "contract.pdf").path("id");
        given().auth().oauth2(exporterKey).delete(documents() + "/" + id).then().statusCode(204);
        String subject = permit.number() + "/documents/" + id;
        for (String key : List.of(exporterKey, TestKeys.AUTHORITY)) {
            List<Map<String, Object>> events = TestEvents.about(subject, key, DOCUMENT_EVENTS);
            assertEquals(List.of("permit_document.added", "permit_document.deleted"),
                    events.stream().map(e -> e.get("type")).toList());
            assertEquals("/api/v1/permits/" + subject, ((Map<?, ?>) events.get(0).get("subject")).get("href"));
        }
        assertEquals(List.of(), TestEvents.about(subject, TestKeys.importerKey(consignee), DOCUMENT_EVENTS));
    }

    @Test
    void aBrowserFormUploadsTheSame() {
        byte[] pdf = TestDocuments.pdf();
        given().auth().oauth2(exporterKey).multiPart("file", "end-user certificate.pdf", pdf, "application/pdf")
                .multiPart("kind", "END_USER_CERTIFICATE").multiPart("language", "zh-CN")
                .post(documents()).then().statusCode(201)
                .body("fileName", equalTo("end-user certificate.pdf"))
                .body("language", equalTo("zh-CN"))
                .body("kind", equalTo("END_USER_CERTIFICATE"))
                .body("mediaType", equalTo("application/pdf"));
        assertEquals(1, listed().size());
    }

    @Test
    void theTypeIsJudgedByTheBytesNotByTheNameOrTheHeader() {
        upload(TestDocuments.image("png"), "application/pdf", "CONTRACT", "contract.pdf");
        given().auth().oauth2(exporterKey).get(documents()).then().body("items[0].mediaType", equalTo("image/png"));
        var lies = Map.of(
                "application/zip", TestDocuments.zip(),
                "text/plain", "just text, named a PDF".getBytes(),
                "application/vnd.ms-word.document.macroenabled", TestDocuments.docm());
        for (var lie : lies.entrySet()) {
            var refused = upload(lie.getValue(), "application/pdf", "CONTRACT", "contract.docx");
            assertEquals(415, refused.statusCode(), lie.getKey());
            assertEquals("https://export-permits.io/problems/unsupported-media-type", refused.path("type"));
            String detail = ((String) refused.path("detail")).toLowerCase();
            assertEquals(true, detail.contains(lie.getKey()), detail);
        }
        assertEquals(1, listed().size());
    }

    @Test
    void badDescriptionsAreRefusedFieldByFieldAndNothingIsStored() {
        byte[] pdf = TestDocuments.pdf();
        given().auth().oauth2(exporterKey).contentType("application/pdf").body(pdf).post(documents())
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("kind", "fileName", "language")));
        Map<String, List<String>> cases = Map.of(
                "PASSPORT", List.of("kind"),
                "../../etc/passwd", List.of("fileName"),
                "C:\\contract.pdf", List.of("fileName"),
                "contract\u0000.pdf", List.of("fileName"),
                "..", List.of("fileName"));
        for (var bad : cases.entrySet()) {
            boolean kind = bad.getKey().equals("PASSPORT");
            raw(kind ? bad.getKey() : "CONTRACT", kind ? "contract.pdf" : bad.getKey(), "en")
                    .contentType("application/pdf").body(pdf).post(documents())
                    .then().statusCode(400).body("errors.field", equalTo(bad.getValue()));
        }
        raw("CONTRACT", "c.pdf", "english").contentType("application/pdf").body(pdf).post(documents())
                .then().statusCode(400).body("errors.field", equalTo(List.of("language")));
        raw("TRANSLATION", "c.pdf", "zh").contentType("application/pdf").body(pdf).post(documents())
                .then().statusCode(400).body("errors.field", equalTo(List.of("translationOf")));
        raw("CONTRACT", "c.pdf", "en").queryParam("translationOf", "0193b0c4-5d1e-7f3a-9c2b-4e5f6a7b8c9d")
                .contentType("application/pdf").body(pdf).post(documents())
                .then().statusCode(400).body("errors.field", equalTo(List.of("translationOf")));
        raw("TRANSLATION", "c.pdf", "zh").queryParam("translationOf", "0193b0c4-5d1e-7f3a-9c2b-4e5f6a7b8c9d")
                .contentType("application/pdf").body(pdf).post(documents())
                .then().statusCode(400).body("errors.field", equalTo(List.of("translationOf")));
        raw("CONTRACT", "c.pdf", "en").contentType("application/pdf").body(new byte[0]).post(documents())
                .then().statusCode(400).body("errors.field", equalTo(List.of("file")));
        assertEquals(0, listed().size());
    }

    @Test
    void aTranslationNamesItsOriginalWhichStaysWhileItDoes() {
        String original = upload(TestDocuments.pdf(), "application/pdf", "CONTRACT", "contract.pdf").path("id");
        String translation = raw("TRANSLATION", "合同.pdf", "zh").queryParam("translationOf", original)
                .contentType("application/pdf").body(TestDocuments.pdf()).post(documents())
                .then().statusCode(201).body("translationOf", equalTo(original)).extract().path("id");
        given().auth().oauth2(exporterKey).delete(documents() + "/" + original).then().statusCode(409)
                .body("detail", containsString(translation));
        given().auth().oauth2(exporterKey).delete(documents() + "/" + translation).then().statusCode(204);
        given().auth().oauth2(exporterKey).delete(documents() + "/" + original).then().statusCode(204);
        assertEquals(0, listed().size());
        given().auth().oauth2(exporterKey).get("/api/v1/permits/" + permit.number() + "/history")
                .then().body("items.findAll { it.action == 'delete-document' }", hasSize(2));
    }

    @Test
    void theSameBytesTwiceAreRecognisedEvenAtOnce() throws Exception {
        byte[] pdf = TestDocuments.pdf();
        String first = upload(pdf, "application/pdf", "CONTRACT", "a.pdf").path("id");
        var again = upload(pdf, "application/pdf", "OTHER", "b.pdf");
        assertEquals(409, again.statusCode());
        assertEquals(true, ((String) again.path("detail")).contains(first));

        byte[] twin = TestDocuments.pdf();
        List<Integer> statuses = AtOnce.run(4, i -> upload(twin, "application/pdf", "CONTRACT", "twin.pdf")
                .statusCode());
        assertEquals(List.of(201, 409, 409, 409), statuses.stream().sorted().toList());
        assertEquals(2, listed().size());
    }

    @Test
    void tooLargeIsRefusedBeforeAndWhileTheBodyArrives() throws Exception {
        long limit = 20L * 1024 * 1024;
        // Declared: refused on the headers, before any of the body is sent.
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.getOutputStream().write(("POST " + documents() + "?kind=CONTRACT&fileName=big.pdf&language=en "
                    + "HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + exporterKey + "\r\nContent-Type: "
                    + "application/pdf\r\nContent-Length: " + (limit + 70_000) + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.setSoTimeout(10_000);
            String answer = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            assertEquals("HTTP/1.1 413", answer);
        }
        // Sent in chunks, with no length: refused once it outgrows the limit.
        byte[] big = new byte[(int) limit + 1];
        byte[] pdf = TestDocuments.pdf();
        System.arraycopy(pdf, 0, big, 0, pdf.length);
        raw("CONTRACT", "big.pdf", "en").contentType("application/pdf")
                .body(new java.io.ByteArrayInputStream(big)).post(documents()).then().statusCode(413)
                .body("detail", containsString(String.valueOf(limit)));
        byte[] justRight = Arrays.copyOf(big, (int) limit);
        upload(justRight, "application/pdf", "TECHNICAL_DESCRIPTION", "just right.pdf");
        assertEquals(1, listed().size());
    }

    @Test
    void onlyTheExporterAddsAndOnlyWhileTheApplicationIsItsOwn() {
        String otherKey = TestKeys.exporterKey(TestKeys.newExporter("Nosy Co."));
        given().auth().oauth2(otherKey).contentType("application/pdf").queryParam("kind", "CONTRACT")
                .queryParam("fileName", "x.pdf").queryParam("language", "en").body(TestDocuments.pdf())
                .post(documents()).then().statusCode(404);
        given().auth().oauth2(otherKey).get(documents()).then().statusCode(404);
        String importerKey = TestKeys.importerKey(consignee);
        given().auth().oauth2(importerKey).get(documents()).then().statusCode(403);

        String id = upload(TestDocuments.pdf(), "application/pdf", "CONTRACT", "contract.pdf").path("id");
        // Documents are part of the application: adding one gave the permit a new ETag.
        String current = given().auth().oauth2(exporterKey).get("/api/v1/permits/" + permit.number()).header("ETag");
        assertEquals(false, current.equals(permit.etag()));
        TestPermits.act(new TestPermits.Ref(permit.number(), current), "submit", exporterKey, null);
        raw("OTHER", "late.pdf", "en").contentType("application/pdf").body(TestDocuments.pdf()).post(documents())
                .then().statusCode(409).body("detail", containsString("SUBMITTED"));
        given().auth().oauth2(exporterKey).delete(documents() + "/" + id).then().statusCode(409);
        assertEquals(1, listed().size());
    }

    /**
     * An instance that has no copy of a document (another instance took the upload, or the copy was
     * evicted or swept from the disk) reads it from the store, whole and in ranges.
     */
    @Test
    void withoutALocalCopyTheBytesComeFromTheStore() throws Exception {
        // Stored in three rows, the last of them short.
        byte[] pdf = new byte[2 * 1024 * 1024 + 12_345];
        new Random(7).nextBytes(pdf);
        byte[] start = TestDocuments.pdf();
        System.arraycopy(start, 0, pdf, 0, start.length);
        var created = upload(pdf, "application/pdf", "CONTRACT", "contract.pdf");
        String content = created.path("contentHref");
        copies.forget(UUID.fromString(created.path("id")));
        byte[] tail = given().auth().oauth2(exporterKey).header("Range", "bytes=-6").get(content)
                .then().statusCode(206).header("Content-Length", "6").extract().asByteArray();
        assertArrayEquals(Arrays.copyOfRange(pdf, pdf.length - 6, pdf.length), tail);

        try (Stream<Path> files = Files.list(copies.directory())) {
            for (Path copy : files.toList()) {
                Files.deleteIfExists(copy);
            }
        }
        assertArrayEquals(pdf, given().auth().oauth2(TestKeys.AUTHORITY).get(content).then().statusCode(200)
                .header("Content-Length", String.valueOf(pdf.length)).extract().asByteArray());
    }

    @Test
    void rangesResumeADownload() {
        byte[] pdf = TestDocuments.pdf();
        var created = upload(pdf, "application/pdf", "CONTRACT", "contract.pdf");
        String content = created.path("contentHref");
        String etag = created.header("ETag");
        byte[] head = given().auth().oauth2(exporterKey).header("Range", "bytes=0-9").get(content)
                .then().statusCode(206).header("Content-Range", "bytes 0-9/" + pdf.length)
                .header("Content-Length", "10").extract().asByteArray();
        assertArrayEquals(Arrays.copyOf(pdf, 10), head);
        byte[] tail = given().auth().oauth2(exporterKey).header("Range", "bytes=-6").get(content)
                .then().statusCode(206).extract().asByteArray();
        assertArrayEquals(Arrays.copyOfRange(pdf, pdf.length - 6, pdf.length), tail);
        given().auth().oauth2(exporterKey).header("Range", "bytes=" + pdf.length + "-").get(content)
                .then().statusCode(416).header("Content-Range", "bytes */" + pdf.length);
        given().auth().oauth2(exporterKey).header("Range", "bytes=0-9").header("If-Range", "\"other\"").get(content)
                .then().statusCode(200).header("Content-Length", String.valueOf(pdf.length));
        given().auth().oauth2(exporterKey).header("If-None-Match", etag).get(content).then().statusCode(304);
        given().auth().oauth2(exporterKey).header("If-None-Match", etag).get((String) created.header("Location"))
                .then().statusCode(304);
    }
}
