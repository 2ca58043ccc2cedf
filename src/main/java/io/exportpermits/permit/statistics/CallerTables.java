package io.exportpermits.permit.statistics;

import io.exportpermits.common.security.Caller;
import io.exportpermits.common.security.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Executor;

/**
 * One kind of statistics table as each caller gets it: counted once for everyone and answered two ways
 * (with disclosure control, or unsuppressed for an AUTHORITY), plus, for an EXPORTER, its own figures
 * counted apart; both shared for a while ({@link SharedCounts}).
 *
 * @param <T> what a count folds its rows into
 * @param <V> the answer
 */
final class CallerTables<T, V> {
    /** @param splitBy the second grouping of each row, or null */
    record Key(StatisticsPeriod period, StatisticsGrouping grouping, StatisticsGrouping splitBy) {
    }

    /** The two answers of one count. */
    record Views<V>(V everyone, V unsuppressed, Instant countedAt) implements SharedCounts.Dated {
    }

    interface Answers<T, V> {
        /** Counts a table: everyone's when {@code exporterId} is null. */
        T count(Key key, UUID exporterId);

        /** The public and the unsuppressed answer to one count, started at {@code at}. */
        Views<V> views(Key key, T table, Instant at);

        /** An answer with an exporter's own figures beside each row. */
        V withOwn(V view, T own);
    }

    private record OwnKey(Key table, UUID exporterId) {
    }

    private record Own<T>(T table, Instant countedAt) implements SharedCounts.Dated {
    }

    private final Answers<T, V> answers;
    private final SharedCounts<Key, Views<V>> shared;
    private final SharedCounts<OwnKey, Own<T>> owned;

    CallerTables(Duration maxAge, Clock clock, Executor counting, Answers<T, V> answers) {
        this.answers = answers;
        // The start of a count is taken before it runs: its figures are as of then.
        this.shared = new SharedCounts<>(maxAge, clock, counting, key -> {
            Instant at = clock.instant();
            return answers.views(key, answers.count(key, null), at);
        });
        this.owned = new SharedCounts<>(maxAge, clock, counting, key -> {
            Instant at = clock.instant();
            return new Own<>(answers.count(key.table(), key.exporterId()), at);
        });
    }

    V get(Key key, Caller caller) {
        Views<V> views = shared.get(key);
        V view = caller.role() == Role.AUTHORITY ? views.unsuppressed() : views.everyone();
        return caller.role() != Role.EXPORTER ? view
                : answers.withOwn(view, owned.get(new OwnKey(key, caller.exporterId())).table());
    }
}
