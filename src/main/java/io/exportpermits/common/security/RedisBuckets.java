package io.exportpermits.common.security;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Buckets in Redis, shared by every instance: bucket4j's compare-and-swap over Lettuce, each bucket a key
 * that expires once it would have refilled (plus a margin), so Redis holds only the buckets in use.
 * Every call is bounded by {@code timeout} and asynchronous, connecting included: no thread waits for Redis.
 * While Redis cannot be reached, calls fail at once with {@link BucketStore.Unavailable} (Lettuce reconnects
 * in the background) rather than queue up behind it.
 */
final class RedisBuckets implements BucketStore, AutoCloseable {
    private static final RedisCodec<String, byte[]> CODEC = RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);
    /** How long a failed connection attempt answers for itself: not a new attempt on every request while Redis is down. */
    private static final long RETRY_CONNECT_NANOS = Duration.ofSeconds(1).toNanos();

    private final RedisClient client;
    private final RedisURI uri;
    private final String prefix;
    private final Duration timeout;
    private final LongSupplier nanoTime;
    /** The connected proxies, the attempt under way, or the last failed one; null before first use. */
    private volatile CompletableFuture<AsyncProxyManager<String>> proxies;
    private volatile StatefulRedisConnection<String, byte[]> connection;
    private long nextAttempt;

    RedisBuckets(String url, String prefix, Duration timeout, LongSupplier nanoTime) {
        this.uri = RedisURI.create(url);
        uri.setTimeout(timeout);
        this.client = RedisClient.create(uri);
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .socketOptions(SocketOptions.builder().connectTimeout(timeout).build())
                .timeoutOptions(TimeoutOptions.enabled(timeout))
                .build());
        this.prefix = prefix;
        this.timeout = timeout;
        this.nanoTime = nanoTime;
    }

    @Override
    public CompletionStage<ConsumptionProbe> tryConsume(String key, BucketConfiguration configuration, long tokens) {
        return call(buckets -> buckets.builder().build(prefix + key, () -> CompletableFuture.completedFuture(configuration))
                .tryConsumeAndReturnRemaining(tokens));
    }

    @Override
    public CompletionStage<Void> consumeIgnoringRateLimits(String key, BucketConfiguration configuration, long tokens) {
        return call(buckets -> buckets.builder().build(prefix + key, () -> CompletableFuture.completedFuture(configuration))
                .consumeIgnoringRateLimits(tokens).thenApply(penalty -> null));
    }

    /** Runs {@code command} once connected; any failure on the way becomes {@link BucketStore.Unavailable}. */
    private <T> CompletionStage<T> call(Function<AsyncProxyManager<String>, CompletableFuture<T>> command) {
        CompletableFuture<T> result = new CompletableFuture<>();
        proxies().thenCompose(command).whenComplete((value, failure) -> {
            if (failure == null) {
                result.complete(value);
                return;
            }
            Throwable cause = BucketStore.cause(failure);
            result.completeExceptionally(cause instanceof Unavailable ? cause
                    : new Unavailable("Redis did not answer: " + cause.getMessage(), cause));
        });
        return result;
    }

    /** Connects on first use, so that the service starts (and serves, open) while Redis is down. */
    private CompletableFuture<AsyncProxyManager<String>> proxies() {
        CompletableFuture<AsyncProxyManager<String>> current = proxies;
        if (current != null && !current.isCompletedExceptionally()) {
            return current;
        }
        synchronized (this) {
            long now = nanoTime.getAsLong();
            if (proxies != null && (!proxies.isCompletedExceptionally() || now - nextAttempt < 0)) {
                return proxies;
            }
            nextAttempt = now + RETRY_CONNECT_NANOS;
            proxies = client.connectAsync(CODEC, uri).toCompletableFuture()
                    .handle((connected, failure) -> {
                        if (failure != null) {
                            throw new Unavailable("Redis could not be reached: " + failure.getMessage(), failure);
                        }
                        connection = connected;
                        return Bucket4jLettuce.casBasedBuilder(connected)
                                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                                        Duration.ofSeconds(10)))
                                .requestTimeout(timeout)
                                .build().asAsync();
                    });
            return proxies;
        }
    }

    @Override
    public void close() {
        if (connection != null) {
            connection.close();
        }
        client.shutdown(Duration.ZERO, timeout);
    }
}
