package io.exportpermits.permit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/** Runs an action once the current transaction has ended, committed or not: for forgetting cached reads. */
@ApplicationScoped
class AfterCompletion {
    private final TransactionSynchronizationRegistry registry;

    AfterCompletion(TransactionSynchronizationRegistry registry) {
        this.registry = registry;
    }

    void run(Runnable action) {
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                action.run();
            }
        });
    }
}
