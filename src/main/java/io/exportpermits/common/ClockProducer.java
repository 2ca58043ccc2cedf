package io.exportpermits.common;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/**
 * One clock for the whole service, in UTC; injected so that time-dependent rules stay testable. It
 * ticks in microseconds, the precision PostgreSQL keeps: an instant answered when a row is written
 * reads the same when the row is read back.
 */
public class ClockProducer {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
