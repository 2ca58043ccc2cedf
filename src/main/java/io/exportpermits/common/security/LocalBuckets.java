package io.exportpermits.common.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Buckets in this process: right for one instance, and what the two README commands need. */
final class LocalBuckets implements BucketStore {
    /**
     * A bucket and its key take about 480 bytes: 20,000 of them are 10 MB of the image's 128 MiB heap, so
     * clients from many addresses cannot exhaust memory. Beyond that the least used are dropped first.
     */
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(20_000)
            .build();

    @Override
    public CompletionStage<ConsumptionProbe> tryConsume(String key, BucketConfiguration configuration, long tokens) {
        return CompletableFuture.completedFuture(
                buckets.get(key, k -> newBucket(configuration)).tryConsumeAndReturnRemaining(tokens));
    }

    private static Bucket newBucket(BucketConfiguration configuration) {
        var builder = Bucket.builder();
        for (Bandwidth limit : configuration.getBandwidths()) {
            builder.addLimit(limit);
        }
        return builder.build();
    }

    @Override
    public CompletionStage<Void> consumeIgnoringRateLimits(String key, BucketConfiguration configuration, long tokens) {
        Bucket bucket = buckets.getIfPresent(key);
        if (bucket != null) {
            bucket.consumeIgnoringRateLimits(tokens);
        }
        return CompletableFuture.completedFuture(null);
    }
}
