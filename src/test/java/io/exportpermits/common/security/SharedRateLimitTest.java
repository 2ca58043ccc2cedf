package io.exportpermits.common.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.exportpermits.support.TcpProxy;
import io.exportpermits.support.TestKeys;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rate limits kept in Redis (the machine's, on 6379, through a relay the test can cut): every instance
 * draws on the same allowance, and when Redis goes away keyed requests are served uncounted while the
 * strict plan refuses with 503, until Redis is back. Without a Redis on 6379 it is skipped, unless
 * REDIS_TESTS=required (as CI sets, after starting one), where it must run.
 */
@QuarkusTest
@TestProfile(SharedRateLimitTest.InRedis.class)
class SharedRateLimitTest {
    static TcpProxy redis;

    public static class InRedis implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("export-permits.rate-limit.store", "redis",
                    // A prefix of its own: runs of this test within a minute of each other must not share buckets.
                    "export-permits.rate-limit.redis.key-prefix", "test-" + UUID.randomUUID() + ":",
                    "export-permits.rate-limit.keyed-per-minute", "5",
                    "export-permits.rate-limit.strict-per-minute", "3");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(RelayToRedis.class));
        }
    }

    public static class RelayToRedis implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            try {
                redis = new TcpProxy(6379);
                redis.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.of("export-permits.rate-limit.redis.url", "redis://127.0.0.1:" + redis.port());
        }

        @Override
        public void stop() {
        }
    }

    @BeforeEach
    void needsRedis() {
        boolean reachable;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 6379), 500);
            reachable = true;
        } catch (IOException e) {
            reachable = false;
        }
        assumeTrue(reachable || "required".equals(System.getenv("REDIS_TESTS")), "no Redis on 127.0.0.1:6379");
    }

    /** A second instance of the service, as far as rate limits go: its own limiter, the same Redis. */
    private static RateLimiter anotherInstance() {
        var config = ConfigProvider.getConfig();
        return new RateLimiter(5, 1_000_000, 3, RateLimiter.Store.REDIS,
                config.getValue("export-permits.rate-limit.redis.url", String.class),
                config.getValue("export-permits.rate-limit.redis.key-prefix", String.class), Duration.ofMillis(250),
                new SimpleMeterRegistry());
    }

    @Test
    void everyInstanceDrawsOnTheSameAllowance() throws Exception {
        String key = TestKeys.authorityKey();
        String keyId = given().auth().oauth2(key).get("/api/v1/api-keys/current").then().statusCode(200)
                .header("RateLimit-Limit", "5").header("RateLimit-Remaining", "4").extract().path("id");
        RateLimiter other = anotherInstance();
        try {
            for (int remaining = 3; remaining >= 1; remaining--) {
                RateLimiter.Decision decision = other.charge(keyId, RateLimiter.Plan.KEYED, RateLimiter.FULL_COST)
                        .toCompletableFuture().join();
                assertTrue(decision.allowed() && decision.counted());
                assertEquals(remaining, decision.remaining(), "the other instance sees this one's request");
            }
        } finally {
            other.close();
        }
        given().auth().oauth2(key).get("/api/v1/api-keys/current").then().statusCode(200)
                .header("RateLimit-Remaining", "0");
        given().auth().oauth2(key).get("/api/v1/api-keys/current").then().statusCode(429)
                .body("type", equalTo("https://export-permits.io/problems/rate-limited"));
    }

    @Test
    void aChargeWaitingForRedisHoldsNoThreadAndEndsUncountedAtTheTimeout() throws Exception {
        String keyId = "stall-" + UUID.randomUUID();
        RateLimiter other = anotherInstance();
        try {
            assertTrue(other.charge(keyId, RateLimiter.Plan.KEYED, RateLimiter.FULL_COST).toCompletableFuture()
                    .get(5, TimeUnit.SECONDS).counted(), "connected and counted while Redis answers");
            redis.stall();
            try {
                CompletableFuture<RateLimiter.Decision> charge = other.charge(keyId, RateLimiter.Plan.KEYED,
                        RateLimiter.FULL_COST).toCompletableFuture();
                // The caller may be an event loop: it gets the charge back at once, to be finished by Redis's answer.
                assertFalse(charge.isDone(), "the charge waited for Redis on the caller's thread");
                RateLimiter.Decision decision = charge.get(5, TimeUnit.SECONDS);
                assertTrue(decision.allowed() && !decision.counted(), "served uncounted once Redis timed out");
            } finally {
                redis.release();
            }
        } finally {
            other.close();
        }
    }

    @Test
    void withoutRedisKeyedRequestsAreServedUncountedAndStrictOnesRefusedUntilItIsBack() throws Exception {
        String key = TestKeys.authorityKey();
        redis.cut();
        try {
            long began = System.nanoTime();
            given().auth().oauth2(key).get("/api/v1/api-keys/current").then().statusCode(200)
                    .header("RateLimit-Limit", nullValue());
            given().queryParam("number", "EP-2026-000001").queryParam("checkCode", "guess")
                    .get("/api/v1/permit-verifications").then().statusCode(503)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://export-permits.io/problems/service-unavailable"))
                    .body("detail", containsString("cannot be counted")).header("Retry-After", "5");
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);
            assertTrue(millis < 3_000, "answered after " + millis + " ms");
            String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
            assertTrue(metrics.lines().anyMatch(line -> line.startsWith("export_permits_rate_limit_store_failures_total")
                    && line.contains("plan=\"STRICT\"")), "the failures are counted");
        } finally {
            redis.start();
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        String limit;
        do {
            Thread.sleep(200);
            limit = given().auth().oauth2(key).get("/api/v1/api-keys/current").header("RateLimit-Limit");
        } while (limit == null && System.nanoTime() < deadline);
        assertEquals("5", limit, "counted again once Redis is back");
        assertFalse(given().queryParam("number", "EP-2026-000001").queryParam("checkCode", "guess")
                .get("/api/v1/permit-verifications").statusCode() == 503);
    }
}
