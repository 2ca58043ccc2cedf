package io.exportpermits.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exportpermits.support.TestKeys;
import io.exportpermits.support.TestPermits;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

@QuarkusTest
class EventFeedTest {
    @Inject
    EventLog events;
    @Inject
    DataSource dataSource;
    @Inject
    EventSignals signals;
    @ConfigProperty(name = "export-permits.db.schema")
    String schema;

    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    private String exporterId;
    private String exporterKey;
    private String consignee;

    @BeforeEach
    void tenant() {
        exporterId = TestKeys.newExporter("Feed Exporter");
        exporterKey = TestKeys.exporterKey(exporterId);
        consignee = TestKeys.newParty(exporterKey, "Feed Importer");
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    /** Reads the feed from {@code after} until it is caught up, returning the events and the final cursor. */
    private record Read(List<Map<String, Object>> items, String next) {
        List<String> types() {
            return items.stream().map(i -> (String) i.get("type")).toList();
        }

        List<String> ids() {
            return items.stream().map(i -> (String) i.get("id")).toList();
        }
    }

    private static Read readAll(String key, String after, String types) {
        List<Map<String, Object>> items = new ArrayList<>();
        String cursor = after;
        boolean more = true;
        while (more) {
            var request = given().auth().oauth2(key).queryParam("limit", 200);
            if (cursor != null) {
                request.queryParam("after", cursor);
            }
            if (types != null) {
                request.queryParam("types", types);
            }
            JsonPath page = request.get("/api/v1/events").then().statusCode(200).extract().jsonPath();
            items.addAll(page.getList("items"));
            cursor = page.getString("next");
            more = page.getBoolean("more");
        }
        return new Read(items, cursor);
    }

    @Test
    void permitChangesAppearInOrderWithTheStatusAndItsTag() {
        String start = readAll(exporterKey, null, null).next();
        TestPermits.Ref permit = TestPermits.inState("UNDER_REVIEW", exporterKey, consignee);
        Read read = readAll(exporterKey, start, "permit.created,permit.submitted,permit.accepted");
        assertEquals(List.of("permit.created", "permit.submitted", "permit.accepted"), read.types());
        Map<String, Object> last = read.items().get(2);
        assertEquals(Map.of("type", "permit", "id", permit.number(), "href", "/api/v1/permits/" + permit.number()),
                last.get("subject"));
        String statusTag = given().auth().oauth2(exporterKey).get("/api/v1/permits/" + permit.number() + "/status")
                .then().extract().header("ETag");
        assertEquals(statusTag, last.get("etag"));
        assertEquals("UNDER_REVIEW", ((Map<?, ?>) last.get("data")).get("status"));
        assertEquals(0, readAll(exporterKey, read.next(), null).items().size(), "nothing is read twice");
    }

    @Test
    void eachTenantReadsOnlyWhatItMaySee() {
        String importerKey = TestKeys.importerKey(consignee);
        String strangerKey = TestKeys.importerKey(TestKeys.newParty(TestKeys.AUTHORITY, "Feed Stranger"));
        String otherExporterKey = TestKeys.exporterKey(TestKeys.newExporter("Feed Other"));
        String importerStart = readAll(importerKey, null, null).next();
        String strangerStart = readAll(strangerKey, null, null).next();
        String otherStart = readAll(otherExporterKey, null, null).next();
        TestPermits.Ref permit = TestPermits.draft(exporterKey, consignee);

        assertTrue(readAll(importerKey, importerStart, "permit.created").items().stream()
                .anyMatch(i -> ((Map<?, ?>) i.get("subject")).get("id").equals(permit.number())));
        for (var other : List.of(new String[] {strangerKey, strangerStart}, new String[] {otherExporterKey, otherStart})) {
            assertTrue(readAll(other[0], other[1], "permit.created").items().stream()
                    .noneMatch(i -> ((Map<?, ?>) i.get("subject")).get("id").equals(permit.number())));
        }
    }

    @Test
    void aTransactionThatCommitsLateIsNeitherMissedNorRepeated() throws Exception {
        String start = readAll(exporterKey, null, null).next();
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        String heldAddress = "Held " + UUID.randomUUID();
        Map<String, Object> heldExporter = new HashMap<>(given().auth().oauth2(exporterKey)
                .get("/api/v1/exporters/" + exporterId).then().statusCode(200).extract().jsonPath().getMap(""));
        heldExporter.put("address", heldAddress);
        // The trap: this transaction takes its event's position first, but commits after a later one.
        Future<?> held = executor.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
            events.emit(EventType.EXPORTER_UPDATED, SubjectType.EXPORTER, exporterId,
                    Audience.exporter(UUID.fromString(exporterId)), heldExporter, "\"held\"");
            written.countDown();
            await(release);
        }));
        assertTrue(written.await(10, TimeUnit.SECONDS));
        given().auth().oauth2(exporterKey).contentType(ContentType.JSON).body(Map.of("address", "1 Late Street"))
                .patch("/api/v1/exporters/" + exporterId).then().statusCode(200);

        Read whileHeld = readAll(exporterKey, start, "exporter.updated");
        assertEquals(List.of(), whileHeld.items(), "a later commit must wait for the earlier position");

        release.countDown();
        held.get(10, TimeUnit.SECONDS);
        Read after = readAll(exporterKey, whileHeld.next(), "exporter.updated");
        assertEquals(2, after.items().size());
        assertEquals(heldAddress, ((Map<?, ?>) after.items().get(0).get("data")).get("address"));
        assertEquals("1 Late Street", ((Map<?, ?>) after.items().get(1).get("data")).get("address"));
        long[] seqs = seqOf(after.ids());
        assertTrue(seqs[0] < seqs[1], "the held event was numbered first, committed last");
        assertEquals(0, readAll(exporterKey, after.next(), null).items().size());
    }

    @Test
    void aLongPollAnswersAsSoonAsAVisibleEventCommits() throws Exception {
        String start = readAll(exporterKey, null, null).next();
        long began = System.nanoTime();
        Future<JsonPath> poll = executor.submit(() -> given().auth().oauth2(exporterKey)
                .queryParam("after", start).queryParam("wait", 20).get("/api/v1/events")
                .then().statusCode(200).extract().jsonPath());
        Thread.sleep(500);
        given().auth().oauth2(exporterKey).contentType(ContentType.JSON).body(Map.of("address", "2 Prompt Road"))
                .patch("/api/v1/exporters/" + exporterId).then().statusCode(200);
        JsonPath page = poll.get(15, TimeUnit.SECONDS);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);
        assertEquals("exporter.updated", page.getString("items[0].type"));
        assertTrue(millis < 10_000, "answered after " + millis + " ms, not at the end of the wait");
    }

    @Test
    void everyInstanceIsToldOfACommittedEventByANotifyAfterTheCommit() throws Exception {
        try (Connection listening = dataSource.getConnection(); Statement statement = listening.createStatement()) {
            statement.execute("LISTEN \"" + schema + "_events\"");
            given().auth().oauth2(exporterKey).contentType(ContentType.JSON).body(Map.of("address", "3 Herald Lane"))
                    .patch("/api/v1/exporters/" + exporterId).then().statusCode(200);
            PGNotification[] told = listening.unwrap(PGConnection.class).getNotifications(5000);
            assertNotNull(told, "no NOTIFY within 5 s of the commit");
            assertTrue(told.length > 0);
        }
    }

    @Test
    void aStreamOfCommitsIsAnnouncedAtMostOnceInFiveMilliseconds() throws Exception {
        try (Connection listening = dataSource.getConnection(); Statement statement = listening.createStatement()) {
            statement.execute("LISTEN \"" + schema + "_events\"");
            PGConnection postgres = listening.unwrap(PGConnection.class);
            long began = System.nanoTime();
            for (int commit = 0; commit < 200; commit++) {
                signals.announce();
                TimeUnit.MICROSECONDS.sleep(500);
            }
            TimeUnit.MILLISECONDS.sleep(50);
            int told = 0;
            for (PGNotification[] batch; (batch = postgres.getNotifications(1)) != null && batch.length > 0; ) {
                // Another process on this database (a packaged jar, a second test run) may announce too.
                told += (int) Arrays.stream(batch).filter(n -> n.getParameter().equals(signals.sender())).count();
            }
            // Measured once the last NOTIFY is read: background writers (day events, webhooks) announce too,
            // and whatever they sent while this read went on counts within the same limit.
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);
            assertTrue(told >= 1, "the commits were never announced");
            // One NOTIFY per commit would be 200; with a pause of 5 ms after each, at most one per 5 ms.
            assertTrue(told <= millis / 5 + 2, told + " NOTIFYs in " + millis + " ms");
        }
    }

    @Test
    void aLongPollWithNothingNewEndsEmptyAfterItsWait() {
        String start = readAll(exporterKey, null, null).next();
        long began = System.nanoTime();
        given().auth().oauth2(exporterKey).queryParam("after", start).queryParam("wait", 1)
                .queryParam("types", "permit.revoked").get("/api/v1/events")
                .then().statusCode(200).body("items.size()", equalTo(0)).body("more", equalTo(false));
        assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began) >= 900);
    }

    @Test
    void badFeedParametersAre400sNamingThem() {
        given().auth().oauth2(exporterKey).queryParam("types", "permit.exploded").get("/api/v1/events")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("types"));
        given().auth().oauth2(exporterKey).queryParam("after", "bm90LWEtY3Vyc29y").get("/api/v1/events")
                .then().statusCode(400).body("errors[0].field", equalTo("after"));
        given().auth().oauth2(exporterKey).queryParam("wait", 31).get("/api/v1/events")
                .then().statusCode(400).body("errors[0].field", equalTo("wait"));
    }

    @Test
    void theDocumentedListNamesEveryEventType() {
        assertEquals(Arrays.stream(EventType.values()).map(t -> t.wireName).toList(),
                Arrays.asList(EventType.LIST.split(", ")));
    }

    private long[] seqOf(List<String> ids) throws Exception {
        long[] seqs = new long[ids.size()];
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("select seq from event where id = ?")) {
            for (int i = 0; i < ids.size(); i++) {
                query.setObject(1, UUID.fromString(ids.get(i)));
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    seqs[i] = row.getLong(1);
                }
            }
        }
        return seqs;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
