package io.exportpermits.permit.statistics;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The one thread statistics are counted on (see {@link SharedCounts}): a count takes a core and megabytes
 * of heap for seconds, so counts of different tables queue rather than run side by side.
 */
@ApplicationScoped
class StatisticsCounting implements Executor {
    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        Thread counting = new Thread(task, "statistics-count");
        counting.setDaemon(true);
        return counting;
    });

    @Override
    public void execute(Runnable task) {
        thread.execute(task);
    }

    @PreDestroy
    void stop() {
        thread.shutdownNow();
    }
}
