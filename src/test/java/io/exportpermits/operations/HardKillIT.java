package io.exportpermits.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.exportpermits.support.TestPermits;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Concurrent writes with Idempotency-Keys against the packaged service, SIGKILL in the middle, a restart,
 * the unanswered requests retried with their keys; then nothing acknowledged may be missing, nothing may
 * be half written or counted twice, and the event feed must hold exactly one event per change.
 * `scripts/hard-kill` runs it on its own; `./mvnw verify` runs it with the other packaged-jar tests.
 */
class HardKillIT {
    private static final String SCHEMA = "export_permits_hardkill";
    private static final String AUTHORITY = "ep_hardkill_authority_key";
    private static final int WORKERS = 6;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One write as sent, so that it can be sent again byte for byte. */
    private record Write(String permit, String action, String method, String path, String key, String ifMatch,
                         String body, String idempotencyKey) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final PackagedService service = new PackagedService(SCHEMA, AUTHORITY,
            Map.of("EXPORT_PERMITS_RATE_LIMIT_KEYED_PER_MINUTE", "100000000"));

    @AfterEach
    void stop() throws InterruptedException {
        service.kill();
    }

    @Test
    void aKilledServiceLosesNothingAcknowledgedAndCountsNothingTwice() throws Exception {
        PackagedService.dropSchema(SCHEMA);
        start(1);
        String exporterId = read(send(new Write(null, null, "POST", "/api/v1/exporters", AUTHORITY, null,
                "{\"legalName\":\"Kill Test Exporter\",\"country\":\"US\",\"nationalIdentifier\":\"KILL-1\","
                        + "\"address\":\"1 Crash Road\",\"contact\":{\"name\":\"K\",\"email\":\"k@example.com\"}}", null)))
                .path("id").asText();
        String exporterKey = read(send(new Write(null, null, "POST", "/api/v1/api-keys", AUTHORITY, null,
                "{\"name\":\"erp\",\"role\":\"EXPORTER\",\"exporterId\":\"" + exporterId + "\"}", null))).path("secret").asText();
        String party = read(send(new Write(null, null, "POST", "/api/v1/parties", exporterKey, null,
                "{\"name\":\"Kill Test Buyer\",\"country\":\"DE\"}", null))).path("id").asText();

        Map<String, List<String>> acknowledged = new ConcurrentHashMap<>(); // permit -> actions answered 2xx
        List<Write> unanswered = new java.util.concurrent.CopyOnWriteArrayList<>();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < WORKERS; w++) {
            workers.add(pool.submit(() -> {
                while (running.get()) {
                    if (!lifecycle(exporterKey, party, acknowledged, unanswered)) {
                        return null; // its last request went unanswered: retried after the restart
                    }
                }
                return null;
            }));
        }
        Thread.sleep(4000);
        service.kill();
        running.set(false);
        for (Future<?> worker : workers) {
            worker.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertTrue(acknowledged.size() >= WORKERS, "load ran before the kill: " + acknowledged.size() + " permits");
        assertTrue(!unanswered.isEmpty(), "the kill caught requests in flight");

        start(2);
        int replayed = 0;
        for (Write write : unanswered) {
            HttpResponse<String> answer = send(write);
            replayed += answer.headers().firstValue("Idempotent-Replayed").isPresent() ? 1 : 0;
            assertTrue(answer.statusCode() / 100 == 2, write + " retried: " + answer.statusCode() + " " + answer.body());
            String permit = write.permit() != null ? write.permit() : read(answer).path("number").asText();
            acknowledged.computeIfAbsent(permit, p -> new java.util.concurrent.CopyOnWriteArrayList<>()).add(write.action());
        }

        System.out.printf("hard kill: %d permits, %d acknowledged writes before the kill, %d unanswered and retried "
                        + "(%d of them had committed and were replayed)%n", acknowledged.size(),
                acknowledged.values().stream().mapToInt(List::size).sum() - unanswered.size(), unanswered.size(), replayed);
        for (Map.Entry<String, List<String>> permit : acknowledged.entrySet()) {
            JsonNode history = read(send(new Write(null, null, "GET", "/api/v1/permits/" + permit.getKey()
                    + "/history?limit=200", AUTHORITY, null, null, null)));
            List<String> recorded = new ArrayList<>();
            history.path("items").forEach(entry -> recorded.add(entry.path("action").asText()));
            assertEquals(permit.getValue(), recorded, "every acknowledged change of " + permit.getKey()
                    + " is recorded, once, in order");
        }
        try (Connection db = DriverManager.getConnection(PackagedService.DATABASE + "?currentSchema=" + SCHEMA, "postgres", "")) {
            assertEquals(0, count(db, "select count(*) from permit p where not exists "
                    + "(select 1 from permit_line l where l.permit_id = p.id)"), "permits without lines");
            assertEquals(0, count(db, "select count(*) from permit p where not exists "
                    + "(select 1 from permit_history h where h.permit_id = p.id and h.action = 'create')"),
                    "permits without their creation record");
            assertEquals(0, count(db, """
                    select count(*) from permit_line l
                    where l.shipped_quantity <> coalesce((select sum(s.quantity) from shipment_line s
                        join shipment sh on sh.id = s.shipment_id
                        where sh.permit_id = l.permit_id and s.line_number = l.line_number), 0)
                       or l.approved_quantity - l.shipped_quantity < 0"""), "lines whose shipped quantity is not "
                    + "the sum of their shipments");
            assertEquals(0, count(db, """
                    select count(*) from permit p
                    where (select count(*) from event e where e.subject_type = 'permit' and e.subject_id = p.number)
                       <> (select count(*) from permit_history h where h.permit_id = p.id)"""),
                    "permits whose events do not match their changes one to one");
            assertEquals(count(db, "select count(*) from permit"), acknowledged.size(),
                    "no permit exists that no client was told about, after the retries");
        }
    }

    /** One permit through its life; false as soon as a request goes unanswered. */
    private boolean lifecycle(String exporterKey, String party, Map<String, List<String>> acknowledged,
                              List<Write> unanswered) throws IOException, InterruptedException {
        String application = "{\"type\":\"INDIVIDUAL\",\"consignee\":{\"id\":\"" + party + "\"},\"endUser\":"
                + "{\"name\":\"Motor Works GmbH\",\"country\":\"DE\"},\"endUserKind\":\"COMMERCIAL\",\"endUse\":\"Magnets\","
                + "\"destination\":\"DE\",\"requestedValidFrom\":\"" + TestPermits.VALID_FROM + "\",\"requestedValidUntil\":\""
                + TestPermits.VALID_UNTIL + "\","
                + "\"lines\":[{\"controlCode\":\"1C902.b\",\"description\":\"Samarium oxide\",\"quantity\":\"500\","
                + "\"unit\":\"KGM\",\"value\":\"125000\",\"currency\":\"USD\"}]}";
        Write create = new Write(null, "create", "POST", "/api/v1/permits", exporterKey, null, application, uuid());
        HttpResponse<String> answer = attempt(create, unanswered);
        if (answer == null) {
            return false;
        }
        String number = read(answer).path("number").asText();
        String etag = answer.headers().firstValue("ETag").orElseThrow();
        acknowledged.put(number, new java.util.concurrent.CopyOnWriteArrayList<>(List.of("create")));
        List<Write> steps = new ArrayList<>();
        steps.add(new Write(number, "submit", "POST", "/api/v1/permits/" + number + "/submit", exporterKey, null, "{}", uuid()));
        steps.add(new Write(number, "accept", "POST", "/api/v1/permits/" + number + "/accept", AUTHORITY, null,
                "{}", uuid()));
        steps.add(new Write(number, "approve", "POST", "/api/v1/permits/" + number + "/approve", AUTHORITY, null,
                "{\"validFrom\":\"" + TestPermits.VALID_FROM + "\",\"validUntil\":\"" + TestPermits.VALID_UNTIL + "\"}", uuid()));
        for (int batch = 1; batch <= 3; batch++) {
            steps.add(new Write(number, "ship", "POST", "/api/v1/permits/" + number + "/shipments", exporterKey, null,
                    "{\"batchId\":\"B-" + batch + "\",\"lines\":[{\"lineNumber\":1,\"quantity\":\"10.125\"}]}", uuid()));
        }
        for (Write step : steps) {
            Write sent = step.action().equals("ship") ? step : withIfMatch(step, etag);
            answer = attempt(sent, unanswered);
            if (answer == null) {
                return false;
            }
            etag = answer.headers().firstValue("ETag").orElse(etag);
            acknowledged.get(number).add(step.action());
        }
        return true;
    }

    private static Write withIfMatch(Write write, String etag) {
        return new Write(write.permit(), write.action(), write.method(), write.path(), write.key(), etag, write.body(),
                write.idempotencyKey());
    }

    /** The answer, which must be 2xx; null (and the write remembered) when the service died first. */
    private HttpResponse<String> attempt(Write write, List<Write> unanswered) throws InterruptedException {
        try {
            HttpResponse<String> answer = send(write);
            assertTrue(answer.statusCode() / 100 == 2, write + ": " + answer.statusCode() + " " + answer.body());
            return answer;
        } catch (IOException e) {
            unanswered.add(write);
            return null;
        }
    }

    private HttpResponse<String> send(Write write) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(service.uri(write.path()))
                .timeout(Duration.ofSeconds(20)).header("Authorization", "Bearer " + write.key())
                .method(write.method(), write.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(write.body()));
        if (write.body() != null) {
            request.header("Content-Type", "application/json");
        }
        if (write.ifMatch() != null) {
            request.header("If-Match", write.ifMatch());
        }
        if (write.idempotencyKey() != null) {
            request.header("Idempotency-Key", write.idempotencyKey());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void start(int run) throws IOException, InterruptedException {
        service.start("hard-kill-run-" + run);
        service.awaitReady(http);
    }

    private static JsonNode read(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static String uuid() {
        return UUID.randomUUID().toString();
    }
}
