package io.exportpermits.common.http;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long a poller should wait before its next poll, sent as `X-Poll-Interval` (GitHub's
 * convention). It doubles when this instance is busy and doubles again when it is saturated, judged by
 * the busier of the machine's CPU and the database connection pool.
 */
@ApplicationScoped
public class PollInterval {
    public static final String HEADER = "X-Poll-Interval";
    static final double BUSY = 0.7;
    static final double SATURATED = 0.9;

    private final int baseSeconds;
    private final AgroalDataSource pool;
    private final int poolSize;
    private final boolean watchCpu;
    private static final long CPU_SAMPLE_NANOS = 1_000_000_000L;
    private volatile long cpuSampledAt = System.nanoTime() - CPU_SAMPLE_NANOS - 1;
    private volatile double cpuLoad;
    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    PollInterval(@ConfigProperty(name = "export-permits.polling.interval-seconds") int baseSeconds,
                 @ConfigProperty(name = "export-permits.polling.watch-cpu") boolean watchCpu,
                 @ConfigProperty(name = "export-permits.db.pool-size") int poolSize, AgroalDataSource pool) {
        this.watchCpu = watchCpu;
        this.baseSeconds = baseSeconds;
        this.poolSize = poolSize;
        this.pool = pool;
    }

    public int seconds() {
        var metrics = pool.getMetrics();
        double poolLoad = metrics.awaitingCount() > 0 ? 1.0 : (double) metrics.activeCount() / poolSize;
        return secondsAt(watchCpu ? Math.max(poolLoad, cpuLoad()) : poolLoad);
    }

    /** Reading the CPU load means reading /proc: once a second is enough for a hint, not once a request. */
    private double cpuLoad() {
        long now = System.nanoTime();
        if (now - cpuSampledAt > CPU_SAMPLE_NANOS) {
            cpuSampledAt = now;
            cpuLoad = os.getCpuLoad();
        }
        return cpuLoad;
    }

    private int secondsAt(double load) {
        return load >= SATURATED ? baseSeconds * 4 : load >= BUSY ? baseSeconds * 2 : baseSeconds;
    }
}
