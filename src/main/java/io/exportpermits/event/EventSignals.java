package io.exportpermits.event;

import io.exportpermits.common.security.Caller;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

/**
 * Tells this instance when any instance commits an event. The outbox is the record: a listener thread
 * reads the events that committed past the position it has reached, in feed order up to the horizon as
 * the feed does (V9), so none is missed, whoever wrote it, and none is told twice. It reads when a
 * NOTIFY says there is something new, and at least once a second.
 * <p>
 * Writers announce after they commit ({@link #announce}), and a single thread sends one NOTIFY for
 * however many commits came meanwhile. A NOTIFY inside the writing transaction, as a trigger on the
 * outbox sent it before V14, makes PostgreSQL serialise the commits of every writer: its notification
 * queue lock is held until the commit is flushed (shipments: 9 of 12 ms per report waiting to commit).
 */
@ApplicationScoped
public class EventSignals {
    private static final Logger LOG = Logger.getLogger(EventSignals.class);
    /** How often the outbox is read with no NOTIFY: writers that died between commit and announcement. */
    private static final int QUIET_READ_MILLIS = 1000;
    /**
     * Reads under a stream of writes come at most this often, each taking everything since the last; so do
     * NOTIFYs, which no listener would read sooner (0.65 a report at 670 reports a second without a pause).
     */
    private static final long MIN_INTERVAL_NANOS = 5_000_000L;
    /** Soon after a read that found committed events beyond the horizon (an older transaction still ran). */
    private static final int RECHECK_MILLIS = 20;
    private static final int READ_LIMIT = 500;
    // One statement, one snapshot: every transaction below its horizon had ended when it was taken, so the
    // events below it are final. Those beyond wait for the next read, which "later" asks for soon.
    private static final String READ = """
            with horizon as materialized (
                select h.tx, exists (select from event where event.tx >= h.tx) as later
                from (select pg_snapshot_xmin(pg_current_snapshot()) as tx) h
            )
            select horizon.tx::text, horizon.later, e.tx::text, e.seq, e.type, e.subject_type, e.subject_id,
                   e.visible_to_all, e.exporter_id, e.party_ids
            from horizon left join lateral (
                select tx, seq, type, subject_type, subject_id, visible_to_all, exporter_id, party_ids
                from event
                where (event.tx, event.seq) > (cast(? as xid8), ?) and event.tx < horizon.tx
                order by event.tx, event.seq
                limit ?
            ) e on true
            order by e.tx, e.seq""";

    private record Waiter(Caller caller, Set<String> types, CompletableFuture<Void> signal) {
    }

    /** An event as the listener reads it: enough to tell who may see it and what it is about. */
    private record Committed(String type, String subjectType, String subjectId, Audience audience) {
    }

    private final DataSource dataSource;
    private final String channel;
    private final Set<Waiter> waiters = ConcurrentHashMap.newKeySet();
    private final List<Runnable> subscribers = new CopyOnWriteArrayList<>();
    private final List<ChangeListener> changeListeners = new CopyOnWriteArrayList<>();
    private final Semaphore announcements = new Semaphore(0);
    /** Sent as the NOTIFY's payload, so that an instance's announcements can be told from another's. */
    private final String sender = UUID.randomUUID().toString();
    private volatile boolean running;
    private Thread listener;
    private Thread announcer;
    /** How far the listener has read: only its thread touches it. */
    private EventFeed.Position position;

    EventSignals(DataSource dataSource, @ConfigProperty(name = "export-permits.db.schema") String schema) {
        this.dataSource = dataSource;
        this.channel = schema + "_events";
    }

    void start(@Observes StartupEvent startup) {
        running = true;
        listener = daemon(this::listen, "event-listener");
        announcer = daemon(this::announceCommits, "event-announcer");
    }

    void stop(@Observes ShutdownEvent shutdown) {
        running = false;
        announcer.interrupt();
        waiters.forEach(w -> w.signal().complete(null));
        // The listener waits in the driver for up to a second, where an interrupt (which does end its pauses)
        // does not reach it: it is waited for, so that it hands its connection back before the pool closes it
        // under its feet (a NOTIFY or an abort would wake it sooner, but the one needs the database and the
        // other leaves the pool a closed connection to complain about).
        listener.interrupt();
        try {
            listener.join(2L * QUIET_READ_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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

    /** Runs {@code action} (quickly, on the listener thread) whenever events have committed. */
    public void onEveryEvent(Runnable action) {
        subscribers.add(action);
    }

    /** Told (quickly, on the listener thread) which subject each committed event is about. */
    public interface ChangeListener {
        void changed(String subjectType, String subjectId);

        /** Events may have been missed (this instance was not listening): anything may have changed. */
        void missed();
    }

    public void onChange(ChangeListener listener) {
        changeListeners.add(listener);
    }

    String sender() {
        return sender;
    }

    /** Called once a transaction that wrote events has committed: every instance reads them soon. */
    void announce() {
        announcements.release();
    }

    private void announceCommits() {
        while (running) {
            try {
                announcements.acquire();
                announcements.drainPermits();
            } catch (InterruptedException e) {
                return;
            }
            long announcedAt = System.nanoTime();
            // The NOTIFY need not be durable: a lost one costs a second's delay, not an event.
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement notify = connection.prepareStatement(
                         "select set_config('synchronous_commit', 'off', true), pg_notify(?, ?)")) {
                notify.setString(1, channel);
                notify.setString(2, sender);
                notify.execute();
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.debugf("Could not announce events (%s); listeners read the outbox within a second anyway",
                            e.getMessage());
                }
            }
            pauseUntil(announcedAt + MIN_INTERVAL_NANOS);
        }
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection();
                 Statement statement = connection.createStatement();
                 PreparedStatement read = connection.prepareStatement(READ)) {
                statement.execute("LISTEN \"" + channel + "\"");
                PGConnection postgres = connection.unwrap(PGConnection.class);
                if (position == null) {
                    position = new EventFeed.Position(EventFeed.horizon(connection), 0);
                }
                // What was cached or waited for before this listened may be stale: everyone looks again.
                wakeAll();
                while (running) {
                    long readAt = System.nanoTime();
                    boolean later = readCommitted(read);
                    // Returns early when a NOTIFY arrives; which ones arrived does not matter, the outbox says.
                    postgres.getNotifications(later ? RECHECK_MILLIS : QUIET_READ_MILLIS);
                    pauseUntil(readAt + MIN_INTERVAL_NANOS);
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warnf("Event notifications interrupted (%s); reconnecting in 1 s", e.getMessage());
                    pauseUntil(System.nanoTime() + 1_000_000_000L);
                }
            }
        }
    }

    /** Tells everything that committed since the last read; true if more committed beyond the horizon. */
    private boolean readCommitted(PreparedStatement read) throws SQLException {
        while (true) {
            List<Committed> committed = new ArrayList<>();
            String horizon = null;
            boolean later = false;
            EventFeed.Position last = position;
            read.setString(1, position.tx());
            read.setLong(2, position.seq());
            read.setInt(3, READ_LIMIT);
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    horizon = rows.getString(1);
                    later = rows.getBoolean(2);
                    if (rows.getString(3) != null) {
                        last = new EventFeed.Position(rows.getString(3), rows.getLong(4));
                        committed.add(new Committed(rows.getString(5), rows.getString(6), rows.getString(7),
                                new Audience(rows.getBoolean(8), rows.getObject(9, UUID.class), parties(rows.getArray(10)))));
                    }
                }
            }
            boolean full = committed.size() == READ_LIMIT;
            position = full ? last : EventFeed.Position.later(last, new EventFeed.Position(horizon, 0));
            if (!committed.isEmpty()) {
                dispatch(committed);
            }
            if (!full) {
                return later;
            }
        }
    }

    private void dispatch(List<Committed> committed) {
        subscribers.forEach(Runnable::run);
        for (Committed event : committed) {
            changeListeners.forEach(l -> l.changed(event.subjectType(), event.subjectId()));
        }
        for (Waiter waiter : waiters) {
            if (committed.stream().anyMatch(event -> event.audience().includes(waiter.caller())
                    && (waiter.types().isEmpty() || waiter.types().contains(event.type())))) {
                waiter.signal().complete(null);
            }
        }
    }

    private void wakeAll() {
        changeListeners.forEach(ChangeListener::missed);
        subscribers.forEach(Runnable::run);
        waiters.forEach(w -> w.signal().complete(null));
    }

    private static List<UUID> parties(Array array) throws SQLException {
        return array == null ? List.of()
                : Arrays.stream((Object[]) array.getArray()).filter(Objects::nonNull).map(UUID.class::cast).toList();
    }

    private static Thread daemon(Runnable body, String name) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** Thread.sleep(millis, nanos) rounds to whole milliseconds before JDK 21: up to half of one early. */
    private static void pauseUntil(long nanoTime) {
        for (long pause; (pause = nanoTime - System.nanoTime()) > 0 && !Thread.currentThread().isInterrupted(); ) {
            LockSupport.parkNanos(pause);
        }
    }
}
