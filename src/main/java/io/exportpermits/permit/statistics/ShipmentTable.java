package io.exportpermits.permit.statistics;

import io.exportpermits.permit.statistics.ShipmentCounts.Measure;
import io.exportpermits.permit.statistics.ShipmentCounts.Sum;
import io.exportpermits.permit.statistics.api.CurrencyAmount;
import io.exportpermits.permit.statistics.api.ShipmentFigures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The sums of one shipment count by exporter, in thousandths of a kilogram or of a currency unit (each
 * line's amount rounded to a thousandth, so that every entry is the exact sum of the entries it splits
 * into): per row, per part of a row (when the table is split a second way), per split over all rows, and
 * for the whole period; each by column (kilograms licensed or shipped, or a value in one currency). The
 * database sums the finest entries; the totals over them are added up here.
 */
final class ShipmentTable {
    static final String LICENSED_KILOGRAMS = "licensedKilograms";
    static final String SHIPPED_KILOGRAMS = "shippedKilograms";
    private static final String LICENSED_VALUES = "licensedValues.";
    private static final String SHIPPED_VALUES = "shippedValues.";
    /** Internal key of a row or split whose group is absent (lines naming no element or code). */
    static final String NO_GROUP = "";

    /** One row's part. */
    record Cell(String group, String split) {
    }

    /**
     * What one entry of the table adds up, per column: the sum and each exporter's share of it. The finest
     * entries, which the database sums once per exporter, keep their shares as parallel arrays; totals over
     * them, which many rows add to, by exporter number: a year of a million permits has hundreds of
     * thousands of shares, which boxed in maps did not fit the heap.
     */
    static final class Sums {
        static final Sums NONE = new Sums(List.of(), false);
        private final List<UUID> exporters;
        private final boolean total;
        private final Map<String, Column> columns = new HashMap<>();

        private Sums(List<UUID> exporters, boolean total) {
            this.exporters = exporters;
            this.total = total;
        }

        private static final class Column {
            private long sum;
            private int[] exporters = new int[4];
            private long[] shares = new long[4];
            private int size;

            /** A finest entry: each exporter comes once. */
            void append(int exporter, long amount) {
                sum += amount;
                if (size == exporters.length) {
                    exporters = Arrays.copyOf(exporters, size * 2);
                    shares = Arrays.copyOf(shares, size * 2);
                }
                exporters[size] = exporter;
                shares[size++] = amount;
            }

            /** A total: {@code shares} indexed by exporter number. */
            void accumulate(int exporter, long amount) {
                sum += amount;
                if (exporter >= shares.length) {
                    shares = Arrays.copyOf(shares, Math.max(exporter + 1, shares.length * 2));
                }
                shares[exporter] += amount;
            }
        }

        private void add(String column, int exporter, long amount) {
            Column values = columns.computeIfAbsent(column, c -> new Column());
            if (total) {
                values.accumulate(exporter, amount);
            } else {
                values.append(exporter, amount);
            }
        }

        /** Each exporter's share of one column, in thousandths. */
        Map<UUID, Long> contributions(String column) {
            Column values = columns.get(column);
            if (values == null) {
                return Map.of();
            }
            Map<UUID, Long> contributions = new HashMap<>();
            if (total) {
                for (int exporter = 0; exporter < values.shares.length; exporter++) {
                    if (values.shares[exporter] != 0) {
                        contributions.put(exporters.get(exporter), values.shares[exporter]);
                    }
                }
            } else {
                for (int i = 0; i < values.size; i++) {
                    contributions.put(exporters.get(values.exporters[i]), values.shares[i]);
                }
            }
            return contributions;
        }

        private BigDecimal sum(String column) {
            Column values = columns.get(column);
            return BigDecimal.valueOf(values == null ? 0 : values.sum, 3);
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
            return shown.test(column) ? sum(column) : null;
        }
    }

    private final boolean split;
    private final List<UUID> exporters = new ArrayList<>();
    private final Map<UUID, Integer> exporterNumbers = new HashMap<>();
    private final Map<String, Sums> rows = new HashMap<>();
    private final Map<String, Sums> splits = new HashMap<>();
    private final Map<Cell, Sums> cells = new HashMap<>();
    private final Sums total = new Sums(exporters, true);
    private final TreeSet<String> values = new TreeSet<>();
    private final TreeSet<String> unitsLeftOut = new TreeSet<>();

    /** @param split whether the count splits each row a second way: its sums are then the rows' parts */
    ShipmentTable(boolean split) {
        this.split = split;
    }

    /** One exporter's amount in one of the finest entries: a part of a row, or a row when not split. */
    void add(Sum sum) {
        String column = column(sum);
        long amount = sum.currency() == null ? sum.kilograms() : sum.value();
        int exporter = exporterNumbers.computeIfAbsent(sum.exporterId(), id -> {
            exporters.add(id);
            return exporters.size() - 1;
        });
        String group = groupKey(sum.group());
        if (split) {
            String part = groupKey(sum.split());
            cells.computeIfAbsent(new Cell(group, part), c -> new Sums(exporters, false)).add(column, exporter, amount);
            rows.computeIfAbsent(group, g -> new Sums(exporters, true)).add(column, exporter, amount);
            splits.computeIfAbsent(part, g -> new Sums(exporters, true)).add(column, exporter, amount);
        } else {
            rows.computeIfAbsent(group, g -> new Sums(exporters, false)).add(column, exporter, amount);
        }
        total.add(column, exporter, amount);
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
