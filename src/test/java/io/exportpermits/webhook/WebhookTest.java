package io.exportpermits.webhook;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exportpermits.support.TestKeys;
import io.exportpermits.support.TestListings;
import io.exportpermits.support.TestPermits;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WebhookTest {
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Inject
    WebhookWorker worker;
    @Inject
    javax.sql.DataSource dataSource;

    private String exporterKey;
    private String consignee;

    @BeforeEach
    void tenant() {
        exporterKey = TestKeys.exporterKey(TestKeys.newExporter("Webhook Exporter"));
        consignee = TestKeys.newParty(exporterKey, "Webhook Buyer");
    }

    private JsonPath subscribe(String key, String url, List<String> types) {
        return given().auth().oauth2(key).contentType(ContentType.JSON)
                .body(Map.of("url", url, "description", "test receiver", "eventTypes", types))
                .post("/api/v1/webhook-subscriptions").then().statusCode(201).extract().jsonPath();
    }

    /** The receiver's own check, written from the Standard Webhooks text rather than shared with the service. */
    private static boolean signedWith(String secret, Receiver.Request request) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.replaceFirst("^whsec_", "")), "HmacSHA256"));
        String signed = request.id() + "." + request.timestamp() + "." + request.body();
        String expected = "v1," + Base64.getEncoder().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        return request.signature().equals(expected);
    }

    @Test
    void eventsArriveSignedInFeedOrderAndTheSecretIsShownOnce() throws Exception {
        try (Receiver receiver = new Receiver(0)) {
            JsonPath created = subscribe(exporterKey, receiver.url("/hooks"),
                    List.of("permit.created", "permit.submitted", "permit.accepted"));
            String secret = created.getString("secret");
            assertTrue(secret.startsWith("whsec_"));
            given().auth().oauth2(exporterKey).get("/api/v1/webhook-subscriptions/" + created.getString("subscription.id"))
                    .then().statusCode(200).body("$", not(hasKey("secret"))).body("enabled", equalTo(true));

            assertTrue(!stored(created.getString("subscription.id")).contains(secret.substring(6)),
                    "the secret is stored sealed, not as given out");

            TestPermits.Ref permit = TestPermits.inState("UNDER_REVIEW", exporterKey, consignee);
            List<Receiver.Request> got = receiver.await(r -> r.succeeded().size() >= 3, PATIENCE);
            assertEquals(3, got.size());
            for (Receiver.Request request : got) {
                assertTrue(signedWith(secret, request), "signature of " + request.id());
                assertEquals(request.id(), JsonPath.from(request.body()).getString("id"));
                assertEquals(permit.number(), JsonPath.from(request.body()).getString("subject.id"));
                assertTrue(Math.abs(Long.parseLong(request.timestamp()) - System.currentTimeMillis() / 1000) < 60);
            }
            assertEquals(List.of("permit.created", "permit.submitted", "permit.accepted"),
                    got.stream().map(r -> JsonPath.from(r.body()).getString("type")).toList());
        }
    }

    /** Integrators learn that a list change concerns their permits by webhook, without re-checking them all. */
    @Test
    void aListingThatNowNamesAPermitsPartyIsPushedAsScreeningChanged() throws Exception {
        try (Receiver receiver = new Receiver(0)) {
            subscribe(exporterKey, receiver.url("/lists"), List.of("permit.screening_changed"));
            String name = TestListings.newName();
            String partyId = TestKeys.newParty(exporterKey, name);
            TestPermits.Ref permit = TestPermits.draft(exporterKey, partyId);
            TestListings.add(TestListings.request(name, "WATCH", "2026-08-01"));
            List<Receiver.Request> got = receiver.await(r -> !r.succeeded().isEmpty(), PATIENCE);
            JsonPath event = JsonPath.from(got.get(0).body());
            assertEquals("permit.screening_changed", event.getString("type"));
            assertEquals(permit.number(), event.getString("subject.id"));
        }
        given().auth().oauth2(exporterKey).get("/api/v1/permits/" + TestPermits.draft(exporterKey, consignee).number())
                .then().statusCode(200).body("screening.outcome", equalTo("NO_MATCH"));
    }

    /** An importer organisation hears of permits naming any party linked to it, from every exporter, only those. */
    @Test
    void anImporterOrganisationIsToldOfThePermitsNamingItsLinkedParties() throws Exception {
        String importerId = TestKeys.newImporter("Webhook Importer", TestKeys.newLei());
        String otherExporterKey = TestKeys.exporterKey(TestKeys.newExporter("Webhook Exporter B"));
        String partyOfB = TestKeys.newParty(otherExporterKey, "Webhook Importer (B)");
        for (var link : Map.of(consignee, exporterKey, partyOfB, otherExporterKey).entrySet()) {
            given().auth().oauth2(link.getValue()).contentType(ContentType.JSON).body(Map.of("importerId", importerId))
                    .post("/api/v1/parties/" + link.getKey() + "/importer-link").then().statusCode(201);
        }
        try (Receiver receiver = new Receiver(0)) {
            subscribe(TestKeys.importerOrganisationKey(importerId), receiver.url("/importer"), List.of("permit.created"));
            TestPermits.draft(exporterKey, TestKeys.newParty(exporterKey, "Someone Else"));
            TestPermits.Ref fromA = TestPermits.draft(exporterKey, consignee);
            TestPermits.Ref fromB = TestPermits.draft(otherExporterKey, partyOfB);
            List<Receiver.Request> got = receiver.await(r -> r.succeeded().size() >= 2, PATIENCE);
            Thread.sleep(500);
            assertEquals(List.of(fromA.number(), fromB.number()), receiver.requests().stream()
                    .map(r -> JsonPath.from(r.body()).getString("subject.id")).toList());
            assertEquals(2, got.size());
        }
    }

    private String stored(String subscriptionId) throws Exception {
        try (var connection = dataSource.getConnection();
             var query = connection.prepareStatement("select secret from webhook_subscription where id = ?")) {
            query.setObject(1, java.util.UUID.fromString(subscriptionId));
            try (var row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    @Test
    void aFailingReceiverGetsRetriesAndLaterEventsWaitTheirTurn() throws Exception {
        try (Receiver receiver = new Receiver(2)) {
            String id = subscribe(exporterKey, receiver.url("/flaky"), List.of("permit.created", "permit.submitted"))
                    .getString("subscription.id");
            TestPermits.inState("SUBMITTED", exporterKey, consignee);
            List<Receiver.Request> got = receiver.await(r -> r.succeeded().size() >= 2, PATIENCE);
            List<String> types = got.stream().map(r -> JsonPath.from(r.body()).getString("type")).toList();
            assertEquals(List.of("permit.created", "permit.created", "permit.created", "permit.submitted"), types,
                    "two 500s, then success, and only then the next event");
            assertEquals(List.of(500, 500, 204, 204), got.stream().map(Receiver.Request::answered).toList());
            assertEquals(got.get(0).id(), got.get(2).id(), "a retry keeps its webhook-id");

            JsonPath log = given().auth().oauth2(exporterKey).get("/api/v1/webhook-subscriptions/" + id + "/deliveries")
                    .then().statusCode(200).extract().jsonPath();
            assertEquals(List.of("permit.submitted", "permit.created"), log.getList("items.eventType"));
            assertEquals(List.of("SUCCEEDED", "SUCCEEDED"), log.getList("items.state"));
            assertEquals(List.of(500, 500, 204), log.getList("items[1].attempts.statusCode"));
            assertEquals("HTTP 500", log.getString("items[1].attempts[0].error"));
        }
    }

    @Test
    void repeatedFailureDisablesTheSubscriptionWithAnEventAndReEnablingResetsIt() throws Exception {
        try (Receiver receiver = new Receiver(0)) {
            receiver.failAlways();
            String id = subscribe(exporterKey, receiver.url("/down"), List.of("permit.created", "permit.submitted"))
                    .getString("subscription.id");
            String feedStart = given().auth().oauth2(exporterKey).queryParam("types", "webhook_subscription.disabled")
                    .queryParam("limit", 200).get("/api/v1/events").then().extract().path("next");
            TestPermits.inState("SUBMITTED", exporterKey, consignee);
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            JsonPath subscription;
            do {
                Thread.sleep(100);
                subscription = given().auth().oauth2(exporterKey).get("/api/v1/webhook-subscriptions/" + id)
                        .then().statusCode(200).extract().jsonPath();
            } while (subscription.getBoolean("enabled") && System.nanoTime() < deadline);
            assertEquals(false, subscription.getBoolean("enabled"));
            assertEquals("6 consecutive failed attempts; last: HTTP 500", subscription.getString("disabledReason"));
            assertEquals(6, receiver.requests().size(), "4 attempts gave up the first delivery, 2 more disabled it");

            given().auth().oauth2(exporterKey).queryParam("after", feedStart)
                    .queryParam("types", "webhook_subscription.disabled").get("/api/v1/events")
                    .then().statusCode(200).body("items[0].subject.id", equalTo(id))
                    .body("items[0].data.enabled", equalTo(false));

            given().auth().oauth2(exporterKey).contentType(ContentType.JSON).body(Map.of("enabled", true))
                    .patch("/api/v1/webhook-subscriptions/" + id).then().statusCode(200)
                    .body("enabled", equalTo(true)).body("consecutiveFailures", equalTo(0))
                    .body("$", not(hasKey("disabledReason")));
        }
    }

    @Test
    void aGivenUpDeliveryCanBeRedeliveredWithItsWebhookId() throws Exception {
        try (Receiver receiver = new Receiver(4)) {
            String id = subscribe(exporterKey, receiver.url("/later"), List.of("permit.created"))
                    .getString("subscription.id");
            TestPermits.draft(exporterKey, consignee);
            receiver.await(r -> r.requests().size() >= 4, PATIENCE);
            JsonPath log;
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            do {
                Thread.sleep(50);
                log = given().auth().oauth2(exporterKey).get("/api/v1/webhook-subscriptions/" + id + "/deliveries")
                        .then().extract().jsonPath();
            } while (!"FAILED".equals(log.getString("items[0].state")) && System.nanoTime() < deadline);
            assertEquals("FAILED", log.getString("items[0].state"));

            given().auth().oauth2(exporterKey).post("/api/v1/webhook-subscriptions/" + id + "/deliveries/"
                    + log.getString("items[0].id") + "/redeliver").then().statusCode(202).body("state", equalTo("PENDING"));
            List<Receiver.Request> got = receiver.await(r -> r.succeeded().size() >= 1, PATIENCE);
            assertEquals(got.get(0).id(), receiver.succeeded().get(0).id());
        }
    }

    @Test
    void workersSharingTheDatabaseDeliverEachEventOnce() throws Exception {
        ExecutorService workers = Executors.newFixedThreadPool(2);
        try (Receiver receiver = new Receiver(0)) {
            List<String> paths = List.of("/a", "/b", "/c", "/d");
            for (String path : paths) {
                subscribe(exporterKey, receiver.url(path), List.of("permit.created", "permit.submitted"));
            }
            for (int i = 0; i < 5; i++) {
                TestPermits.inState("SUBMITTED", exporterKey, consignee);
            }
            int expected = paths.size() * 10;
            // Two more workers race the instance's own one over the same queue.
            List<Future<?>> racing = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                racing.add(workers.submit(() -> {
                    long deadline = System.nanoTime() + PATIENCE.toNanos();
                    while (receiver.requests().size() < expected && System.nanoTime() < deadline) {
                        worker.deliverDue();
                    }
                    return null;
                }));
            }
            for (Future<?> racer : racing) {
                racer.get();
            }
            receiver.await(r -> r.requests().size() >= expected, PATIENCE);
            Thread.sleep(500); // long enough for a duplicate, if there were one, to arrive
            Map<String, Long> perDelivery = receiver.requests().stream()
                    .collect(Collectors.groupingBy(r -> r.path() + " " + r.id(), Collectors.counting()));
            assertEquals(expected, perDelivery.size());
            assertEquals(Map.of(), perDelivery.entrySet().stream().filter(e -> e.getValue() > 1)
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
            for (String path : paths) {
                List<String> types = receiver.requests().stream().filter(r -> r.path().equals(path))
                        .map(r -> JsonPath.from(r.body()).getString("type")).toList();
                assertEquals(10, types.size());
            }
        } finally {
            workers.shutdownNow();
        }
    }

    @Test
    void subscriptionsBelongToTheirTenant() {
        String id = subscribe(exporterKey, "http://127.0.0.1:9/none", List.of()).getString("subscription.id");
        String sameTenantNewKey = TestKeys.exporterKey(given().auth().oauth2(exporterKey).get("/api/v1/api-keys/current")
                .then().extract().path("exporterId"));
        given().auth().oauth2(sameTenantNewKey).get("/api/v1/webhook-subscriptions/" + id).then().statusCode(200);
        String otherKey = TestKeys.exporterKey(TestKeys.newExporter("Other Webhook Exporter"));
        given().auth().oauth2(otherKey).get("/api/v1/webhook-subscriptions/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(otherKey).delete("/api/v1/webhook-subscriptions/" + id).then().statusCode(404);
        given().auth().oauth2(otherKey).get("/api/v1/webhook-subscriptions").then().statusCode(200)
                .body("items.size()", equalTo(0));
        given().auth().oauth2(exporterKey).delete("/api/v1/webhook-subscriptions/" + id).then().statusCode(204);
        given().auth().oauth2(exporterKey).get("/api/v1/webhook-subscriptions/" + id).then().statusCode(404);
    }

    /**
     * An event fans out to the subscriptions that want it. A subscription whose deletion had begun but not yet
     * committed was picked all the same, and the write of the event then failed on the delivery's foreign key
     * once the deletion committed: a 500 for a permit whose exporter had only removed a webhook. The deletion
     * is held open here on a connection of the test's own, which HTTP alone could not time.
     */
    @Test
    void aSubscriptionBeingDeletedWhileAnEventIsWrittenFailsNoWrite() throws Exception {
        String id = subscribe(exporterKey, "http://127.0.0.1:9/deleted", List.of("permit.created"))
                .getString("subscription.id");
        ExecutorService client = Executors.newSingleThreadExecutor();
        try (var deleting = dataSource.getConnection(); var delete = deleting.prepareStatement(
                "delete from webhook_subscription where id = cast(? as uuid)")) {
            deleting.setAutoCommit(false);
            delete.setString(1, id);
            assertEquals(1, delete.executeUpdate());
            Future<Integer> created = client.submit(() -> given().auth().oauth2(exporterKey)
                    .contentType(ContentType.JSON)
                    .body(TestPermits.application(consignee, TestPermits.VALID_FROM, TestPermits.VALID_UNTIL))
                    .post("/api/v1/permits").statusCode());
            awaitALockWait();
            deleting.commit();
            assertEquals(201, created.get());
        } finally {
            client.shutdownNow();
        }
        given().auth().oauth2(exporterKey).get("/api/v1/webhook-subscriptions/" + id).then().statusCode(404);
    }

    /** Until the write of an event waits for a lock: the deletion's, which it must wait out. */
    private void awaitALockWait() throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        try (var connection = dataSource.getConnection(); var waiting = connection.prepareStatement("""
                select count(*) from pg_stat_activity
                where wait_event_type = 'Lock' and datname = current_database() and query ilike 'insert into event%'""")) {
            while (true) {
                try (var row = waiting.executeQuery()) {
                    row.next();
                    if (row.getInt(1) > 0) {
                        return;
                    }
                }
                assertTrue(System.nanoTime() < deadline, "the event's write never waited for the deletion");
                Thread.sleep(20);
            }
        }
    }

    @Test
    void badSubscriptionsAre400sNamingTheField() {
        given().auth().oauth2(exporterKey).contentType(ContentType.JSON)
                .body(Map.of("url", "http://127.0.0.1:9/x", "eventTypes", List.of("permit.exploded")))
                .post("/api/v1/webhook-subscriptions").then().statusCode(400)
                .body("errors[0].field", equalTo("eventTypes[0]"));
        given().auth().oauth2(exporterKey).contentType(ContentType.JSON)
                .body(Map.of("url", "ftp://127.0.0.1/x"))
                .post("/api/v1/webhook-subscriptions").then().statusCode(400)
                .body("errors[0].field", equalTo("url")).body("errors[0].message", startsWith("must be an http"));
        given().auth().oauth2(exporterKey).contentType(ContentType.JSON)
                .body(new HashMap<>(Map.of("url", "http://127.0.0.1:9/x", "permitNumbers", List.of("nope"))))
                .post("/api/v1/webhook-subscriptions").then().statusCode(400)
                .body("errors[0].field", equalTo("permitNumbers[0]"));
    }
}
