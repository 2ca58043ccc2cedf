package io.exportpermits.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/** Runs an action once the current transaction has ended: for forgetting cached reads, telling others. */
@ApplicationScoped
public class AfterCompletion {
    private final TransactionSynchronizationRegistry registry;

    AfterCompletion(TransactionSynchronizationRegistry registry) {
        this.registry = registry;
    }

    /** Committed or not. */
    public void run(Runnable action) {
        register(action, false);
    }

    /** Only if it committed. */
    public void runIfCommitted(Runnable action) {
        register(action, true);
    }

    private void register(Runnable action, boolean onlyIfCommitted) {
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (!onlyIfCommitted || status == Status.STATUS_COMMITTED) {
                    action.run();
                }
            }
        });
    }
}
