package io.exportpermits.common.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Token buckets per API key, or per client address for anonymous calls. A request costs
 * {@link #FULL_COST} tokens, a conditional request answered 304 only {@link #CONDITIONAL_COST}: cheap
 * polling is a feature, so it should be cheap against the limit too.
 *
 * <p>The buckets live in this process ({@code export-permits.rate-limit.store=local}, for one instance)
 * or in Redis ({@code redis}), where every instance draws on the same ones. When Redis cannot be reached,
 * keyed and anonymous requests are served uncounted (a metric and a log line say so): an outage of a
 * counter should not become an outage of the API. The strict plan, which keeps check codes from being
 * guessed, refuses instead (503): uncounted, it would protect nothing.
 */
@Singleton
public class RateLimiter {
    private static final Logger LOG = Logger.getLogger(RateLimiter.class);
    public static final long FULL_COST = 10;
    public static final long CONDITIONAL_COST = 1;
    /** What a refusal for want of the shared store asks the client to wait, in seconds. */
    public static final long UNAVAILABLE_RETRY_SECONDS = 5;
    private static final long WARN_EVERY_NANOS = Duration.ofSeconds(10).toNanos();

    /**
     * The outcome of one charge, in requests (not tokens), as the RateLimit headers show it.
     *
     * @param counted false when the shared store could not be reached: nothing is known of the allowance
     */
    public record Decision(boolean allowed, boolean counted, long limitPerMinute, long remaining, long resetSeconds,
                           long retryAfterSeconds) {
    }

    /** Whose allowance a request draws on: an API key's, a client address's, or an address's strict one. */
    public enum Plan { KEYED, ANONYMOUS, STRICT }

    /** Where buckets are kept. */
    public enum Store { LOCAL, REDIS }

    private final Map<Plan, Long> perMinute;
    private final Map<Plan, BucketConfiguration> configurations;
    private final BucketStore store;
    private final MeterRegistry metrics;
    private volatile long lastWarned = System.nanoTime() - WARN_EVERY_NANOS;

    RateLimiter(@ConfigProperty(name = "export-permits.rate-limit.keyed-per-minute") long keyedPerMinute,
                @ConfigProperty(name = "export-permits.rate-limit.anonymous-per-minute") long anonymousPerMinute,
                @ConfigProperty(name = "export-permits.rate-limit.strict-per-minute") long strictPerMinute,
                @ConfigProperty(name = "export-permits.rate-limit.store") Store store,
                @ConfigProperty(name = "export-permits.rate-limit.redis.url") String redisUrl,
                @ConfigProperty(name = "export-permits.rate-limit.redis.key-prefix") String redisPrefix,
                @ConfigProperty(name = "export-permits.rate-limit.redis.timeout") Duration redisTimeout,
                MeterRegistry metrics) {
        this.perMinute = Map.of(Plan.KEYED, keyedPerMinute, Plan.ANONYMOUS, anonymousPerMinute,
                Plan.STRICT, strictPerMinute);
        this.configurations = Map.of(Plan.KEYED, configuration(keyedPerMinute),
                Plan.ANONYMOUS, configuration(anonymousPerMinute), Plan.STRICT, configuration(strictPerMinute));
        this.store = store == Store.REDIS ? new RedisBuckets(redisUrl, redisPrefix, redisTimeout, System::nanoTime)
                : new LocalBuckets();
        this.metrics = metrics;
    }

    /** Charges {@code tokens} to the subject's bucket if it has them; completes without waiting on a thread. */
    public CompletionStage<Decision> charge(String subject, Plan plan, long tokens) {
        long limit = perMinute.get(plan);
        return store.tryConsume(plan + ":" + subject, configurations.get(plan), tokens).handle((probe, failure) -> {
            if (failure == null) {
                return decision(limit, probe.isConsumed(), probe.getRemainingTokens(), probe.getNanosToWaitForRefill());
            }
            storeFailed(plan, unavailable(failure));
            boolean allowed = plan != Plan.STRICT;
            return new Decision(allowed, false, limit, 0, 0, allowed ? 0 : UNAVAILABLE_RETRY_SECONDS);
        });
    }

    /**
     * Charges work already done (the rest of a conditional request that did not end in 304, or the
     * permits of a batch), even into debt: the subject's next requests wait for it. Completes once
     * counted, or once the shared store is known to be unreachable; never with a failure.
     */
    public CompletionStage<Void> chargeAfterwards(String subject, Plan plan, long tokens) {
        return store.consumeIgnoringRateLimits(plan + ":" + subject, configurations.get(plan), tokens)
                .exceptionally(failure -> {
                    storeFailed(plan, unavailable(failure));
                    return null;
                });
    }

    /** The store's failure; anything else is a defect, and stays a failure. */
    private static BucketStore.Unavailable unavailable(Throwable failure) {
        if (BucketStore.cause(failure) instanceof BucketStore.Unavailable unavailable) {
            return unavailable;
        }
        throw failure instanceof CompletionException completion ? completion : new CompletionException(failure);
    }

    private void storeFailed(Plan plan, BucketStore.Unavailable e) {
        metrics.counter("export_permits.rate_limit.store_failures", "plan", plan.name()).increment();
        long now = System.nanoTime();
        if (now - lastWarned >= WARN_EVERY_NANOS) {
            lastWarned = now;
            LOG.warnf("Rate limits cannot be counted (%s): keyed and anonymous requests are served uncounted, "
                    + "strictly limited ones refused with 503", e.getMessage());
        }
    }

    @PreDestroy
    void close() throws Exception {
        if (store instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    private static BucketConfiguration configuration(long perMinute) {
        long capacity = perMinute * FULL_COST;
        return BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, Duration.ofMinutes(1)).build())
                .build();
    }

    private static Decision decision(long perMinute, boolean allowed, long remainingTokens, long nanosToWait) {
        long capacity = perMinute * FULL_COST;
        long tokensPerSecond = Math.max(1, capacity / 60);
        long missing = Math.max(0, capacity - remainingTokens);
        long reset = (missing + tokensPerSecond - 1) / tokensPerSecond;
        long retryAfter = allowed ? 0 : Math.max(1, (nanosToWait + 999_999_999L) / 1_000_000_000L);
        return new Decision(allowed, true, perMinute, Math.max(0, remainingTokens) / FULL_COST, reset, retryAfter);
    }
}
