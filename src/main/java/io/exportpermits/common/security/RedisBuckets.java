package io.exportpermits.common.security;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
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
import java.util.function.LongSupplier;

/**
 * Buckets in Redis, shared by every instance: bucket4j's compare-and-swap over Lettuce, each bucket a key
 * that expires once it would have refilled (plus a margin), so Redis holds only the buckets in use.
 * Every call is bounded by {@code timeout}; while Redis cannot be reached, calls fail at once with
 * {@link BucketStore.Unavailable} (Lettuce reconnects in the background) rather than queue up behind it.
 */
final class RedisBuckets implements BucketStore, AutoCloseable {
    private final RedisClient client;
    private final String prefix;
    private final Duration timeout;
    private final LongSupplier nanoTime;
    private volatile ProxyManager<String> proxies;
    private volatile StatefulRedisConnection<String, byte[]> connection;
    /** When to try connecting again after a failed attempt: not on every request while Redis is down. */
    private volatile long nextAttempt;

    RedisBuckets(String url, String prefix, Duration timeout, LongSupplier nanoTime) {
        RedisURI uri = RedisURI.create(url);
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
    public ConsumptionProbe tryConsume(String key, BucketConfiguration configuration, long tokens) {
        try {
            return proxies().builder().build(prefix + key, () -> configuration).tryConsumeAndReturnRemaining(tokens);
        } catch (Unavailable e) {
            throw e;
        } catch (RuntimeException e) {
            throw new Unavailable("Redis did not answer: " + e.getMessage(), e);
        }
    }

    @Override
    public void consumeIgnoringRateLimits(String key, BucketConfiguration configuration, long tokens) {
        try {
            proxies().builder().build(prefix + key, () -> configuration).consumeIgnoringRateLimits(tokens);
        } catch (Unavailable e) {
            throw e;
        } catch (RuntimeException e) {
            throw new Unavailable("Redis did not answer: " + e.getMessage(), e);
        }
    }

    /** Connects on first use, so that the service starts (and serves, open) while Redis is down. */
    private ProxyManager<String> proxies() {
        ProxyManager<String> current = proxies;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            if (proxies != null) {
                return proxies;
            }
            long now = nanoTime.getAsLong();
            if (now - nextAttempt < 0) {
                throw new Unavailable("Redis could not be reached; trying again shortly", null);
            }
            try {
                connection = client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
            } catch (RuntimeException e) {
                nextAttempt = now + Duration.ofSeconds(1).toNanos();
                throw new Unavailable("Redis could not be reached: " + e.getMessage(), e);
            }
            proxies = Bucket4jLettuce.casBasedBuilder(connection)
                    .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                            Duration.ofSeconds(10)))
                    .requestTimeout(timeout)
                    .build();
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
