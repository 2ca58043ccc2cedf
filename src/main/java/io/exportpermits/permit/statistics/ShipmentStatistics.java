package io.exportpermits.permit.statistics;

import io.exportpermits.common.security.Caller;
import io.exportpermits.common.security.Role;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Licensed and shipped quantities and values, withheld where {@link DisclosureControl} says so. */
@ApplicationScoped
public class ShipmentStatistics {
    private static final String LICENSED_KILOGRAMS = "licensedKilograms";
    private static final String SHIPPED_KILOGRAMS = "shippedKilograms";
    private static final String LICENSED_VALUES = "licensedValues.";
    private static final String SHIPPED_VALUES = "shippedValues.";
    /** Internal key of the row whose group is absent (lines naming no element or code). */
    private static final String NO_GROUP = "";

    private record Key(StatisticsPeriod period, StatisticsGrouping grouping, UUID exporterId) {
    }

    private final SharedCounts<Key, List<Sum>> shared;

    ShipmentStatistics(ShipmentCounts counts, Clock clock,
                       @ConfigProperty(name = "export-permits.statistics.max-age", defaultValue = "30S") Duration maxAge) {
        this.shared = new SharedCounts<>(maxAge, clock, key -> counts.count(key.period().firstDay(),
                key.period().lastDay(), key.grouping(), key.exporterId()));
    }

    public ShipmentStatisticsView shipments(StatisticsPeriod period, StatisticsGrouping grouping, Caller caller) {
        SharedCounts.Count<List<Sum>> all = shared.get(new Key(period, grouping, null));
        boolean authority = caller.role() == Role.AUTHORITY;
        UUID exporterId = caller.role() == Role.EXPORTER ? caller.exporterId() : null;
        Table table = new Table(all.counted());
        Table own = exporterId == null ? null : new Table(shared.get(new Key(period, grouping, exporterId)).counted());
        List<String> keys = grouping.byTime() ? period.groups(grouping) : table.groupsPresent();
        Map<String, DisclosureControl.Withheld> withheld = new HashMap<>();
        if (!authority) {
            for (String column : table.columns) {
                Map<String, Map<UUID, Long>> cells = new LinkedHashMap<>();
                keys.forEach(key -> cells.put(key, table.contributions(key, column)));
                withheld.put(column, DisclosureControl.withhold(cells, table.contributions(null, column)));
            }
        }
        List<ShipmentRow> rows = keys.stream().map(key -> row(key, table, withheld, own)).toList();
        return new ShipmentStatisticsView(period.from().toString(), period.to().toString(), grouping, all.at(),
                authority ? "NONE" : "PUBLIC", List.copyOf(table.unitsLeftOut), rows, row(null, table, withheld, own));
    }

    private static ShipmentRow row(String key, Table table, Map<String, DisclosureControl.Withheld> withheld, Table own) {
        List<SuppressedFigure> suppressed = new ArrayList<>();
        for (String column : table.columns) {
            DisclosureControl.Withheld cells = withheld.get(column);
            DisclosureControl.Reason reason = cells == null ? null : key == null ? cells.total() : cells.rows().get(key);
            if (reason != null) {
                suppressed.add(new SuppressedFigure(column, reason.name()));
            }
        }
        Predicate<String> shown = column -> suppressed.stream().noneMatch(s -> s.figure().equals(column));
        return new ShipmentRow(key == null || key.equals(NO_GROUP) ? null : key, table.figures(key, shown), suppressed,
                own == null ? null : own.figures(key, column -> true));
    }

    /** The sums of one count by row (null: the total), column and exporter. */
    private static final class Table {
        private final Map<String, Map<String, Map<UUID, BigDecimal>>> rows = new HashMap<>();
        private final Map<String, Map<String, Map<UUID, BigDecimal>>> total = new HashMap<>();
        /** Kilograms first, then values by currency. */
        private final List<String> columns;
        private final TreeSet<String> unitsLeftOut = new TreeSet<>();

        Table(List<Sum> sums) {
            TreeSet<String> values = new TreeSet<>();
            for (Sum sum : sums) {
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
            List<String> all = new ArrayList<>(List.of(LICENSED_KILOGRAMS, SHIPPED_KILOGRAMS));
            all.addAll(values);
            columns = List.copyOf(all);
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
            for (String column : columns) {
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
