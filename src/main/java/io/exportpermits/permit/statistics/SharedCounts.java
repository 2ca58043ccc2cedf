package io.exportpermits.permit.statistics;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

/**
 * Counts of statistics tables shared by every reader of the same table for at most {@code maxAge}: a
 * count over a million permits takes longer than a reader should wait. Past half its age the next reader
 * still gets it while it is counted again in the background.
 */
final class SharedCounts<K, V> {
    /** A count and the instant it started from: the figures are as of then. */
    record Count<V>(V counted, Instant at) {
    }

    /** Absent when counts may not be shared at all (a max-age of 0). */
    private final LoadingCache<K, Count<V>> recent;
    private final Function<K, Count<V>> count;

    SharedCounts(Duration maxAge, Clock clock, Function<K, V> counter) {
        this.count = key -> {
            Instant at = clock.instant();
            return new Count<>(counter.apply(key), at);
        };
        this.recent = maxAge.isZero() ? null : Caffeine.newBuilder().maximumSize(2_000).expireAfterWrite(maxAge)
                .refreshAfterWrite(maxAge.dividedBy(2)).build(count::apply);
    }

    Count<V> get(K key) {
        return recent == null ? count.apply(key) : recent.get(key);
    }
}
