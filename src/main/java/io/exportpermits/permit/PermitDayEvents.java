package io.exportpermits.permit;

import io.exportpermits.event.EventType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Events that come with a day rather than a write: a licence approved in advance becoming valid
 * (`permit.validity_started`) and one past its last day (`permit.expired`), so that webhook subscribers
 * hear of them. Each is announced once per permit whatever the number of instances: the row recording it
 * is inserted with the event, and a second instance's insert of the same row does nothing. A service that
 * was down catches up on start.
 */
@ApplicationScoped
public class PermitDayEvents {
    private static final Logger LOG = Logger.getLogger(PermitDayEvents.class);
    private static final int BATCH = 200;

    private final PermitRepository permits;
    private final PermitStatusService statuses;
    private final EntityManager entities;
    private final Clock clock;
    private final Duration interval;
    private ScheduledExecutorService timer;

    PermitDayEvents(PermitRepository permits, PermitStatusService statuses, EntityManager entities, Clock clock,
                    @ConfigProperty(name = "export-permits.day-events.interval") Duration interval) {
        this.permits = permits;
        this.statuses = statuses;
        this.entities = entities;
        this.clock = clock;
        this.interval = interval;
    }

    void start(@Observes StartupEvent startup) {
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "permit-day-events");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::emitAllDue, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    private void emitAllDue() {
        try {
            while (emitDue() == BATCH) {
                LOG.debug("More permits changed with the day; announcing the next batch");
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "Announcing the day's changes to permits failed; retrying in %s", interval);
        }
    }

    /** Announces up to a batch of the changes due today; returns how many this call announced. */
    public int emitDue() {
        return QuarkusTransaction.requiringNew().call(() -> emit("EXPIRED", EventType.PERMIT_EXPIRED, """
                select p.id, p.valid_until + 1 from permit p
                where p.status in ('APPROVED', 'SUSPENDED') and p.valid_until < :today and p.valid_until >= :since
                  and not exists (select 1 from permit_day_event d where d.permit_id = p.id and d.type = 'EXPIRED')
                order by p.valid_until, p.id""")
                + emit("VALIDITY_STARTED", EventType.PERMIT_VALIDITY_STARTED, """
                select p.id, p.valid_from from permit p
                where p.status = 'APPROVED' and p.valid_from <= :today and p.valid_from >= :since
                  and (p.decided_at at time zone 'UTC')::date < p.valid_from
                  and not exists (select 1 from permit_day_event d where d.permit_id = p.id
                                  and d.type = 'VALIDITY_STARTED')
                order by p.valid_from, p.id"""));
    }

    /**
     * Announces up to a batch of one kind. Only permits whose day came since the kind was last complete are
     * read (from the day before, so that a day announced by halves is finished); once none is left, the
     * kind is complete up to today.
     */
    private int emit(String type, EventType event, String due) {
        LocalDate today = LocalDate.now(clock);
        @SuppressWarnings("unchecked")
        List<LocalDate> progress = entities.createNativeQuery(
                "select through_day from permit_day_event_progress where type = :type", LocalDate.class)
                .setParameter("type", type).getResultList();
        LocalDate since = progress.isEmpty() ? LocalDate.of(1970, 1, 1) : progress.get(0).minusDays(1);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entities.createNativeQuery(due).setParameter("today", today)
                .setParameter("since", since).setMaxResults(BATCH).getResultList();
        int announced = 0;
        for (Object[] row : rows) {
            UUID id = (UUID) row[0];
            int claimed = entities.createNativeQuery("""
                    insert into permit_day_event (permit_id, type, day, emitted_at) values (:id, :type, :day, :at)
                    on conflict do nothing""").setParameter("id", id).setParameter("type", type)
                    .setParameter("day", row[1]).setParameter("at", clock.instant()).executeUpdate();
            if (claimed == 1) {
                statuses.emit(permits.findById(id), event);
                announced++;
            }
        }
        if (rows.size() < BATCH) {
            entities.createNativeQuery("""
                    insert into permit_day_event_progress (type, through_day) values (:type, :today)
                    on conflict (type) do update set through_day = greatest(permit_day_event_progress.through_day,
                                                                            excluded.through_day)""")
                    .setParameter("type", type).setParameter("today", today).executeUpdate();
        }
        return announced;
    }
}
