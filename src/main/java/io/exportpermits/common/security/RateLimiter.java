package io.exportpermits.common.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Token buckets per API key, or per client address for anonymous calls. A request costs
 * {@link #FULL_COST} tokens, a conditional request answered 304 only {@link #CONDITIONAL_COST}: cheap
 * polling is a feature, so it should be cheap against the limit too.
 */
@Singleton
public class RateLimiter {
    public static final long FULL_COST = 10;
    public static final long CONDITIONAL_COST = 1;

    /** The outcome of one charge, in requests (not tokens), as the RateLimit headers show it. */
    public record Decision(boolean allowed, long limitPerMinute, long remaining, long resetSeconds,
                           long retryAfterSeconds) {
    }

    /** Whose allowance a request draws on: an API key's, a client address's, or an address's strict one. */
    public enum Plan { KEYED, ANONYMOUS, STRICT }

    private final Map<Plan, Long> perMinute;
    /**
     * A bucket and its key take about 480 bytes: 20,000 of them are 10 MB of the image's 80 MiB heap, so
     * clients from many addresses cannot exhaust memory. Beyond that the least used are dropped first.
     */
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(20_000)
            .build();

    RateLimiter(@ConfigProperty(name = "export-permits.rate-limit.keyed-per-minute") long keyedPerMinute,
                @ConfigProperty(name = "export-permits.rate-limit.anonymous-per-minute") long anonymousPerMinute,
                @ConfigProperty(name = "export-permits.rate-limit.strict-per-minute") long strictPerMinute) {
        this.perMinute = Map.of(Plan.KEYED, keyedPerMinute, Plan.ANONYMOUS, anonymousPerMinute,
                Plan.STRICT, strictPerMinute);
    }

    /** Charges {@code tokens} to the subject's bucket if it has them. */
    public Decision charge(String subject, Plan plan, long tokens) {
        long limit = perMinute.get(plan);
        Bucket bucket = buckets.get(plan + ":" + subject, s -> newBucket(limit));
        var probe = bucket.tryConsumeAndReturnRemaining(tokens);
        return decision(limit, probe.isConsumed(), probe.getRemainingTokens(), probe.getNanosToWaitForRefill());
    }

    /**
     * Charges work already done (the rest of a conditional request that did not end in 304, or the
     * permits of a batch), even into debt: the subject's next requests wait for it.
     */
    public void chargeAfterwards(String subject, Plan plan, long tokens) {
        Bucket bucket = buckets.getIfPresent(plan + ":" + subject);
        if (bucket != null) {
            bucket.consumeIgnoringRateLimits(tokens);
        }
    }

    private static Bucket newBucket(long perMinute) {
        long capacity = perMinute * FULL_COST;
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, Duration.ofMinutes(1)).build())
                .build();
    }

    private static Decision decision(long perMinute, boolean allowed, long remainingTokens, long nanosToWait) {
        long capacity = perMinute * FULL_COST;
        long tokensPerSecond = Math.max(1, capacity / 60);
        long missing = Math.max(0, capacity - remainingTokens);
        long reset = (missing + tokensPerSecond - 1) / tokensPerSecond;
        long retryAfter = allowed ? 0 : Math.max(1, (nanosToWait + 999_999_999L) / 1_000_000_000L);
        return new Decision(allowed, perMinute, Math.max(0, remainingTokens) / FULL_COST, reset, retryAfter);
    }
}
