package io.exportpermits.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.exportpermits.support.TestPermits;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two packaged instances on one database and one Redis, behind HAProxy on loopback, as several replicas
 * run in production: what one instance does, the other must know. `scripts/two-instances` runs it alone;
 * `./mvnw verify` runs it with the other packaged-jar tests. Without HAProxy or Redis it is skipped,
 * unless TWO_INSTANCES=required (as CI sets, after installing and starting them).
 */
class TwoInstancesIT {
    private static final String SCHEMA = "export_permits_two";
    private static final String AUTHORITY = "ep_two_instances_authority_key";
    private static final int STRICT_PER_MINUTE = 6;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static PackagedService a;
    private static PackagedService b;
    private static Process haproxy;
    private static URI balancer;
    private static String exporterKey;
    private static String consignee;

    @BeforeAll
    static void start() throws Exception {
        boolean haproxyInstalled = Files.isExecutable(Path.of("/usr/sbin/haproxy"));
        boolean redisListening = listening(6379);
        assumeTrue("required".equals(System.getenv("TWO_INSTANCES")) || haproxyInstalled && redisListening,
                "needs HAProxy (apt-get install haproxy) and Redis on 127.0.0.1:6379");
        PackagedService.dropSchema(SCHEMA);
        Map<String, String> settings = Map.of(
                "EXPORT_PERMITS_RATE_LIMIT_STORE", "redis",
                "EXPORT_PERMITS_RATE_LIMIT_REDIS_KEY_PREFIX", "two-instances-" + UUID.randomUUID() + ":",
                "EXPORT_PERMITS_RATE_LIMIT_KEYED_PER_MINUTE", "100000000",
                "EXPORT_PERMITS_RATE_LIMIT_ANONYMOUS_PER_MINUTE", "100000000",
                "EXPORT_PERMITS_RATE_LIMIT_STRICT_PER_MINUTE", String.valueOf(STRICT_PER_MINUTE),
                "EXPORT_PERMITS_WEBHOOKS_ALLOW_HTTP", "true",
                "EXPORT_PERMITS_WEBHOOKS_ALLOW_PRIVATE_TARGETS", "true");
        a = new PackagedService(SCHEMA, AUTHORITY, settings);
        b = new PackagedService(SCHEMA, AUTHORITY, settings);
        // Both at once on the empty schema, as replicas start: Flyway's lock lets one migrate, the other waits.
        a.start("two-instances-a");
        b.start("two-instances-b");
        a.awaitReady(HTTP);
        b.awaitReady(HTTP);
        int port = freePort();
        Path config = Path.of("target", "two-instances-haproxy.cfg");
        Files.writeString(config, """
                global
                  maxconn 512
                defaults
                  mode http
                  timeout connect 2s
                  timeout client 30s
                  timeout server 30s
                frontend api
                  bind 127.0.0.1:%d
                  default_backend services
                backend services
                  balance roundrobin
                  option httpchk GET /q/health/ready
                  http-check expect status 200
                  default-server inter 300ms fall 2 rise 2
                  server a %s check
                  server b %s check
                """.formatted(port, "127.0.0.1:" + a.uri("").getPort(), "127.0.0.1:" + b.uri("").getPort()));
        haproxy = new ProcessBuilder("/usr/sbin/haproxy", "-db", "-f", config.toString())
                .redirectErrorStream(true).redirectOutput(Path.of("target", "two-instances-haproxy.log").toFile()).start();
        balancer = URI.create("http://127.0.0.1:" + port);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!listening(port) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        String exporterId = json(send(balancer, "POST", "/api/v1/exporters", AUTHORITY, Map.of(), """
                {"legalName":"Two Instances Exporter","country":"US","nationalIdentifier":"TWO-1",
                 "address":"2 Replica Road","contact":{"name":"T","email":"t@example.com"}}""")).path("id").asText();
        exporterKey = json(send(balancer, "POST", "/api/v1/api-keys", AUTHORITY, Map.of(),
                "{\"name\":\"erp\",\"role\":\"EXPORTER\",\"exporterId\":\"" + exporterId + "\"}")).path("secret").asText();
        consignee = json(send(balancer, "POST", "/api/v1/parties", exporterKey, Map.of(),
                "{\"name\":\"Two Instances Buyer\",\"country\":\"DE\"}")).path("id").asText();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (haproxy != null) {
            haproxy.destroyForcibly().waitFor();
        }
        if (a != null) {
            a.kill();
            b.kill();
        }
    }

    @Test
    void instancesStartedTogetherOnAnEmptySchemaMigrateItOnce() throws Exception {
        try (Connection db = DriverManager.getConnection(PackagedService.DATABASE, "postgres", "");
             PreparedStatement query = db.prepareStatement("select count(*), count(distinct version), "
                     + "bool_and(success) from " + SCHEMA + ".flyway_schema_history where version is not null");
             ResultSet row = query.executeQuery()) {
            row.next();
            assertTrue(row.getInt(1) > 20, "the migrations ran");
            assertEquals(row.getInt(1), row.getInt(2), "each migration once");
            assertTrue(row.getBoolean(3));
        }
    }

    @Test
    void aKeyRevokedOnOneInstanceIsRefusedByTheOtherWithinASecond() throws Exception {
        JsonNode created = json(send(a.uri(""), "POST", "/api/v1/api-keys", AUTHORITY, Map.of(),
                "{\"name\":\"to revoke\",\"role\":\"AUTHORITY\"}"));
        String secret = created.path("secret").asText();
        assertEquals(200, send(b.uri(""), "GET", "/api/v1/api-keys/current", secret, Map.of(), null).statusCode(),
                "the other instance knows (and caches) the key");
        assertEquals(204, send(a.uri(""), "DELETE", "/api/v1/api-keys/" + created.path("key").path("id").asText(),
                AUTHORITY, Map.of(), null).statusCode());
        long revoked = System.nanoTime();
        int status;
        do {
            status = send(b.uri(""), "GET", "/api/v1/api-keys/current", secret, Map.of(), null).statusCode();
        } while (status == 200 && System.nanoTime() - revoked < TimeUnit.SECONDS.toNanos(3));
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - revoked);
        assertEquals(401, status);
        assertTrue(millis <= 1_000, "refused by the other instance after " + millis + " ms");
    }

    /**
     * Each change made through one instance, then polls of the other with the tag from before. The other
     * forgets its cached key when it reads the change's event, which the writer announces just after its
     * commit: milliseconds later, not before the writer's answer. Within a quarter of a second, then: an
     * unannounced change would take up to the listener's quiet read a second later, and a cache nobody
     * tells would answer 304 for its ten minutes.
     */
    @Test
    void aStatusChangedThroughOneInstanceIsAnsweredWithTheNewTagByTheOtherWithinMilliseconds() throws Exception {
        String number = draft(a.uri(""));
        String tag = send(a.uri(""), "GET", "/api/v1/permits/" + number, exporterKey, Map.of(), null)
                .headers().firstValue("ETag").orElseThrow();
        List<String[]> steps = List.of(new String[]{"submit", exporterKey, "{}"},
                new String[]{"accept", AUTHORITY, "{}"},
                new String[]{"approve", AUTHORITY, JSON.writeValueAsString(TestPermits.approval(TestPermits.VALID_FROM,
                        TestPermits.VALID_UNTIL))});
        for (String[] step : steps) {
            HttpResponse<String> before = send(b.uri(""), "GET", "/api/v1/permits/" + number + "/status", exporterKey,
                    Map.of(), null);
            String statusTag = before.headers().firstValue("ETag").orElseThrow();
            assertEquals(304, send(b.uri(""), "GET", "/api/v1/permits/" + number + "/status", exporterKey,
                    Map.of("If-None-Match", statusTag), null).statusCode(), "the other instance has it cached");
            HttpResponse<String> changed = send(a.uri(""), "POST", "/api/v1/permits/" + number + "/" + step[0], step[1],
                    Map.of("If-Match", tag), step[2]);
            assertEquals(200, changed.statusCode(), changed.body());
            tag = changed.headers().firstValue("ETag").orElseThrow();
            long answered = System.nanoTime();
            HttpResponse<String> after;
            do {
                after = send(b.uri(""), "GET", "/api/v1/permits/" + number + "/status", exporterKey,
                        Map.of("If-None-Match", statusTag), null);
            } while (after.statusCode() == 304 && System.nanoTime() - answered < TimeUnit.MILLISECONDS.toNanos(250));
            assertEquals(200, after.statusCode(), step[0] + ": still answered with the tag from before the change "
                    + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - answered) + " ms after it");
            assertNotEquals(statusTag, after.headers().firstValue("ETag").orElseThrow());
        }
    }

    /** The strict plan through both instances in turn: one allowance, not one each. */
    @Test
    void theRateLimitIsOneLimitAcrossBothInstances() throws Exception {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i <= STRICT_PER_MINUTE; i++) {
            URI instance = (i % 2 == 0 ? a : b).uri("");
            statuses.add(send(instance, "GET", "/api/v1/permit-verifications?number=EP-2026-000001&checkCode=guess" + i,
                    null, Map.of(), null).statusCode());
        }
        assertEquals(List.of(200, 200, 200, 200, 200, 200, 429), statuses);
    }

    /** The day acceptance is due (5 working days after receipt) is counted on each read, with the calendar. */
    @Test
    void aHolidayEnteredOnOneInstanceAppliesOnTheOtherWithinFiveSeconds() throws Exception {
        String number = draft(balancer);
        String tag = send(balancer, "GET", "/api/v1/permits/" + number, exporterKey, Map.of(), null)
                .headers().firstValue("ETag").orElseThrow();
        send(balancer, "POST", "/api/v1/permits/" + number + "/submit", exporterKey, Map.of("If-Match", tag), "{}");
        String due = acceptanceDueOn(b.uri(""), number);
        LocalDate holiday = LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1);
        while (holiday.getDayOfWeek() == DayOfWeek.SATURDAY || holiday.getDayOfWeek() == DayOfWeek.SUNDAY) {
            holiday = holiday.plusDays(1);
        }
        try {
            assertEquals(200, send(a.uri(""), "PUT", "/api/v1/holidays/" + holiday, AUTHORITY, Map.of(),
                    "{\"name\":\"Two instances test day\"}").statusCode());
            long entered = System.nanoTime();
            assertNotEquals(due, acceptanceDueOn(a.uri(""), number), "at once on the instance that took it");
            String moved;
            do {
                Thread.sleep(100);
                moved = acceptanceDueOn(b.uri(""), number);
            } while (moved.equals(due) && System.nanoTime() - entered < TimeUnit.SECONDS.toNanos(8));
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - entered);
            assertNotEquals(due, moved, "the day moves by the holiday " + holiday);
            assertTrue(millis <= 5_300, "applied on the other instance after " + millis + " ms");
        } finally {
            send(a.uri(""), "DELETE", "/api/v1/holidays/" + holiday, AUTHORITY, Map.of(), null);
        }
    }

    /**
     * A subscription, then writes through the balancer (so through both instances, each with its delivery
     * worker): every event arrives once, and the feed reads the same from either instance.
     */
    @Test
    void webhooksArriveOncePerEventAndTheFeedReadsTheSameFromBoth() throws Exception {
        Map<String, AtomicInteger> received = new ConcurrentHashMap<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            received.computeIfAbsent(exchange.getRequestHeaders().getFirst("webhook-id"), id -> new AtomicInteger())
                    .incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks";
            HttpResponse<String> subscribed = send(balancer, "POST", "/api/v1/webhook-subscriptions", exporterKey,
                    Map.of(), "{\"url\":\"" + url + "\",\"eventTypes\":[\"permit.created\"]}");
            assertEquals(201, subscribed.statusCode(), subscribed.body());
            List<String> permits = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                permits.add(draft(balancer));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (received.size() < permits.size() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            Thread.sleep(1_000); // long enough for a second delivery of any event to arrive too
            assertEquals(permits.size(), received.size(), "one event per permit created");
            received.forEach((event, times) -> assertEquals(1, times.get(), event + " delivered " + times + " times"));

            List<String> fromA = feed(a.uri(""));
            assertEquals(fromA, feed(b.uri("")));
            assertTrue(fromA.containsAll(received.keySet()), "the feed holds every delivered event");
        } finally {
            receiver.stop(0);
        }
    }

    /**
     * Six clients create parties through the balancer with Idempotency-Keys while one instance is killed
     * with SIGKILL; every request that got no answer (or a 5xx from the balancer) is sent again with its
     * key until answered. Then every party exists exactly once: nothing lost, nothing counted twice.
     */
    @Test
    void killingOneInstanceUnderLoadLosesNothingAndCountsNothingTwice() throws Exception {
        String run = UUID.randomUUID().toString();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger retried = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<List<String>>> clients = new ArrayList<>();
        for (int c = 0; c < 6; c++) {
            int client = c;
            clients.add(pool.submit(() -> {
                List<String> names = new ArrayList<>();
                for (int i = 0; running.get(); i++) {
                    String name = "Kill " + run + " " + client + "-" + i;
                    String body = "{\"name\":\"" + name + "\",\"country\":\"IT\"}";
                    Map<String, String> idempotency = Map.of("Idempotency-Key", name.replace(' ', '-'));
                    for (int attempt = 0; ; attempt++) {
                        assertTrue(attempt < 100, name + " never answered");
                        sent.incrementAndGet();
                        try {
                            HttpResponse<String> response = send(balancer, "POST", "/api/v1/parties", exporterKey,
                                    idempotency, body);
                            if (response.statusCode() == 201) {
                                break;
                            }
                            assertTrue(response.statusCode() >= 500 || response.statusCode() == 409,
                                    name + ": " + response.statusCode() + " " + response.body());
                        } catch (IOException e) {
                            // no answer: the instance died with the request; send it again
                        }
                        retried.incrementAndGet();
                        Thread.sleep(100);
                    }
                    names.add(name);
                }
                return names;
            }));
        }
        Thread.sleep(2_000);
        b.kill();
        Thread.sleep(3_000);
        running.set(false);
        List<String> acknowledged = new ArrayList<>();
        for (Future<List<String>> client : clients) {
            acknowledged.addAll(client.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        b.start("two-instances-b-restarted");
        b.awaitReady(HTTP);

        Map<String, Integer> stored = new HashMap<>();
        try (Connection db = DriverManager.getConnection(PackagedService.DATABASE, "postgres", "");
             PreparedStatement query = db.prepareStatement("select name, count(*) from " + SCHEMA
                     + ".party where name like ? group by name")) {
            query.setString(1, "Kill " + run + " %");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    stored.put(rows.getString(1), rows.getInt(2));
                }
            }
        }
        assertFalse(acknowledged.isEmpty());
        assertEquals(acknowledged.size(), stored.size(), "every party acknowledged is stored, and no other");
        stored.forEach((name, count) -> assertEquals(1, count, name + " stored " + count + " times"));
        assertTrue(retried.get() > 0, "the kill left requests to retry (" + sent + " sent)");
        System.out.printf("two instances: %d parties acknowledged, each stored once; %d requests sent, %d of them "
                + "retries after the kill%n", acknowledged.size(), sent.get(), retried.get());
    }

    private static String draft(URI instance) throws Exception {
        Map<String, Object> application = TestPermits.application(consignee, TestPermits.VALID_FROM,
                TestPermits.VALID_UNTIL);
        return json(send(instance, "POST", "/api/v1/permits", exporterKey, Map.of(),
                JSON.writeValueAsString(application))).path("number").asText();
    }

    private static String acceptanceDueOn(URI instance, String number) throws Exception {
        return json(send(instance, "GET", "/api/v1/permits/" + number, AUTHORITY, Map.of(), null))
                .path("statutoryClock").path("acceptanceDueOn").asText();
    }

    /** Every permit.created event id the instance's feed holds, in feed order. */
    private static List<String> feed(URI instance) throws Exception {
        List<String> ids = new ArrayList<>();
        String after = "";
        while (true) {
            JsonNode page = json(send(instance, "GET", "/api/v1/events?limit=200&types=permit.created" + after, AUTHORITY,
                    Map.of(), null));
            page.path("items").forEach(event -> ids.add(event.path("id").asText()));
            if (page.path("items").isEmpty()) {
                return ids;
            }
            after = "&after=" + page.path("next").asText();
        }
    }

    private static HttpResponse<String> send(URI base, String method, String path, String key,
                                             Map<String, String> headers, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        assertTrue(response.statusCode() < 300, response.statusCode() + " " + response.body());
        return JSON.readTree(response.body());
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
