package io.exportpermits.permit.statistics;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Which cells of one figure's column a public table withholds so that no exporter can be singled out, as
 * statistical offices protect business counts (the threshold and dominance rules):
 * <ul>
 * <li>primary: a cell made up by fewer than {@value #MINIMUM_EXPORTERS} exporters, or one exporter making
 * up 75 % or more of it; a zero is shown, since it holds nobody's figures;</li>
 * <li>secondary: the withheld cells are what the total less the shown cells reveals, so together they
 * must pass the same rule; while they do not, the smallest shown cell is withheld too, and the total
 * when no cell is left to add.</li>
 * </ul>
 */
final class DisclosureControl {
    static final int MINIMUM_EXPORTERS = 3;
    /** The dominance threshold, as a fraction: largest contribution / cell total at or above 3/4. */
    private static final long DOMINANCE_NUMERATOR = 3;
    private static final long DOMINANCE_DENOMINATOR = 4;

    enum Reason {
        FEWER_THAN_3_EXPORTERS,
        ONE_EXPORTER_75_PERCENT,
        PROTECTS_ANOTHER_CELL
    }

    /** The withheld cells (by row key, which may be null) and, if withheld, the total's reason. */
    record Withheld(Map<String, Reason> rows, Reason total) {
        boolean row(String key) {
            return rows.containsKey(key);
        }
    }

    private DisclosureControl() {
    }

    /** Why a cell with these contributions (exporter to count) must be withheld; empty when it may be shown. */
    static Optional<Reason> primary(Map<UUID, Long> contributions) {
        long sum = 0;
        long largest = 0;
        int exporters = 0;
        for (long count : contributions.values()) {
            if (count > 0) {
                sum += count;
                largest = Math.max(largest, count);
                exporters++;
            }
        }
        if (sum == 0) {
            return Optional.empty();
        }
        if (exporters < MINIMUM_EXPORTERS) {
            return Optional.of(Reason.FEWER_THAN_3_EXPORTERS);
        }
        return largest * DOMINANCE_DENOMINATOR >= sum * DOMINANCE_NUMERATOR
                ? Optional.of(Reason.ONE_EXPORTER_75_PERCENT) : Optional.empty();
    }

    /** One column: its rows' contributions in the table's order, and the total's. */
    static Withheld withhold(Map<String, Map<UUID, Long>> rows, Map<UUID, Long> total) {
        Map<String, Reason> withheld = new LinkedHashMap<>();
        rows.forEach((key, contributions) -> primary(contributions).ifPresent(reason -> withheld.put(key, reason)));
        Reason totalReason = primary(total).orElse(null);
        if (withheld.isEmpty() || totalReason != null) {
            return new Withheld(withheld, totalReason);
        }
        Map<UUID, Long> revealed = new HashMap<>();
        withheld.keySet().forEach(key -> rows.get(key).forEach((exporter, count) -> revealed.merge(exporter, count, Long::sum)));
        while (primary(revealed).isPresent()) {
            Optional<String> smallest = rows.keySet().stream()
                    .filter(key -> !withheld.containsKey(key) && sum(rows.get(key)) > 0)
                    .min(Comparator.comparingLong(key -> sum(rows.get(key))));
            if (smallest.isEmpty()) {
                return new Withheld(withheld, Reason.PROTECTS_ANOTHER_CELL);
            }
            withheld.put(smallest.get(), Reason.PROTECTS_ANOTHER_CELL);
            rows.get(smallest.get()).forEach((exporter, count) -> revealed.merge(exporter, count, Long::sum));
        }
        return new Withheld(withheld, null);
    }

    private static long sum(Map<UUID, Long> contributions) {
        return contributions.values().stream().mapToLong(Long::longValue).sum();
    }
}
