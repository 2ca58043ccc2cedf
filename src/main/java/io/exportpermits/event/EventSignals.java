package io.exportpermits.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.exportpermits.common.security.Caller;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Tells this instance when any instance commits an event, by LISTENing to the channel the outbox
 * trigger NOTIFYs at commit. Long polls wait here instead of querying in a loop; the notification
 * carries the event's audience, so only waiters that may see it wake up.
 */
@ApplicationScoped
public class EventSignals {
    private static final Logger LOG = Logger.getLogger(EventSignals.class);
    private static final long HEARTBEAT_NANOS = 5_000_000_000L;

    private record Waiter(Caller caller, Set<String> types, CompletableFuture<Void> signal) {
    }

    private final DataSource dataSource;
    private final ObjectMapper json;
    private final String channel;
    private final Set<Waiter> waiters = ConcurrentHashMap.newKeySet();
    private final List<Runnable> subscribers = new CopyOnWriteArrayList<>();
    private final List<ChangeListener> changeListeners = new CopyOnWriteArrayList<>();
    private volatile boolean running;
    private Thread listener;

    EventSignals(DataSource dataSource, ObjectMapper json,
                 @ConfigProperty(name = "export-permits.db.schema") String schema) {
        this.dataSource = dataSource;
        this.json = json;
        this.channel = schema + "_events";
    }

    void start(@Observes StartupEvent startup) {
        running = true;
        listener = new Thread(this::listen, "event-listener");
        listener.setDaemon(true);
        listener.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        running = false;
        listener.interrupt();
        waiters.forEach(w -> w.signal().complete(null));
    }

    /**
     * Completes when an event the caller may see (of one of {@code types}, if any are given) commits.
     * Cancel it to stop waiting.
     */
    public CompletableFuture<Void> next(Caller caller, Set<String> types) {
        Waiter waiter = new Waiter(caller, types, new CompletableFuture<>());
        waiters.add(waiter);
        waiter.signal().whenComplete((done, failure) -> waiters.remove(waiter));
        return waiter.signal();
    }

    /** Runs {@code action} (quickly, on the listener thread) whenever any event commits. */
    public void onEveryEvent(Runnable action) {
        subscribers.add(action);
    }

    /** Told (quickly, on the listener thread) which subject each committed event is about. */
    public interface ChangeListener {
        void changed(String subjectType, String subjectId);

        /** Notifications may have been missed (this instance was not listening): anything may have changed. */
        void missed();
    }

    public void onChange(ChangeListener listener) {
        changeListeners.add(listener);
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("LISTEN \"" + channel + "\"");
                PGConnection postgres = connection.unwrap(PGConnection.class);
                // Whatever committed while nobody listened is read by everyone's next query.
                wakeAll();
                long checkedAt = System.nanoTime();
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications(1000);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            dispatch(notification.getParameter());
                        }
                    }
                    // Waiting for notifications alone would not notice a connection that died silently.
                    if (System.nanoTime() - checkedAt > HEARTBEAT_NANOS) {
                        statement.execute("select 1");
                        checkedAt = System.nanoTime();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warnf("Event notifications interrupted (%s); reconnecting in 1 s", e.getMessage());
                    sleep();
                }
            }
        }
    }

    private void dispatch(String payload) {
        subscribers.forEach(Runnable::run);
        Audience audience;
        String type;
        try {
            JsonNode event = json.readTree(payload);
            type = event.path("type").asText();
            List<UUID> parties = event.path("parties").isArray()
                    ? java.util.stream.StreamSupport.stream(event.path("parties").spliterator(), false)
                    .map(p -> UUID.fromString(p.asText())).toList() : List.of();
            audience = new Audience(event.path("all").asBoolean(),
                    event.path("exporter").isTextual() ? UUID.fromString(event.path("exporter").asText()) : null, parties);
            String subjectType = event.path("subjectType").asText();
            String subjectId = event.path("subjectId").asText();
            changeListeners.forEach(l -> l.changed(subjectType, subjectId));
        } catch (Exception e) {
            wakeAll();
            return;
        }
        for (Waiter waiter : waiters) {
            if (audience.includes(waiter.caller()) && (waiter.types().isEmpty() || waiter.types().contains(type))) {
                waiter.signal().complete(null);
            }
        }
    }

    private void wakeAll() {
        changeListeners.forEach(ChangeListener::missed);
        subscribers.forEach(Runnable::run);
        waiters.forEach(w -> w.signal().complete(null));
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
