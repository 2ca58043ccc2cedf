package io.exportpermits.permit.statistics;

import io.exportpermits.common.security.Caller;
import io.exportpermits.permit.statistics.CrossTable.Known;
import io.exportpermits.permit.statistics.DisclosureControl.Reason;
import io.exportpermits.permit.statistics.ShipmentTable.Sums;
import io.exportpermits.permit.statistics.api.ShipmentRow;
import io.exportpermits.permit.statistics.api.ShipmentStatisticsView;
import io.exportpermits.permit.statistics.api.SuppressedFigure;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Licensed and shipped quantities and values, withheld where {@link DisclosureControl} (and, for a table
 * split two ways, {@link CrossTable}) says so, and answered to each caller by {@link CallerTables}.
 */
@ApplicationScoped
public class ShipmentStatistics {
    private final CallerTables<ShipmentTable, ShipmentStatisticsView> tables;

    ShipmentStatistics(ShipmentCounts counts, Clock clock, StatisticsCounting counting,
                       @ConfigProperty(name = "export-permits.statistics.max-age", defaultValue = "60S") Duration maxAge) {
        this.tables = new CallerTables<>(maxAge, clock, counting, new Answers(counts));
    }

    /** @param splitBy how each row is split a second way; null for none */
    public ShipmentStatisticsView shipments(StatisticsPeriod period, StatisticsGrouping grouping,
                                            StatisticsGrouping splitBy, Caller caller) {
        return tables.get(new CallerTables.Key(period, grouping, splitBy), caller);
    }

    /**
     * What disclosure control decided for one column: the rows as the table by {@code groupBy} alone
     * withholds them, the splits as the table by {@code splitBy} alone does (so that each answer agrees
     * with the other tables of the same period), and the parts of rows.
     */
    private record Protection(DisclosureControl.Withheld byGroup, DisclosureControl.Withheld bySplit,
                              CrossTable.Decision parts) {
    }

    private record Answers(ShipmentCounts counts) implements CallerTables.Answers<ShipmentTable, ShipmentStatisticsView> {
        @Override
        public ShipmentTable count(CallerTables.Key key, UUID exporterId) {
            ShipmentTable table = new ShipmentTable(key.splitBy() != null);
            counts.count(key.period().firstDay(), key.period().lastDay(), key.grouping(), key.splitBy(), exporterId,
                    table::add);
            return table;
        }

        @Override
        public CallerTables.Views<ShipmentStatisticsView> views(CallerTables.Key key, ShipmentTable table, Instant at) {
            List<String> groups = groups(key.period(), key.grouping(), table.groupsPresent());
            List<String> splits = key.splitBy() == null ? List.of()
                    : groups(key.period(), key.splitBy(), table.splitsPresent());
            Map<String, Protection> protections = new HashMap<>();
            for (String column : table.columns()) {
                DisclosureControl.Withheld byGroup = withhold(table, groups, table::row, column);
                if (key.splitBy() == null) {
                    protections.put(column, new Protection(byGroup, null, null));
                    continue;
                }
                DisclosureControl.Withheld bySplit = withhold(table, splits, table::split, column);
                protections.put(column, new Protection(byGroup, bySplit,
                        parts(table, groups, splits, column, byGroup, bySplit)));
            }
            return new CallerTables.Views<>(view(key, at, "PUBLIC", table, groups, splits, protections),
                    view(key, at, "NONE", table, groups, splits, Map.of()), at);
        }

        @Override
        public ShipmentStatisticsView withOwn(ShipmentStatisticsView view, ShipmentTable own) {
            List<String> columns = own.columns();
            List<ShipmentRow> rows = view.rows().stream().map(row -> withOwn(row, columns, own.row(key(row.group())),
                    part -> own.cell(key(row.group()), key(part.group())))).toList();
            return new ShipmentStatisticsView(view.from(), view.to(), view.groupBy(), view.splitBy(), view.countedAt(),
                    view.disclosureControl(), view.unitsLeftOut(), rows,
                    withOwn(view.total(), columns, own.row(null), part -> own.split(key(part.group()))));
        }

        private static ShipmentRow withOwn(ShipmentRow row, List<String> columns, Sums sums,
                                           Function<ShipmentRow, Sums> partSums) {
            return new ShipmentRow(row.group(), row.figures(), row.suppressed(), sums.figures(columns, c -> true),
                    row.split() == null ? null : row.split().stream().map(part -> new ShipmentRow(part.group(),
                            part.figures(), part.suppressed(), partSums.apply(part).figures(columns, c -> true), null))
                            .toList());
        }
    }

    /** Every month or quarter of the period for groupings by time, the groups present otherwise. */
    private static List<String> groups(StatisticsPeriod period, StatisticsGrouping grouping, List<String> present) {
        return grouping.byTime() ? period.groups(grouping) : present;
    }

    private static DisclosureControl.Withheld withhold(ShipmentTable table, List<String> keys, Function<String, Sums> sums,
                                                       String column) {
        Map<String, Map<UUID, Long>> cells = new LinkedHashMap<>();
        keys.forEach(group -> cells.put(group, sums.apply(group).contributions(column)));
        return DisclosureControl.withhold(cells, table.row(null).contributions(column));
    }

    /** The parts of rows, against both tables' totals as those tables show or withhold them. */
    private static CrossTable.Decision parts(ShipmentTable table, List<String> groups, List<String> splits, String column,
                                    DisclosureControl.Withheld byGroup, DisclosureControl.Withheld bySplit) {
        CrossTable parts = new CrossTable(groups.size(), splits.size());
        for (int g = 0; g < groups.size(); g++) {
            for (int s = 0; s < splits.size(); s++) {
                parts.set(g, s, table.cell(groups.get(g), splits.get(s)).contributions(column), Known.FREE);
            }
            parts.set(g, splits.size(), table.row(groups.get(g)).contributions(column),
                    byGroup.row(groups.get(g)) ? Known.WITHHELD : Known.SHOWN);
        }
        for (int s = 0; s < splits.size(); s++) {
            parts.set(groups.size(), s, table.split(splits.get(s)).contributions(column),
                    bySplit.row(splits.get(s)) ? Known.WITHHELD : Known.SHOWN);
        }
        // Either table showing the total makes it known.
        boolean totalWithheld = byGroup.total() != null && bySplit.total() != null;
        parts.set(groups.size(), splits.size(), table.row(null).contributions(column),
                totalWithheld ? Known.WITHHELD : Known.SHOWN);
        return parts.withhold();
    }

    private static ShipmentStatisticsView view(CallerTables.Key key, Instant at, String disclosure, ShipmentTable table,
                                               List<String> groups, List<String> splits,
                                               Map<String, Protection> protections) {
        List<ShipmentRow> rows = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            String group = groups.get(g);
            int row = g;
            rows.add(row(group, table.row(group), table.columns(), reasons(protections, p -> p.byGroup().rows().get(group)),
                    key.splitBy() == null ? null : parts(splits, s -> table.cell(group, splits.get(s)), table.columns(),
                            s -> reasons(protections, p -> p.parts().reason(row, s)))));
        }
        ShipmentRow total = row(null, table.row(null), table.columns(), reasons(protections, p -> p.byGroup().total()),
                key.splitBy() == null ? null : parts(splits, s -> table.split(splits.get(s)), table.columns(),
                        s -> reasons(protections, p -> p.bySplit().rows().get(splits.get(s)))));
        return new ShipmentStatisticsView(key.period().from().toString(), key.period().to().toString(), key.grouping(),
                key.splitBy(), at, disclosure, table.unitsLeftOut(), rows, total);
    }

    private static List<ShipmentRow> parts(List<String> splits, IntFunction<Sums> sums, List<String> columns,
                                           IntFunction<Function<String, Reason>> reasons) {
        List<ShipmentRow> parts = new ArrayList<>();
        for (int s = 0; s < splits.size(); s++) {
            parts.add(row(splits.get(s), sums.apply(s), columns, reasons.apply(s), null));
        }
        return parts;
    }

    /** Why each column is withheld (null: shown); nothing is, for the unsuppressed answer (no protections). */
    private static Function<String, Reason> reasons(Map<String, Protection> protections,
                                                    Function<Protection, Reason> reason) {
        return column -> {
            Protection protection = protections.get(column);
            return protection == null ? null : reason.apply(protection);
        };
    }

    private static ShipmentRow row(String key, Sums sums, List<String> columns, Function<String, Reason> reasons,
                                   List<ShipmentRow> parts) {
        List<SuppressedFigure> suppressed = new ArrayList<>();
        for (String column : columns) {
            Reason reason = reasons.apply(column);
            if (reason != null) {
                suppressed.add(new SuppressedFigure(column, reason.name()));
            }
        }
        return new ShipmentRow(key == null || key.equals(ShipmentTable.NO_GROUP) ? null : key,
                sums.figures(columns, column -> reasons.apply(column) == null), suppressed, null, parts);
    }

    private static String key(String group) {
        return group == null ? ShipmentTable.NO_GROUP : group;
    }
}
