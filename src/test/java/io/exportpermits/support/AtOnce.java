package io.exportpermits.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** Races for concurrency tests: every call waits on one latch, so they reach the service together. */
public final class AtOnce {
    private AtOnce() {
    }

    /** Runs {@code call(0)} to {@code call(count - 1)} on their own threads, released at once; their results in order. */
    public static <T> List<T> run(int count, IntFunction<T> call) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Future<T>> calls = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                calls.add(pool.submit(() -> {
                    start.await();
                    return call.apply(index);
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> pending : calls) {
                results.add(pending.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
