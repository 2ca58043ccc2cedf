package io.exportpermits.permit.statistics;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

/**
 * Statistics tables shared by every reader of the same table: a count over a year of a million permits
 * takes seconds of a core, more than a reader should wait or the service should spend per request. A
 * table is never answered more than {@code maxAge} after its count started; once it is half that old,
 * the next reader still gets it while it is counted again in the background. Only the answers are
 * kept, never the per-exporter detail they were made from.
 */
final class SharedCounts<K, V extends SharedCounts.Dated> {
    /** A table and when the count it was made from started: its figures are as of then. */
    interface Dated {
        Instant countedAt();
    }

    /** Absent when tables may not be shared at all (a max-age of 0). */
    private final LoadingCache<K, V> recent;
    private final Function<K, V> counter;

    SharedCounts(Duration maxAge, Clock clock, Function<K, V> counter) {
        this.counter = counter;
        this.recent = maxAge.isZero() ? null : Caffeine.newBuilder().maximumSize(500)
                .expireAfter(new Expiry<K, V>() {
                    @Override
                    public long expireAfterCreate(K key, V table, long now) {
                        return Math.max(0, maxAge.minus(Duration.between(table.countedAt(), clock.instant())).toNanos());
                    }

                    @Override
                    public long expireAfterUpdate(K key, V table, long now, long remaining) {
                        return expireAfterCreate(key, table, now);
                    }

                    @Override
                    public long expireAfterRead(K key, V table, long now, long remaining) {
                        return remaining;
                    }
                })
                .refreshAfterWrite(maxAge.dividedBy(2)).build(counter::apply);
    }

    V get(K key) {
        return recent == null ? counter.apply(key) : recent.get(key);
    }
}
