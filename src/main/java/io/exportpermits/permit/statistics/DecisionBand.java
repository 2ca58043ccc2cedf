package io.exportpermits.permit.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A band of working days from acceptance to decision, as the distribution of decisions counts them: five
 * days each up to the limit of 45, so that the limit falls between two bands; then 46 to 60, over 60, and
 * decisions that had no time limit apart (they are neither within nor past it).
 *
 * @param from first working day of the band; null without a time limit
 * @param to last working day of the band; null when open-ended or without a time limit
 */
record DecisionBand(String label, Integer from, Integer to) {
    /** The first day of each band after the first, as SQL's width_bucket numbers them from 0. */
    private static final int[] STARTS = {6, 11, 16, 21, 26, 31, 36, 41, 46, 61};
    static final DecisionBand NO_TIME_LIMIT = new DecisionBand("NO_TIME_LIMIT", null, null);
    /** Every band in order, NO_TIME_LIMIT last. */
    static final List<DecisionBand> ALL = all();
    /** How SQL marks a decision that had no time limit. */
    static final int NO_TIME_LIMIT_INDEX = -1;

    private static List<DecisionBand> all() {
        List<DecisionBand> bands = new ArrayList<>();
        int from = 0;
        for (int start : STARTS) {
            bands.add(new DecisionBand(from + "-" + (start - 1), from, start - 1));
            from = start;
        }
        bands.add(new DecisionBand(from + "+", from, null));
        bands.add(NO_TIME_LIMIT);
        return List.copyOf(bands);
    }

    /** The thresholds for SQL's {@code width_bucket(days, thresholds)}, comma-separated. */
    static String sqlThresholds() {
        return Arrays.stream(STARTS).mapToObj(Integer::toString).collect(Collectors.joining(","));
    }

    /** The band of SQL's bucket number (or {@link #NO_TIME_LIMIT_INDEX}), as its index in {@link #ALL}. */
    static int indexOf(int bucket) {
        return bucket == NO_TIME_LIMIT_INDEX ? ALL.size() - 1 : bucket;
    }

    /** Whether a decision in this band came within the 45-working-day limit. */
    boolean withinLimit() {
        return to != null && to <= LicensingStatistics.LIMIT_WORKING_DAYS;
    }
}
