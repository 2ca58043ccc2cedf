package io.exportpermits.permit.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.jpa.HibernateHints;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Counts applications for a period and grouping in one statement, per row, figure and exporter, so that
 * disclosure control can tell how many exporters make up each figure and how much the largest one
 * contributes. Working days are counted in SQL against the holiday calendar, the way {@code WorkingDays}
 * counts them: a calendar of the days involved, numbered by the working days up to each.
 */
@ApplicationScoped
class LicensingCounts {
    /** The grouping's value for an event row {@code e}, and where it comes from (the lines, for some). */
    private record GroupSql(String value, String source) {
        /** Each line's value once per permit, joined whole: a lookup per counted row cost three times as much. */
        static GroupSql ofLines(String column) {
            return new GroupSql("x.value", "from ev e join (select distinct l.permit_id, l." + column
                    + " as value from permit_line l) x on x.permit_id = e.permit_id");
        }
    }

    private static final Map<StatisticsGrouping, GroupSql> GROUP = Map.of(
            // Each day's month and quarter are written once, in the calendar, not once per row.
            StatisticsGrouping.MONTH, new GroupSql("c.month", "from ev e join cal c on c.day = e.day"),
            StatisticsGrouping.QUARTER, new GroupSql("c.quarter", "from ev e join cal c on c.day = e.day"),
            StatisticsGrouping.DESTINATION, new GroupSql("e.destination", "from ev e"),
            StatisticsGrouping.LICENCE_TYPE, new GroupSql("e.type", "from ev e"),
            StatisticsGrouping.ELEMENT, GroupSql.ofLines("element"),
            StatisticsGrouping.CONTROL_CODE, GroupSql.ofLines("control_code"));

    /** A decision's band of working days: SQL's bucket over the bands' starts, or -1 without a time limit. */
    private static final String BAND = "case when e.limited then width_bucket(e.elapsed, cast(string_to_array(:bandStarts, "
            + "',') as int[])) else " + DecisionBand.NO_TIME_LIMIT_INDEX + " end";

    private static final String WATCH_LISTED =
            "coalesce(position('\"WATCH_LISTED\"' in cast(p.screening_parties as text)) > 0, false)";

    private static final String QUERY = """
            with cal as materialized (
                select cast(d as date) as day,
                       count(*) filter (where extract(isodow from d) < 6 and h.day is null) over (order by d) as wd,
                       to_char(d, 'YYYY-MM') as month, to_char(d, 'YYYY-"Q"Q') as quarter
                from generate_series(cast(:calendarFrom as date), cast(:calendarUntil as date), interval '1 day') d
                     left join holiday h on h.day = cast(d as date)),
            ends as (select cast(unnest(string_to_array(:ends, ',')) as date) as day),
            ev as materialized (
                select p.id as permit_id, p.exporter_id, p.type, p.destination, 'RECEIVED' as measure,
                       p.received_on as day, cast(null as int) as elapsed, cast(null as int) as paused,
                       cast(null as boolean) as limited
                from permit p where p.received_on between :from and :until
                union all
                select p.id, p.exporter_id, p.type, p.destination, 'ACCEPTED', coalesce(p.accepted_on, p.received_on),
                       null, null, null
                from permit p where p.accepted_on between :from and :until
                union all
                -- still awaiting acceptance past the 5 working days: accepted by law on the day of receipt
                select p.id, p.exporter_id, p.type, p.destination, 'ACCEPTED', p.received_on, null, null, null
                from permit p join cal received on received.day = p.received_on
                where p.accepted_on is null and p.status = 'SUBMITTED' and p.received_on between :from and :until
                  and (select wd from cal where day = cast(:today as date) - 1) - received.wd >= 5
                union all
                select p.id, p.exporter_id, p.type, p.destination,
                       case p.status when 'REFUSED' then 'REFUSED' else 'APPROVED' end, decided.day,
                       decided.wd - accepted.wd - pause.days, pause.days,
                       p.referred_to_state_council_on is null and not %1$s
                from permit p
                     join cal decided on decided.day = cast(p.decided_at at time zone 'UTC' as date)
                     join cal accepted on accepted.day = coalesce(p.accepted_on, p.received_on)
                     left join cal paused_since on paused_since.day = p.clock_paused_since
                     cross join lateral (select p.clock_paused_working_days
                                                + coalesce(decided.wd - paused_since.wd, 0) as days) pause
                where p.decided_at >= :fromInstant and p.decided_at < :untilInstant
                union all
                select p.id, p.exporter_id, p.type, p.destination,
                       case h.action when 'withdraw' then 'WITHDRAWN' else 'RETURNED' end,
                       cast(h.occurred_at at time zone 'UTC' as date), null, null, null
                from permit_history h join permit p on p.id = h.permit_id
                where h.action in ('request-corrections', 'withdraw')
                  and h.occurred_at >= :fromInstant and h.occurred_at < :untilInstant
                  and (h.action = 'request-corrections' or h.from_status <> 'DRAFT')
                union all
                select p.id, p.exporter_id, p.type, p.destination, 'OPEN_PAST_DUE', ends.day, null, null, null
                from (select p.id from permit p
                      where p.status in ('SUBMITTED', 'UNDER_REVIEW', 'INFORMATION_REQUESTED')
                        and p.decision_due_on is not null
                      union
                      -- only those decided or withdrawn after their due day were ever open past it
                      select p.id from permit p where p.decided_at >= :firstEndInstant
                        and cast(p.decided_at at time zone 'UTC' as date) > p.decision_due_on
                      union
                      select h.permit_id from permit_history h join permit p on p.id = h.permit_id
                      where h.action = 'withdraw' and h.occurred_at >= :firstEndInstant
                        and cast(h.occurred_at at time zone 'UTC' as date) > p.decision_due_on) open
                     join permit p on p.id = open.id
                     join ends on p.decision_due_on < ends.day and coalesce(p.accepted_on, p.received_on) <= ends.day
                where (p.decided_at is null or cast(p.decided_at at time zone 'UTC' as date) > ends.day)
                  and (p.status <> 'WITHDRAWN' or cast(p.updated_at at time zone 'UTC' as date) > ends.day)
                  and (p.clock_paused_since is null or p.clock_paused_since > ends.day)
                  and (p.referred_to_state_council_on is null or p.referred_to_state_council_on > ends.day)
                  and not %1$s),
            grouped as (
                select %2$s as grp, e.measure, e.exporter_id, e.elapsed, e.paused, e.limited, %4$s as band
                %3$s
                where :exporterId = '' or cast(e.exporter_id as text) = :exporterId),
            whole as (
                select e.measure, e.exporter_id, e.elapsed, e.paused, e.limited, %4$s as band from ev e
                where (e.measure <> 'OPEN_PAST_DUE' or e.day = cast(:periodEnd as date))
                  and (:exporterId = '' or cast(e.exporter_id as text) = :exporterId))
            -- Plain aggregations, each hashed: grouping sets over a year of a million permits sort instead.
            select grp, false, measure, exporter_id, null, count(*), sum(elapsed), sum(paused),
                   count(*) filter (where limited), count(*) filter (where limited and elapsed <= :limitDays), 0
            from grouped group by grp, measure, exporter_id
            union all
            select grp, false, measure, null, elapsed, count(*), null, null, null, null, 1
            from grouped where elapsed is not null group by grp, measure, elapsed
            union all
            select null, true, measure, exporter_id, null, count(*), sum(elapsed), sum(paused),
                   count(*) filter (where limited), count(*) filter (where limited and elapsed <= :limitDays), 0
            from whole group by measure, exporter_id
            union all
            select null, true, measure, null, elapsed, count(*), null, null, null, null, 1
            from whole where elapsed is not null group by measure, elapsed
            union all
            select grp, false, null, exporter_id, band, count(*), null, null, null, null, 2
            from grouped where elapsed is not null group by grp, exporter_id, band
            union all
            select null, true, null, exporter_id, band, count(*), null, null, null, null, 2
            from whole where elapsed is not null group by exporter_id, band
            """;

    private final EntityManager entities;

    LicensingCounts(EntityManager entities) {
        this.entities = entities;
    }

    /**
     * @param exporterId only this exporter's applications; everyone's when null
     * @param ends the days open applications past their due day are counted on: each row's last day for
     *             groupings by time, the period's for the others; none after today
     */
    @Transactional
    void count(LocalDate from, LocalDate until, StatisticsGrouping grouping, List<LocalDate> ends,
                  LocalDate today, int limit, UUID exporterId, LicensingTable into) {
        GroupSql grouped = GROUP.get(grouping);
        String sql = QUERY.formatted(WATCH_LISTED, grouped.value(), grouped.source(), BAND);
        // A table over a year of a million permits hashes a hundred megabytes or so: in memory, not on disk. The
        // plan is simple and runs once per count: compiling it with LLVM cost more than it saved (1.3 s of 8).
        entities.createNativeQuery("set local work_mem = '128MB'").executeUpdate();
        entities.createNativeQuery("set local jit = off").executeUpdate();
        Object earliest = entities.createNativeQuery("select min(received_on) from permit").getSingleResult();
        LocalDate calendarFrom = earliest == null ? from : min((LocalDate) earliest, from).minusDays(1);
        LocalDate periodEnd = ends.isEmpty() ? from.minusDays(1) : ends.get(ends.size() - 1);
        @SuppressWarnings("unchecked")
        Stream<Object[]> rows = entities.createNativeQuery(sql)
                .setHint(HibernateHints.HINT_FETCH_SIZE, 2_000)
                .setParameter("calendarFrom", calendarFrom)
                .setParameter("calendarUntil", max(until, today).plusDays(1))
                .setParameter("ends", ends.stream().map(LocalDate::toString).collect(Collectors.joining(",")))
                .setParameter("from", from)
                .setParameter("until", until)
                .setParameter("today", today)
                .setParameter("fromInstant", from.atStartOfDay(ZoneOffset.UTC).toOffsetDateTime())
                .setParameter("untilInstant", until.plusDays(1).atStartOfDay(ZoneOffset.UTC).toOffsetDateTime())
                .setParameter("firstEndInstant", (ends.isEmpty() ? from : ends.get(0)).atStartOfDay(ZoneOffset.UTC)
                        .toOffsetDateTime())
                .setParameter("periodEnd", periodEnd)
                .setParameter("limitDays", limit)
                .setParameter("bandStarts", DecisionBand.sqlThresholds())
                .setParameter("exporterId", exporterId == null ? "" : exporterId.toString())
                .getResultStream();
        // Streamed in parts and folded as they come: the rows of a year of a million permits, held whole, took
        // more heap than the service has.
        try (rows) {
            rows.forEach(row -> {
                String group = (String) row[0];
                boolean total = (Boolean) row[1];
                int kind = ((Number) row[10]).intValue();
                if (kind == 2) {
                    into.addBand(group, total, ((Number) row[4]).intValue(), (UUID) row[3], number(row[5]));
                    return;
                }
                Measure measure = Measure.valueOf((String) row[2]);
                if (kind == 0) {
                    into.add(group, total, measure, (UUID) row[3], number(row[5]), number(row[6]), number(row[7]),
                            number(row[8]), number(row[9]));
                } else if (measure == Measure.APPROVED || measure == Measure.REFUSED) {
                    into.addDecisionDays(group, total, ((Number) row[4]).intValue(), number(row[5]));
                }
            });
        }
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
