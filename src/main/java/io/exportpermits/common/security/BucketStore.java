package io.exportpermits.common.security;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * Where the rate limiter's token buckets live: in this process ({@link LocalBuckets}), or shared by every
 * instance ({@link RedisBuckets}). Every call answers with a stage that never waits on a thread, so that a
 * request can be charged on the event loop.
 */
interface BucketStore {
    /**
     * Takes {@code tokens} from the bucket named {@code key} if it has them; creates it full if absent.
     * Completes with {@link Unavailable} when the shared store cannot be reached.
     */
    CompletionStage<ConsumptionProbe> tryConsume(String key, BucketConfiguration configuration, long tokens);

    /** Takes {@code tokens} even into debt, from a bucket that exists. Fails as {@link #tryConsume} does. */
    CompletionStage<Void> consumeIgnoringRateLimits(String key, BucketConfiguration configuration, long tokens);

    /** The shared store cannot be reached: nothing was counted. */
    final class Unavailable extends RuntimeException {
        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** What a stage failed with, without the wrapper a stage depending on it adds. */
    static Throwable cause(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }
}
