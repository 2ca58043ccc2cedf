package io.exportpermits.permit.statistics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Whole months, from one to another included: the periods statistics are asked for. */
public record StatisticsPeriod(YearMonth from, YearMonth to) {
    /** The longest period one table covers: ten years. */
    public static final int MAXIMUM_MONTHS = 120;

    LocalDate firstDay() {
        return from.atDay(1);
    }

    LocalDate lastDay() {
        return to.atEndOfMonth();
    }

    /** The rows of a grouping by time: every month, or every quarter the period touches. */
    List<String> groups(StatisticsGrouping grouping) {
        List<String> groups = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            String group = grouping == StatisticsGrouping.MONTH ? month.toString() : quarter(month);
            if (!groups.contains(group)) {
                groups.add(group);
            }
        }
        return groups;
    }

    /**
     * The days open applications are counted on: the last day of each row inside the period for groupings
     * by time, the period's last day otherwise; today for a row still running, none for one not yet begun.
     */
    List<LocalDate> ends(StatisticsGrouping grouping, LocalDate today) {
        List<LocalDate> ends = new ArrayList<>();
        if (grouping.byTime()) {
            for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
                boolean lastOfRow = month.equals(to) || grouping == StatisticsGrouping.MONTH
                        || !quarter(month).equals(quarter(month.plusMonths(1)));
                if (lastOfRow) {
                    end(month.atEndOfMonth(), today).ifPresent(ends::add);
                }
            }
        } else {
            end(lastDay(), today).ifPresent(ends::add);
        }
        return ends.stream().distinct().toList();
    }

    private Optional<LocalDate> end(LocalDate last, LocalDate today) {
        LocalDate end = last.isAfter(today) ? today : last;
        return end.isBefore(firstDay()) ? Optional.empty() : Optional.of(end);
    }

    private static String quarter(YearMonth month) {
        return month.getYear() + "-Q" + month.atDay(1).get(IsoFields.QUARTER_OF_YEAR);
    }
}
