package io.exportpermits.apikey;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Creates the configured first AUTHORITY key after start-up, on a worker thread: the check is the
 * service's first ORM query, and on two cores it held the first request back by 0.2 s. A key presented
 * before the check has finished waits for it (see {@link #awaitCreation}).
 */
@Singleton
public class BootstrapAuthorityKey {
    private static final Logger LOG = Logger.getLogger(BootstrapAuthorityKey.class);
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(10);

    @ConfigProperty(name = "export-permits.bootstrap-authority-key")
    Optional<String> secret;

    private volatile CompletableFuture<Void> creation = CompletableFuture.completedFuture(null);
    private volatile boolean stopping;

    void create(@Observes StartupEvent event, ApiKeyService keys) {
        secret.filter(s -> !s.isBlank()).ifPresent(s -> creation = CompletableFuture
                .runAsync(() -> keys.bootstrap(s), Infrastructure.getDefaultWorkerPool())
                .whenComplete((done, failure) -> {
                    if (failure != null && stopping) {
                        // Stopped within a moment of starting (a developer's Ctrl-C): the session went first.
                        LOG.info("The bootstrap authority key was not created before the service stopped; it will be "
                                + "tried at the next start");
                    } else if (failure != null) {
                        LOG.error("The bootstrap authority key could not be created; it will be tried at the next start",
                                failure);
                    }
                }));
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /** Whether the bootstrap key is still being created. */
    boolean creating() {
        return !creation.isDone();
    }

    /** Waits for the bootstrap key's creation to end, at most {@link #LONGEST_WAIT}. */
    void awaitCreation() {
        try {
            creation.get(LONGEST_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // Logged where it failed; the caller's lookup stands.
        }
    }
}
