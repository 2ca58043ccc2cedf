package io.exportpermits.permit.statistics;

import io.exportpermits.permit.statistics.ShipmentCounts.Measure;
import io.exportpermits.permit.statistics.ShipmentCounts.Sum;
import io.exportpermits.permit.statistics.api.CurrencyAmount;
import io.exportpermits.permit.statistics.api.ShipmentFigures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The sums of one shipment count by exporter: per row, per split of a row (when the table is split a
 * second way), per split over all rows, and for the whole period; each by column (kilograms licensed or
 * shipped, or a value in one currency).
 */
final class ShipmentTable {
    static final String LICENSED_KILOGRAMS = "licensedKilograms";
    static final String SHIPPED_KILOGRAMS = "shippedKilograms";
    private static final String LICENSED_VALUES = "licensedValues.";
    private static final String SHIPPED_VALUES = "shippedValues.";
    /** Internal key of a row or split whose group is absent (lines naming no element or code). */
    static final String NO_GROUP = "";

    /** One row's split. */
    record Cell(String group, String split) {
    }

    /** What one entry of the table adds up: each exporter's amount per column. */
    static final class Sums {
        static final Sums NONE = new Sums();
        private final Map<String, Map<UUID, BigDecimal>> columns = new HashMap<>();

        private void add(String column, UUID exporterId, BigDecimal amount) {
            columns.computeIfAbsent(column, c -> new HashMap<>()).merge(exporterId, amount, BigDecimal::add);
        }

        /** In thousandths, exact enough to tell shares of kilograms and of money apart. */
        Map<UUID, Long> contributions(String column) {
            Map<UUID, Long> contributions = new HashMap<>();
            columns.getOrDefault(column, Map.of()).forEach((exporter, amount) -> contributions.put(exporter,
                    amount.movePointRight(3).setScale(0, RoundingMode.HALF_UP).longValueExact()));
            return contributions;
        }

        private BigDecimal sum(String column) {
            return columns.getOrDefault(column, Map.of()).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        ShipmentFigures figures(List<String> columnNames, Predicate<String> shown) {
            List<CurrencyAmount> licensed = new ArrayList<>();
            List<CurrencyAmount> shipped = new ArrayList<>();
            for (String column : columnNames) {
                if (!shown.test(column) || !column.contains(".")) {
                    continue;
                }
                CurrencyAmount amount = new CurrencyAmount(column.substring(column.indexOf('.') + 1),
                        sum(column).setScale(2, RoundingMode.HALF_EVEN));
                if (amount.amount().signum() != 0) {
                    (column.startsWith(LICENSED_VALUES) ? licensed : shipped).add(amount);
                }
            }
            return new ShipmentFigures(kilograms(LICENSED_KILOGRAMS, shown), kilograms(SHIPPED_KILOGRAMS, shown),
                    licensed, shipped);
        }

        private BigDecimal kilograms(String column, Predicate<String> shown) {
            return shown.test(column) ? sum(column).setScale(3, RoundingMode.HALF_EVEN) : null;
        }
    }

    private final boolean split;
    private final Map<String, Sums> rows = new HashMap<>();
    private final Map<String, Sums> splits = new HashMap<>();
    private final Map<Cell, Sums> cells = new HashMap<>();
    private final Sums total = new Sums();
    private final TreeSet<String> values = new TreeSet<>();
    private final TreeSet<String> unitsLeftOut = new TreeSet<>();

    /** @param split whether the count splits each row a second way */
    ShipmentTable(boolean split) {
        this.split = split;
    }

    void add(Sum sum) {
        String column = column(sum);
        BigDecimal amount = sum.currency() == null ? sum.kilograms() : sum.value();
        BigDecimal counted = amount == null ? BigDecimal.ZERO : amount;
        if (sum.total()) {
            total.add(column, sum.exporterId(), counted);
        } else {
            String group = groupKey(sum.group());
            rows.computeIfAbsent(group, g -> new Sums()).add(column, sum.exporterId(), counted);
            if (split) {
                String of = groupKey(sum.split());
                splits.computeIfAbsent(of, g -> new Sums()).add(column, sum.exporterId(), counted);
                cells.computeIfAbsent(new Cell(group, of), c -> new Sums()).add(column, sum.exporterId(), counted);
            }
        }
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

    List<String> unitsLeftOut() {
        return List.copyOf(unitsLeftOut);
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

    List<String> splitsPresent() {
        return splits.keySet().stream().sorted().toList();
    }

    /** A row's sums; the total's when {@code group} is null. */
    Sums row(String group) {
        return group == null ? total : rows.getOrDefault(group, Sums.NONE);
    }

    /** One split's sums over every row. */
    Sums split(String group) {
        return splits.getOrDefault(group, Sums.NONE);
    }

    Sums cell(String group, String split) {
        return cells.getOrDefault(new Cell(group, split), Sums.NONE);
    }
}
