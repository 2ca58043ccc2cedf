package io.exportpermits.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

/** Whether the calling thread runs inside a transaction: shared snapshots are trusted only outside one. */
@ApplicationScoped
public class CurrentTransaction {
    private final TransactionSynchronizationRegistry registry;

    CurrentTransaction(TransactionSynchronizationRegistry registry) {
        this.registry = registry;
    }

    public boolean exists() {
        return registry.getTransactionStatus() != Status.STATUS_NO_TRANSACTION;
    }
}
