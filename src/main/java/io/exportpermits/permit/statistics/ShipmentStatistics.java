package io.exportpermits.permit.statistics;

import io.exportpermits.common.security.Caller;
import io.exportpermits.permit.statistics.ShipmentCounts.Measure;
import io.exportpermits.permit.statistics.ShipmentCounts.Sum;
import io.exportpermits.permit.statistics.api.CurrencyAmount;
import io.exportpermits.permit.statistics.api.ShipmentFigures;
import io.exportpermits.permit.statistics.api.ShipmentRow;
import io.exportpermits.permit.statistics.api.ShipmentStatisticsView;
import io.exportpermits.permit.statistics.api.SuppressedFigure;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Licensed and shipped quantities and values, withheld where {@link DisclosureControl} says so and
 * answered to each caller by {@link CallerTables}.
 */
@ApplicationScoped
public class ShipmentStatistics {
    private static final String LICENSED_KILOGRAMS = "licensedKilograms";
    private static final String SHIPPED_KILOGRAMS = "shippedKilograms";
    private static final String LICENSED_VALUES = "licensedValues.";
    private static final String SHIPPED_VALUES = "shippedValues.";
    /** Internal key of the row whose group is absent (lines naming no element or code). */
    private static final String NO_GROUP = "";

    private final CallerTables<Table, ShipmentStatisticsView> tables;

    ShipmentStatistics(ShipmentCounts counts, Clock clock, StatisticsCounting counting,
                       @ConfigProperty(name = "export-permits.statistics.max-age", defaultValue = "60S") Duration maxAge) {
        this.tables = new CallerTables<>(maxAge, clock, counting, new Answers(counts));
    }

    public ShipmentStatisticsView shipments(StatisticsPeriod period, StatisticsGrouping grouping, Caller caller) {
        return tables.get(period, grouping, caller);
    }

    private record Answers(ShipmentCounts counts) implements CallerTables.Answers<Table, ShipmentStatisticsView> {
        @Override
        public Table count(CallerTables.Key key, UUID exporterId) {
            Table table = new Table();
            counts.count(key.period().firstDay(), key.period().lastDay(), key.grouping(), exporterId, table::add);
            return table;
        }

        @Override
        public CallerTables.Views<ShipmentStatisticsView> views(CallerTables.Key key, Table table, Instant at) {
            List<String> keys = key.grouping().byTime() ? key.period().groups(key.grouping()) : table.groupsPresent();
            Map<String, DisclosureControl.Withheld> withheld = new HashMap<>();
            for (String column : table.columns()) {
                Map<String, Map<UUID, Long>> cells = new LinkedHashMap<>();
                keys.forEach(group -> cells.put(group, table.contributions(group, column)));
                withheld.put(column, DisclosureControl.withhold(cells, table.contributions(null, column)));
            }
            return new CallerTables.Views<>(view(key, at, "PUBLIC", keys, table, withheld),
                    view(key, at, "NONE", keys, table, Map.of()), at);
        }

        @Override
        public ShipmentStatisticsView withOwn(ShipmentStatisticsView view, Table own) {
            return new ShipmentStatisticsView(view.from(), view.to(), view.groupBy(), view.countedAt(),
                    view.disclosureControl(), view.unitsLeftOut(), view.rows().stream().map(row -> new ShipmentRow(
                            row.group(), row.figures(), row.suppressed(),
                            own.figures(row.group() == null ? NO_GROUP : row.group(), column -> true))).toList(),
                    new ShipmentRow(null, view.total().figures(), view.total().suppressed(),
                            own.figures(null, column -> true)));
        }
    }

    private static ShipmentStatisticsView view(CallerTables.Key key, Instant at, String disclosure, List<String> keys,
                                               Table table, Map<String, DisclosureControl.Withheld> withheld) {
        return new ShipmentStatisticsView(key.period().from().toString(), key.period().to().toString(), key.grouping(),
                at, disclosure, List.copyOf(table.unitsLeftOut), keys.stream().map(group -> row(group, table, withheld))
                .toList(), row(null, table, withheld));
    }

    private static ShipmentRow row(String key, Table table, Map<String, DisclosureControl.Withheld> withheld) {
        List<SuppressedFigure> suppressed = new ArrayList<>();
        for (String column : table.columns()) {
            DisclosureControl.Withheld cells = withheld.get(column);
            DisclosureControl.Reason reason = cells == null ? null : key == null ? cells.total() : cells.rows().get(key);
            if (reason != null) {
                suppressed.add(new SuppressedFigure(column, reason.name()));
            }
        }
        Predicate<String> shown = column -> suppressed.stream().noneMatch(s -> s.figure().equals(column));
        return new ShipmentRow(key == null || key.equals(NO_GROUP) ? null : key, table.figures(key, shown), suppressed,
                null);
    }

    /** The sums of one count by row (null: the total), column and exporter. */
    private static final class Table {
        private final Map<String, Map<String, Map<UUID, BigDecimal>>> rows = new HashMap<>();
        private final Map<String, Map<String, Map<UUID, BigDecimal>>> total = new HashMap<>();
        private final TreeSet<String> values = new TreeSet<>();
        private final TreeSet<String> unitsLeftOut = new TreeSet<>();

        void add(Sum sum) {
            String column = column(sum);
            BigDecimal amount = sum.currency() == null ? sum.kilograms() : sum.value();
            (sum.total() ? total : rows).computeIfAbsent(sum.total() ? "" : groupKey(sum.group()), g -> new HashMap<>())
                    .computeIfAbsent(column, c -> new HashMap<>())
                    .merge(sum.exporterId(), amount == null ? BigDecimal.ZERO : amount, BigDecimal::add);
            if (sum.currency() != null) {
                values.add(column);
            }
            unitsLeftOut.addAll(sum.unitsLeftOut());
        }

        /** Kilograms first, then values by currency. */
        List<String> columns() {
            List<String> all = new ArrayList<>(List.of(LICENSED_KILOGRAMS, SHIPPED_KILOGRAMS));
            all.addAll(values);
            return all;
        }

        private static String column(Sum sum) {
            boolean licensed = sum.measure() == Measure.LICENSED;
            return sum.currency() == null ? (licensed ? LICENSED_KILOGRAMS : SHIPPED_KILOGRAMS)
                    : (licensed ? LICENSED_VALUES : SHIPPED_VALUES) + sum.currency();
        }

        private static String groupKey(String group) {
            return group == null ? NO_GROUP : group;
        }

        List<String> groupsPresent() {
            return rows.keySet().stream().sorted().toList();
        }

        private Map<UUID, BigDecimal> amounts(String key, String column) {
            Map<String, Map<UUID, BigDecimal>> cells = key == null ? total.get("") : rows.get(key);
            return cells == null ? Map.of() : cells.getOrDefault(column, Map.of());
        }

        /** In thousandths, exact enough to tell shares of kilograms and of money apart. */
        Map<UUID, Long> contributions(String key, String column) {
            Map<UUID, Long> contributions = new HashMap<>();
            amounts(key, column).forEach((exporter, amount) -> contributions.put(exporter,
                    amount.movePointRight(3).setScale(0, RoundingMode.HALF_UP).longValueExact()));
            return contributions;
        }

        private BigDecimal sum(String key, String column) {
            return amounts(key, column).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        ShipmentFigures figures(String key, Predicate<String> shown) {
            List<CurrencyAmount> licensed = new ArrayList<>();
            List<CurrencyAmount> shipped = new ArrayList<>();
            for (String column : columns()) {
                if (!shown.test(column) || !column.contains(".")) {
                    continue;
                }
                CurrencyAmount amount = new CurrencyAmount(column.substring(column.indexOf('.') + 1),
                        sum(key, column).setScale(2, RoundingMode.HALF_EVEN));
                if (amount.amount().signum() != 0) {
                    (column.startsWith(LICENSED_VALUES) ? licensed : shipped).add(amount);
                }
            }
            return new ShipmentFigures(kilograms(key, LICENSED_KILOGRAMS, shown), kilograms(key, SHIPPED_KILOGRAMS, shown),
                    licensed, shipped);
        }

        private BigDecimal kilograms(String key, String column, Predicate<String> shown) {
            return shown.test(column) ? sum(key, column).setScale(3, RoundingMode.HALF_EVEN) : null;
        }
    }
}
