package io.exportpermits.permit.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        static GroupSql ofLines(String column) {
            return new GroupSql("x.value", "from ev e cross join lateral (select distinct l." + column
                    + " as value from permit_line l where l.permit_id = e.permit_id) x");
        }
    }

    private static final Map<StatisticsGrouping, GroupSql> GROUP = Map.of(
            StatisticsGrouping.MONTH, new GroupSql("to_char(e.day, 'YYYY-MM')", "from ev e"),
            StatisticsGrouping.QUARTER, new GroupSql("to_char(e.day, 'YYYY-\"Q\"Q')", "from ev e"),
            StatisticsGrouping.DESTINATION, new GroupSql("e.destination", "from ev e"),
            StatisticsGrouping.LICENCE_TYPE, new GroupSql("e.type", "from ev e"),
            StatisticsGrouping.ELEMENT, GroupSql.ofLines("element"),
            StatisticsGrouping.CONTROL_CODE, GroupSql.ofLines("control_code"));

    private static final String WATCH_LISTED =
            "coalesce(position('\"WATCH_LISTED\"' in cast(p.screening_parties as text)) > 0, false)";

    private static final String QUERY = """
            with cal as materialized (
                select cast(d as date) as day,
                       count(*) filter (where extract(isodow from d) < 6 and h.day is null) over (order by d) as wd
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
                      select p.id from permit p where p.decided_at >= :firstEndInstant
                      union
                      select h.permit_id from permit_history h
                      where h.action = 'withdraw' and h.occurred_at >= :firstEndInstant) open
                     join permit p on p.id = open.id
                     join ends on p.decision_due_on < ends.day and coalesce(p.accepted_on, p.received_on) <= ends.day
                where (p.decided_at is null or cast(p.decided_at at time zone 'UTC' as date) > ends.day)
                  and (p.status <> 'WITHDRAWN' or cast(p.updated_at at time zone 'UTC' as date) > ends.day)
                  and (p.clock_paused_since is null or p.clock_paused_since > ends.day)
                  and (p.referred_to_state_council_on is null or p.referred_to_state_council_on > ends.day)
                  and not %1$s),
            grouped as (
                select %2$s as grp, false as total, e.measure, e.exporter_id, e.elapsed, e.paused, e.limited
                %3$s
                where :exporterId = '' or cast(e.exporter_id as text) = :exporterId
                union all
                select null, true, e.measure, e.exporter_id, e.elapsed, e.paused, e.limited from ev e
                where (e.measure <> 'OPEN_PAST_DUE' or e.day = cast(:periodEnd as date))
                  and (:exporterId = '' or cast(e.exporter_id as text) = :exporterId))
            select grp, total, measure, exporter_id, elapsed, count(*), sum(elapsed), sum(paused),
                   count(*) filter (where limited), count(*) filter (where limited and elapsed <= :limitDays),
                   grouping(exporter_id)
            from grouped
            group by grouping sets ((grp, total, measure, exporter_id), (grp, total, measure, elapsed))
            """;

    /** One figure's count from one exporter in one row (or the total), with the working days behind it. */
    record Tally(String group, boolean total, Measure measure, UUID exporterId, long count, long elapsedDays,
                 long pausedDays, long limited, long withinLimit) {
    }

    /** How many decisions of one row took a given number of working days: the distribution percentiles read. */
    record DayCount(String group, boolean total, Measure measure, int workingDays, long count) {
    }

    record Counted(List<Tally> tallies, List<DayCount> days) {
    }

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
    Counted count(LocalDate from, LocalDate until, StatisticsGrouping grouping, List<LocalDate> ends,
                  LocalDate today, int limit, UUID exporterId) {
        GroupSql grouped = GROUP.get(grouping);
        String sql = QUERY.formatted(WATCH_LISTED, grouped.value(), grouped.source());
        Object earliest = entities.createNativeQuery("select min(received_on) from permit").getSingleResult();
        LocalDate calendarFrom = earliest == null ? from : min((LocalDate) earliest, from).minusDays(1);
        LocalDate periodEnd = ends.isEmpty() ? from.minusDays(1) : ends.get(ends.size() - 1);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entities.createNativeQuery(sql)
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
                .setParameter("exporterId", exporterId == null ? "" : exporterId.toString())
                .getResultList();
        List<Tally> tallies = new ArrayList<>();
        List<DayCount> days = new ArrayList<>();
        for (Object[] row : rows) {
            String group = (String) row[0];
            boolean total = (Boolean) row[1];
            Measure measure = Measure.valueOf((String) row[2]);
            if (((Number) row[10]).intValue() == 0) {
                tallies.add(new Tally(group, total, measure, (UUID) row[3], number(row[5]), number(row[6]),
                        number(row[7]), number(row[8]), number(row[9])));
            } else if (row[4] != null) {
                days.add(new DayCount(group, total, measure, ((Number) row[4]).intValue(), number(row[5])));
            }
        }
        return new Counted(tallies, days);
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
