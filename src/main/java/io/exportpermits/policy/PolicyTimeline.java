package io.exportpermits.policy;

import io.exportpermits.policy.api.PolicyView;
import io.exportpermits.policy.api.SuspensionView;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The restriction policies on a time axis, laid out for the SVG of the "What is in force" page: each
 * announcement's in-force and suspended windows, today's line, and where a window's end rests on a
 * schedule no source has confirmed. Coordinates are in the SVG's own units; the template only draws.
 */
record PolicyTimeline(List<Row> rows, List<Tick> ticks, double todayX, int height, LocalDate today) {
    static final double LEFT = 130;
    static final double RIGHT = 990;
    static final int ROW = 34;
    static final int TOP = 30;

    /** The drawing's height with room for the axis labels. */
    public int svgHeight() {
        return height + 20;
    }

    /** A stretch of a row: IN_FORCE, SUSPENDED, or SCHEDULED (in force again only by a schedule). */
    record Bar(String kind, double x, double width, LocalDate from, LocalDate until) {
    }

    /** A policy's row: its label, bars and, where an end is unconfirmed, the mark at it. */
    record Row(PolicyView policy, String label, double y, List<Bar> bars, List<Double> unconfirmedAt) {
        public double labelY() {
            return y + 15;
        }
    }

    record Tick(double x, String label) {
    }

    static PolicyTimeline of(List<PolicyView> policies, LocalDate today) {
        LocalDate start = policies.stream().map(PolicyView::publishedOn).min(Comparator.naturalOrder()).orElse(today)
                .withDayOfMonth(1).minusMonths(1);
        LocalDate latest = policies.stream().flatMap(p -> p.suspendedBy().stream()).map(SuspensionView::until)
                .max(Comparator.naturalOrder()).orElse(today);
        LocalDate end = Stream.of(today.plusMonths(6), latest.plusMonths(3)).max(Comparator.naturalOrder()).orElseThrow()
                .withDayOfMonth(1);
        Axis axis = new Axis(start, end);
        List<Row> rows = new ArrayList<>();
        List<PolicyView> ordered = policies.stream().sorted(Comparator.comparing(PolicyView::effectiveFrom)
                .thenComparing(PolicyView::id)).toList();
        for (int i = 0; i < ordered.size(); i++) {
            rows.add(row(ordered.get(i), TOP + i * ROW, axis, end));
        }
        // A label every 3, 6, 12 or 24 months: as often as leaves each its 60 units of the axis's 860.
        long months = ChronoUnit.MONTHS.between(start, end);
        int step = Stream.of(3, 6, 12, 24).filter(m -> months / m <= (RIGHT - LEFT) / 60).findFirst().orElse(48);
        List<Tick> ticks = new ArrayList<>();
        for (LocalDate month = start.withMonth(1); !month.isAfter(end); month = month.plusMonths(step)) {
            if (!month.isBefore(start)) {
                ticks.add(new Tick(axis.x(month), month.toString().substring(0, 7)));
            }
        }
        return new PolicyTimeline(rows, ticks, axis.x(today), TOP + ordered.size() * ROW + 10, today);
    }

    private static Row row(PolicyView policy, double y, Axis axis, LocalDate axisEnd) {
        LocalDate last = Stream.of(policy.repealedOn() == null ? null : policy.repealedOn().minusDays(1),
                policy.effectiveUntil(), axisEnd).filter(d -> d != null).min(Comparator.naturalOrder()).orElseThrow();
        List<Bar> bars = new ArrayList<>();
        List<Double> unconfirmed = new ArrayList<>();
        LocalDate cursor = policy.effectiveFrom();
        boolean scheduled = false;
        List<SuspensionView> suspensions = policy.suspendedBy().stream().filter(s -> s.clause() == null)
                .sorted(Comparator.comparing(SuspensionView::from)).toList();
        for (SuspensionView suspension : suspensions) {
            if (suspension.from().isAfter(cursor)) {
                bars.add(axis.bar(scheduled ? "SCHEDULED" : "IN_FORCE", cursor, suspension.from().minusDays(1)));
            }
            bars.add(axis.bar("SUSPENDED", suspension.from(), suspension.until()));
            cursor = suspension.until().plusDays(1);
            scheduled = !suspension.endConfirmed();
            if (scheduled) {
                unconfirmed.add(axis.x(cursor));
            }
        }
        if (!cursor.isAfter(last)) {
            bars.add(axis.bar(scheduled ? "SCHEDULED" : "IN_FORCE", cursor, last));
        }
        return new Row(policy, "No. " + policy.number() + "/" + policy.year(), y, bars, unconfirmed);
    }

    private record Axis(LocalDate start, LocalDate end) {
        double x(LocalDate day) {
            double span = ChronoUnit.DAYS.between(start, end);
            double at = Math.max(0, Math.min(span, ChronoUnit.DAYS.between(start, day)));
            return Math.round((LEFT + (RIGHT - LEFT) * at / span) * 10) / 10.0;
        }

        Bar bar(String kind, LocalDate from, LocalDate until) {
            double x = x(from);
            return new Bar(kind, x, Math.max(1, x(until.plusDays(1)) - x), from, until);
        }
    }
}
