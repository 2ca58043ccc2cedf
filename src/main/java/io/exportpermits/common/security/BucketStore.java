package io.exportpermits.common.security;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;

/**
 * Where the rate limiter's token buckets live: in this process ({@link LocalBuckets}), or shared by every
 * instance ({@link RedisBuckets}).
 */
interface BucketStore {
    /** Takes {@code tokens} from the bucket named {@code key} if it has them; creates it full if absent. */
    ConsumptionProbe tryConsume(String key, BucketConfiguration configuration, long tokens);

    /** Takes {@code tokens} even into debt, from a bucket that exists. */
    void consumeIgnoringRateLimits(String key, BucketConfiguration configuration, long tokens);

    /** The shared store cannot be reached: nothing was counted. */
    final class Unavailable extends RuntimeException {
        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
