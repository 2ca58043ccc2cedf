package io.exportpermits.permit.statistics;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * Statistics tables shared by every reader of the same table: a count over a year of a million permits
 * takes seconds of a core, more than a reader should wait or the service should spend per request.
 * <ul>
 * <li>A table younger than half of {@code maxAge} is answered as it is.</li>
 * <li>Older, it is still answered while it is counted again on the {@code counting} executor (which runs
 * one count at a time: each takes a core and megabytes of heap, so two at once only slow each other
 * down).</li>
 * <li>No table is answered once {@code maxAge} has passed since its count started: readers then wait for
 * the count already under way, never start a second one.</li>
 * </ul>
 * Only finished answers are kept, never the per-exporter detail they were made from, and at most
 * {@value #TABLES} of them (the least used go first).
 */
final class SharedCounts<K, V extends SharedCounts.Dated> {
    private static final int TABLES = 500;

    /** A table and when the count it was made from started: its figures are as of then. */
    interface Dated {
        Instant countedAt();
    }

    /** A table's latest count, and the count under way, if any. */
    private static final class Slot<V> {
        private volatile V latest;
        private CompletableFuture<V> counting;
    }

    private final Duration maxAge;
    private final Clock clock;
    private final Executor counting;
    private final Function<K, V> counter;
    private final Cache<K, Slot<V>> slots = Caffeine.newBuilder().maximumSize(TABLES).build();

    /** @param maxAge 0 to count on every read, as tests do */
    SharedCounts(Duration maxAge, Clock clock, Executor counting, Function<K, V> counter) {
        this.maxAge = maxAge;
        this.clock = clock;
        this.counting = counting;
        this.counter = counter;
    }

    V get(K key) {
        if (maxAge.isZero()) {
            return counter.apply(key);
        }
        Slot<V> slot = slots.get(key, k -> new Slot<>());
        V latest = slot.latest;
        Duration age = latest == null ? null : Duration.between(latest.countedAt(), clock.instant());
        if (age != null && age.compareTo(maxAge.dividedBy(2)) < 0) {
            return latest;
        }
        CompletableFuture<V> count = countAgain(key, slot);
        if (age != null && age.compareTo(maxAge) < 0) {
            return latest;
        }
        try {
            return count.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** The count of the table under way, started if none is. */
    private synchronized CompletableFuture<V> countAgain(K key, Slot<V> slot) {
        if (slot.counting != null) {
            return slot.counting;
        }
        CompletableFuture<V> count = CompletableFuture.supplyAsync(() -> counter.apply(key), counting);
        slot.counting = count;
        // Runs at once, in this thread, if the count is already done (as it is with a direct executor).
        count.whenComplete((table, failure) -> {
            synchronized (this) {
                if (table != null) {
                    slot.latest = table;
                }
                if (slot.counting == count) {
                    slot.counting = null;
                }
            }
        });
        return count;
    }
}
