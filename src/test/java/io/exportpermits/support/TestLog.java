package io.exportpermits.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/** Reads the log file the test profile writes, to prove what operators will find in the logs. */
public final class TestLog {
    private static final Path FILE = Path.of("target/quarkus-test.log");

    private TestLog() {
    }

    /**
     * The log lines containing {@code needle}, waiting briefly because the access log line is written
     * after the response has been sent.
     */
    public static List<String> linesContaining(String needle) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        while (true) {
            List<String> lines = read().stream().filter(l -> l.contains(needle)).toList();
            if (!lines.isEmpty() || Instant.now().isAfter(deadline)) {
                return lines;
            }
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }

    private static List<String> read() {
        try {
            return Files.exists(FILE) ? Files.readAllLines(FILE) : List.of();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
