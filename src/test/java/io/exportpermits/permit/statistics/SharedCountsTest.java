package io.exportpermits.permit.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SharedCountsTest {
    private record Table(Instant countedAt) implements SharedCounts.Dated {
    }

    @Test
    void readersOfTheSameTableShareOneCount() {
        AtomicInteger counted = new AtomicInteger();
        var shared = new SharedCounts<String, Table>(Duration.ofSeconds(60), Clock.systemUTC(), Runnable::run, key -> {
            counted.incrementAndGet();
            return new Table(Instant.now());
        });
        shared.get("2026 by month");
        shared.get("2026 by month");
        shared.get("2026 by element");
        assertEquals(2, counted.get());
    }

    @Test
    void aCountThatStartedLongerAgoThanTheMaximumAgeIsNeverAnsweredAgain() {
        AtomicInteger counted = new AtomicInteger();
        var shared = new SharedCounts<String, Table>(Duration.ofSeconds(60), Clock.systemUTC(), Runnable::run, key -> {
            counted.incrementAndGet();
            return new Table(Instant.now().minusSeconds(61));
        });
        shared.get("2026 by month");
        shared.get("2026 by month");
        assertEquals(2, counted.get());
    }

    /** Past half its age a table is still answered while one count, and only one, runs in the background. */
    @Test
    void anAgeingTableIsAnsweredWhileItIsCountedAgainOnce() {
        AtomicInteger counted = new AtomicInteger();
        AtomicBoolean hold = new AtomicBoolean();
        List<Runnable> queued = new ArrayList<>();
        Executor counting = task -> {
            if (hold.get()) {
                queued.add(task);
            } else {
                task.run();
            }
        };
        var shared = new SharedCounts<String, Table>(Duration.ofSeconds(60), Clock.systemUTC(), counting, key -> {
            counted.incrementAndGet();
            return new Table(Instant.now().minusSeconds(40));
        });
        Table first = shared.get("2026 by month");
        hold.set(true);
        assertSame(first, shared.get("2026 by month"));
        assertSame(first, shared.get("2026 by month"));
        assertEquals(1, queued.size(), "one count under way, however many readers");
        queued.get(0).run();
        assertEquals(2, counted.get());
        assertNotSame(first, shared.get("2026 by month"));
    }

    @Test
    void withoutAMaximumAgeEveryReadCounts() {
        AtomicInteger counted = new AtomicInteger();
        var shared = new SharedCounts<String, Table>(Duration.ZERO, Clock.systemUTC(), Runnable::run, key -> {
            counted.incrementAndGet();
            return new Table(Instant.now());
        });
        shared.get("2026 by month");
        shared.get("2026 by month");
        assertEquals(2, counted.get());
    }
}
