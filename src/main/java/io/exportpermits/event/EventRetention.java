package io.exportpermits.event;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Deletes events older than the retention horizon, from the start of the feed, with their webhook deliveries,
 * a batch per transaction
 * so that no transaction holds many rows, and records how far the feed was pruned: {@link EventFeed} answers
 * a cursor from before that point 410. One instance prunes at a time (a transaction-scoped advisory lock);
 * another finding it taken simply waits for its next turn.
 */
@ApplicationScoped
public class EventRetention {
    private static final Logger LOG = Logger.getLogger(EventRetention.class);
    private static final int BATCH = 5_000;

    private final EntityManager entities;
    private final Clock clock;
    private final Duration retention;
    private final Duration interval;
    private ScheduledExecutorService timer;

    EventRetention(EntityManager entities, Clock clock,
                   @ConfigProperty(name = "export-permits.events.retention") Duration retention,
                   @ConfigProperty(name = "export-permits.events.retention-interval") Duration interval) {
        this.entities = entities;
        this.clock = clock;
        this.retention = retention;
        this.interval = interval;
    }

    void start(@Observes StartupEvent startup) {
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "event-retention");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::pruneAll, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    private void pruneAll() {
        try {
            long pruned = 0;
            for (int batch = prune(); batch > 0; batch = prune()) {
                pruned += batch;
            }
            if (pruned > 0) {
                LOG.infof("Deleted %d events that occurred more than %s ago", pruned, retention);
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "Deleting events older than %s failed; retrying in %s", retention, interval);
        }
    }

    /** Deletes up to a batch of the events past the horizon; how many, or 0 when none is left or another instance is at it. */
    public int prune() {
        Instant horizon = clock.instant().minus(retention);
        return QuarkusTransaction.requiringNew().call(() -> {
            if (!(Boolean) entities.createNativeQuery("select pg_try_advisory_xact_lock(hashtext('event-retention'))")
                    .getSingleResult()) {
                return 0;
            }
            // Only a prefix of the feed goes: events up to the first one still within the horizon. Then every
            // event before the point recorded is gone, which is what a cursor's 410 promises.
            @SuppressWarnings("unchecked")
            List<Object[]> doomed = entities.createNativeQuery("""
                    with first_kept as (select tx, seq from event where occurred_at >= :horizon
                                        order by event.tx, event.seq limit 1)
                    select seq, tx::text from event
                    where occurred_at < :horizon
                      and (not exists (select 1 from first_kept)
                           or (event.tx, event.seq) < (select tx, seq from first_kept))
                    order by event.tx, event.seq limit :batch""")
                    .setParameter("horizon", horizon).setParameter("batch", BATCH).getResultList();
            if (doomed.isEmpty()) {
                return 0;
            }
            List<Long> seqs = doomed.stream().map(row -> ((Number) row[0]).longValue()).toList();
            Object[] last = doomed.get(doomed.size() - 1);
            entities.createNativeQuery("set local export_permits.pruning_events = 'on'").executeUpdate();
            entities.createNativeQuery("delete from webhook_delivery where event_seq in (:seqs)")
                    .setParameter("seqs", seqs).executeUpdate();
            entities.createNativeQuery("delete from event where seq in (:seqs)").setParameter("seqs", seqs)
                    .executeUpdate();
            // Only ever forwards: events are taken in feed order (ordered by the columns, not the text selected,
            // which would sort "9" after "10"), so this batch's last is the furthest.
            entities.createNativeQuery("""
                    insert into event_retention (pruned_through_tx, pruned_through_seq, pruned_before, pruned_at)
                    values (cast(:tx as xid8), :seq, :horizon, :now)
                    on conflict (id) do update set pruned_through_tx = excluded.pruned_through_tx,
                        pruned_through_seq = excluded.pruned_through_seq, pruned_before = excluded.pruned_before,
                        pruned_at = excluded.pruned_at
                    where (event_retention.pruned_through_tx, event_retention.pruned_through_seq)
                          < (excluded.pruned_through_tx, excluded.pruned_through_seq)""")
                    .setParameter("tx", last[1]).setParameter("seq", ((Number) last[0]).longValue())
                    .setParameter("horizon", horizon).setParameter("now", clock.instant()).executeUpdate();
            return doomed.size();
        });
    }
}
