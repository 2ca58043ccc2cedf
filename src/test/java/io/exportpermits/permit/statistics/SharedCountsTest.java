package io.exportpermits.permit.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SharedCountsTest {
    private record Table(Instant countedAt) implements SharedCounts.Dated {
    }

    @Test
    void readersOfTheSameTableShareOneCount() {
        AtomicInteger counted = new AtomicInteger();
        var shared = new SharedCounts<String, Table>(Duration.ofSeconds(60), Clock.systemUTC(), key -> {
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
        var shared = new SharedCounts<String, Table>(Duration.ofSeconds(60), Clock.systemUTC(), key -> {
            counted.incrementAndGet();
            return new Table(Instant.now().minusSeconds(61));
        });
        shared.get("2026 by month");
        shared.get("2026 by month");
        assertEquals(2, counted.get());
    }

    @Test
    void withoutAMaximumAgeEveryReadCounts() {
        AtomicInteger counted = new AtomicInteger();
        var shared = new SharedCounts<String, Table>(Duration.ZERO, Clock.systemUTC(), key -> {
            counted.incrementAndGet();
            return new Table(Instant.now());
        });
        shared.get("2026 by month");
        shared.get("2026 by month");
        assertEquals(2, counted.get());
    }
}
