package io.exportpermits.permit.statistics;

import io.exportpermits.permit.statistics.api.LicensingFigures;
import io.exportpermits.permit.statistics.api.WorkingDaysBand;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

/**
 * The counts of one licensing table by row (the total apart), figure and exporter, folded as the rows of
 * {@link LicensingCounts} stream in: per figure each exporter's count (all disclosure control needs) and
 * the sums the figures need, so that a year of a million permits fits in a few megabytes.
 */
final class LicensingTable {
    /** Internal key of the row whose group is absent (lines naming no element or code). */
    static final String NO_GROUP = "";

    private record Cell(String group, boolean total) {
    }

    private static final class Column {
        private final Map<UUID, Long> byExporter = new HashMap<>();
        private long count;
        private long elapsed;
        private long paused;
        private long limited;
        private long within;
    }

    private final Map<Cell, EnumMap<Measure, Column>> cells = new HashMap<>();
    private final Map<Cell, TreeMap<Integer, Long>> decisionDays = new HashMap<>();
    /** Per row, band (index in {@link DecisionBand#ALL}) and exporter: the decisions in the band. */
    private final Map<Cell, Map<Integer, Map<UUID, Long>>> bands = new HashMap<>();

    /** One exporter's count of one figure in one row (or the total), with the working days behind it. */
    void add(String group, boolean total, Measure measure, UUID exporterId, long count, long elapsed, long paused,
             long limited, long within) {
        Column column = cells.computeIfAbsent(cell(group, total), c -> new EnumMap<>(Measure.class))
                .computeIfAbsent(measure, m -> new Column());
        column.byExporter.merge(exporterId, count, Long::sum);
        column.count += count;
        column.elapsed += elapsed;
        column.paused += paused;
        column.limited += limited;
        column.within += within;
    }

    /** How many decisions of one row took a given number of working days: what percentiles read. */
    void addDecisionDays(String group, boolean total, int workingDays, long count) {
        decisionDays.computeIfAbsent(cell(group, total), c -> new TreeMap<>()).merge(workingDays, count, Long::sum);
    }

    /** One exporter's decisions of one row in one band of working days (SQL's bucket number). */
    void addBand(String group, boolean total, int bucket, UUID exporterId, long count) {
        bands.computeIfAbsent(cell(group, total), c -> new HashMap<>())
                .computeIfAbsent(DecisionBand.indexOf(bucket), b -> new HashMap<>()).merge(exporterId, count, Long::sum);
    }

    private static Cell cell(String group, boolean total) {
        return new Cell(total ? null : group == null ? NO_GROUP : group, total);
    }

    List<String> groupsPresent() {
        return cells.keySet().stream().filter(c -> !c.total()).map(Cell::group).sorted().toList();
    }

    Map<UUID, Long> contributions(String group, boolean total, Measure measure) {
        Column column = column(group, total, measure);
        return column == null ? Map.of() : column.byExporter;
    }

    /** Each exporter's decisions (approvals and refusals) of one row. */
    Map<UUID, Long> decisions(String group, boolean total) {
        Map<UUID, Long> decisions = new HashMap<>(contributions(group, total, Measure.APPROVED));
        contributions(group, total, Measure.REFUSED).forEach((exporter, count) -> decisions.merge(exporter, count, Long::sum));
        return decisions;
    }

    /** Each exporter's decisions of one row in one band (index in {@link DecisionBand#ALL}). */
    Map<UUID, Long> band(String group, boolean total, int band) {
        return bands.getOrDefault(new Cell(group, total), Map.of()).getOrDefault(band, Map.of());
    }

    private Column column(String group, boolean total, Measure measure) {
        EnumMap<Measure, Column> row = cells.get(new Cell(group, total));
        return row == null ? null : row.get(measure);
    }

    private long sum(String group, boolean total, Measure measure, java.util.function.ToLongFunction<Column> of) {
        Column column = column(group, total, measure);
        return column == null ? 0 : of.applyAsLong(column);
    }

    /** @param bandShown whether a band (index in {@link DecisionBand#ALL}) is shown */
    LicensingFigures figures(String group, boolean total, Predicate<Measure> shown, boolean decisionsShown,
                             IntPredicate bandShown) {
        List<WorkingDaysBand> distribution = new ArrayList<>();
        for (int i = 0; i < DecisionBand.ALL.size(); i++) {
            DecisionBand band = DecisionBand.ALL.get(i);
            distribution.add(new WorkingDaysBand(band.label(), band.from(), band.to(), bandShown.test(i)
                    ? band(group, total, i).values().stream().mapToLong(Long::longValue).sum() : null));
        }
        Map<Measure, Long> counts = new EnumMap<>(Measure.class);
        for (Measure measure : Measure.values()) {
            if (shown.test(measure)) {
                counts.put(measure, sum(group, total, measure, c -> c.count));
            }
        }
        if (!decisionsShown) {
            return figures(counts, null, null, null, null, null, distribution);
        }
        long approved = counts.get(Measure.APPROVED);
        long decided = approved + counts.get(Measure.REFUSED);
        long limited = 0;
        long within = 0;
        long elapsed = 0;
        long paused = 0;
        for (Measure measure : List.of(Measure.APPROVED, Measure.REFUSED)) {
            limited += sum(group, total, measure, c -> c.limited);
            within += sum(group, total, measure, c -> c.within);
            elapsed += sum(group, total, measure, c -> c.elapsed);
            paused += sum(group, total, measure, c -> c.paused);
        }
        TreeMap<Integer, Long> days = decisionDays.getOrDefault(new Cell(group, total), new TreeMap<>());
        return figures(counts, share(approved, decided), percentile(days, 50, decided), percentile(days, 90, decided),
                share(within, limited), share(paused, elapsed + paused), distribution);
    }

    private static LicensingFigures figures(Map<Measure, Long> counts, BigDecimal approvalRate, Integer median,
                                            Integer p90, BigDecimal withinLimit, BigDecimal paused,
                                            List<WorkingDaysBand> distribution) {
        return new LicensingFigures(counts.get(Measure.RECEIVED), counts.get(Measure.ACCEPTED),
                counts.get(Measure.APPROVED), counts.get(Measure.REFUSED), counts.get(Measure.WITHDRAWN),
                counts.get(Measure.RETURNED), approvalRate, median, p90, withinLimit, paused,
                counts.get(Measure.OPEN_PAST_DUE), distribution);
    }

    /** Nearest rank: the smallest value with at least {@code percent} % of the decisions at or below it. */
    private static Integer percentile(TreeMap<Integer, Long> days, int percent, long decided) {
        if (decided == 0) {
            return null;
        }
        long rank = (decided * percent + 99) / 100;
        long seen = 0;
        for (Map.Entry<Integer, Long> entry : days.entrySet()) {
            seen += entry.getValue();
            if (seen >= rank) {
                return entry.getKey();
            }
        }
        return days.isEmpty() ? null : days.lastKey();
    }

    private static BigDecimal share(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_EVEN);
    }
}
