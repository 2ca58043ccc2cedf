package io.exportpermits.permit.statistics;

import io.exportpermits.common.security.Caller;
import io.exportpermits.permit.statistics.api.LicensingRow;
import io.exportpermits.permit.statistics.api.LicensingStatisticsView;
import io.exportpermits.permit.statistics.api.SuppressedFigure;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Licensing statistics for a period: counted by {@link LicensingCounts}, withheld where
 * {@link DisclosureControl} says so, and answered to each caller by {@link CallerTables}.
 */
@ApplicationScoped
public class LicensingStatistics {
    /** The statutory limit the within-limit share compares against (Art. 17 of the 2024 Regulations). */
    static final int LIMIT_WORKING_DAYS = 45;

    private final CallerTables<LicensingTable, LicensingStatisticsView> tables;

    LicensingStatistics(LicensingCounts counts, Clock clock, StatisticsCounting counting,
                        @ConfigProperty(name = "export-permits.statistics.max-age", defaultValue = "60S")
                        Duration maxAge) {
        this.tables = new CallerTables<>(maxAge, clock, counting, new Answers(counts, clock));
    }

    public LicensingStatisticsView licensing(StatisticsPeriod period, StatisticsGrouping grouping, Caller caller) {
        return tables.get(new CallerTables.Key(period, grouping, null), caller);
    }

    private record Answers(LicensingCounts counts, Clock clock)
            implements CallerTables.Answers<LicensingTable, LicensingStatisticsView> {
        @Override
        public LicensingTable count(CallerTables.Key key, UUID exporterId) {
            LocalDate today = LocalDate.now(clock);
            StatisticsPeriod period = key.period();
            LicensingTable table = new LicensingTable();
            counts.count(period.firstDay(), period.lastDay(), key.grouping(), period.ends(key.grouping(), today), today,
                    LIMIT_WORKING_DAYS, exporterId, table);
            return table;
        }

        @Override
        public CallerTables.Views<LicensingStatisticsView> views(CallerTables.Key key, LicensingTable table, Instant at) {
            List<String> keys = key.grouping().byTime() ? key.period().groups(key.grouping()) : table.groupsPresent();
            Map<Measure, DisclosureControl.Withheld> withheld = new EnumMap<>(Measure.class);
            for (Measure measure : Measure.values()) {
                Map<String, Map<UUID, Long>> column = new LinkedHashMap<>();
                keys.forEach(group -> column.put(group, table.contributions(group, false, measure)));
                withheld.put(measure, DisclosureControl.withhold(column, table.contributions(null, true, measure)));
            }
            return new CallerTables.Views<>(view(key, at, "PUBLIC", keys, table, withheld, bands(keys, table, withheld)),
                    view(key, at, "NONE", keys, table, Map.of(), null), at);
        }

        @Override
        public LicensingStatisticsView withOwn(LicensingStatisticsView view, LicensingTable own) {
            return new LicensingStatisticsView(view.from(), view.to(), view.groupBy(), view.countedAt(),
                    view.disclosureControl(), view.rows().stream().map(row -> withOwn(row, false, own)).toList(),
                    withOwn(view.total(), true, own));
        }

        private static LicensingRow withOwn(LicensingRow row, boolean total, LicensingTable own) {
            String key = total ? null : row.group() == null ? LicensingTable.NO_GROUP : row.group();
            return new LicensingRow(row.group(), row.figures(), row.suppressed(),
                    own.figures(key, total, measure -> true, true, band -> true));
        }
    }

    /**
     * The distribution of each row's decisions over bands of working days, protected as a table split two
     * ways: each row's decisions are known where approvals and refusals are shown, and the total's bands
     * are the sums of the rows' bands.
     */
    private static CrossTable.Decision bands(List<String> keys, LicensingTable table,
                                    Map<Measure, DisclosureControl.Withheld> withheld) {
        int last = DecisionBand.ALL.size();
        CrossTable bands = new CrossTable(keys.size(), last);
        for (int row = 0; row <= keys.size(); row++) {
            boolean total = row == keys.size();
            String key = total ? null : keys.get(row);
            for (int band = 0; band < last; band++) {
                bands.set(row, band, table.band(key, total, band), CrossTable.Known.FREE);
            }
            bands.set(row, last, table.decisions(key, total),
                    decisionsShown(shown(withheld, key, total)) ? CrossTable.Known.SHOWN : CrossTable.Known.WITHHELD);
        }
        return bands.withhold();
    }

    private static Predicate<Measure> shown(Map<Measure, DisclosureControl.Withheld> withheld, String key, boolean total) {
        return measure -> {
            DisclosureControl.Withheld column = withheld.get(measure);
            return column == null || (total ? column.total() == null : !column.row(key));
        };
    }

    private static boolean decisionsShown(Predicate<Measure> shown) {
        return shown.test(Measure.APPROVED) && shown.test(Measure.REFUSED);
    }

    /** @param bands what disclosure control withholds of the distributions; null: nothing */
    private static LicensingStatisticsView view(CallerTables.Key key, Instant at, String disclosure, List<String> keys,
                                                LicensingTable table, Map<Measure, DisclosureControl.Withheld> withheld,
                                                CrossTable.Decision bands) {
        List<LicensingRow> rows = new ArrayList<>();
        for (int row = 0; row < keys.size(); row++) {
            rows.add(row(keys.get(row), row, table, withheld, bands));
        }
        return new LicensingStatisticsView(key.period().from().toString(), key.period().to().toString(), key.grouping(),
                at, disclosure, rows, row(null, keys.size(), table, withheld, bands));
    }

    /** @param index the row's index in the table, the number of rows for the total */
    private static LicensingRow row(String key, int index, LicensingTable table,
                                    Map<Measure, DisclosureControl.Withheld> withheld, CrossTable.Decision bands) {
        boolean total = key == null;
        Predicate<Measure> shown = shown(withheld, key, total);
        List<SuppressedFigure> suppressed = new ArrayList<>();
        for (Measure measure : Measure.values()) {
            if (!shown.test(measure)) {
                DisclosureControl.Withheld column = withheld.get(measure);
                suppressed.add(new SuppressedFigure(FIGURE.get(measure),
                        (total ? column.total() : column.rows().get(key)).name()));
            }
        }
        boolean decisionsShown = decisionsShown(shown);
        if (!decisionsShown) {
            for (String derived : List.of("approvalRate", "medianWorkingDays", "p90WorkingDays", "withinLimitShare",
                    "pausedShare")) {
                suppressed.add(new SuppressedFigure(derived, "DERIVED_FROM_SUPPRESSED"));
            }
        }
        IntPredicate bandShown = band -> bands == null || bands.reason(index, band) == null;
        for (int band = 0; band < DecisionBand.ALL.size(); band++) {
            if (!bandShown.test(band)) {
                suppressed.add(new SuppressedFigure("decisionsByWorkingDays." + DecisionBand.ALL.get(band).label(),
                        bands.reason(index, band).name()));
            }
        }
        return new LicensingRow(total ? null : emptyAsNull(key), table.figures(key, total, shown, decisionsShown,
                bandShown), suppressed, null);
    }

    private static final Map<Measure, String> FIGURE = Map.of(Measure.RECEIVED, "received", Measure.ACCEPTED, "accepted",
            Measure.APPROVED, "approved", Measure.REFUSED, "refused", Measure.WITHDRAWN, "withdrawn",
            Measure.RETURNED, "returnedForCorrections", Measure.OPEN_PAST_DUE, "openPastDue");

    private static String emptyAsNull(String key) {
        return LicensingTable.NO_GROUP.equals(key) ? null : key;
    }
}
