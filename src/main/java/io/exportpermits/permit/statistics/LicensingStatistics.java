package io.exportpermits.permit.statistics;

import io.exportpermits.common.security.Caller;
import io.exportpermits.common.security.Role;
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
import java.util.function.Predicate;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Licensing statistics for a period: counted by {@link LicensingCounts}, withheld where
 * {@link DisclosureControl} says so, and shared for a while ({@link SharedCounts}).
 */
@ApplicationScoped
public class LicensingStatistics {
    /** The statutory limit the within-limit share compares against (Art. 17 of the 2024 Regulations). */
    static final int LIMIT_WORKING_DAYS = 45;

    private record Key(StatisticsPeriod period, StatisticsGrouping grouping) {
    }

    private record OwnKey(Key table, UUID exporterId) {
    }

    /** One count, answered two ways: with disclosure control for everyone, without it for authorities. */
    private record Views(LicensingStatisticsView everyone, LicensingStatisticsView unsuppressed)
            implements SharedCounts.Dated {
        @Override
        public Instant countedAt() {
            return everyone.countedAt();
        }
    }

    /** One exporter's own counts: a few hundred tallies at most, kept to add to either view. */
    private record Own(LicensingTable table, Instant countedAt) implements SharedCounts.Dated {
    }

    private final LicensingCounts counts;
    private final Clock clock;
    private final SharedCounts<Key, Views> shared;
    private final SharedCounts<OwnKey, Own> owned;

    LicensingStatistics(LicensingCounts counts, Clock clock, StatisticsCounting counting,
                        @ConfigProperty(name = "export-permits.statistics.max-age", defaultValue = "60S")
                        Duration maxAge) {
        this.counts = counts;
        this.clock = clock;
        this.shared = new SharedCounts<>(maxAge, clock, counting, this::views);
        this.owned = new SharedCounts<>(maxAge, clock, counting, key -> {
            Instant at = clock.instant();
            return new Own(count(key.table(), key.exporterId()), at);
        });
    }

    public LicensingStatisticsView licensing(StatisticsPeriod period, StatisticsGrouping grouping, Caller caller) {
        Key key = new Key(period, grouping);
        Views views = shared.get(key);
        LicensingStatisticsView view = caller.role() == Role.AUTHORITY ? views.unsuppressed() : views.everyone();
        if (caller.role() != Role.EXPORTER) {
            return view;
        }
        LicensingTable own = owned.get(new OwnKey(key, caller.exporterId())).table();
        return new LicensingStatisticsView(view.from(), view.to(), view.groupBy(), view.countedAt(),
                view.disclosureControl(), view.rows().stream().map(row -> withOwn(row, false, own)).toList(),
                withOwn(view.total(), true, own));
    }

    private static LicensingRow withOwn(LicensingRow row, boolean total, LicensingTable own) {
        String key = total ? null : row.group() == null ? LicensingTable.NO_GROUP : row.group();
        return new LicensingRow(row.group(), row.figures(), row.suppressed(),
                own.figures(key, total, measure -> true, true));
    }

    private Views views(Key key) {
        Instant at = clock.instant();
        LicensingTable table = count(key, null);
        List<String> keys = key.grouping().byTime() ? key.period().groups(key.grouping()) : table.groupsPresent();
        Map<Measure, DisclosureControl.Withheld> withheld = new EnumMap<>(Measure.class);
        for (Measure measure : Measure.values()) {
            Map<String, Map<UUID, Long>> column = new LinkedHashMap<>();
            keys.forEach(group -> column.put(group, table.contributions(group, false, measure)));
            withheld.put(measure, DisclosureControl.withhold(column, table.contributions(null, true, measure)));
        }
        return new Views(view(key, at, "PUBLIC", keys, table, withheld), view(key, at, "NONE", keys, table, Map.of()));
    }

    private static LicensingStatisticsView view(Key key, Instant at, String disclosure, List<String> keys, LicensingTable table,
                                                Map<Measure, DisclosureControl.Withheld> withheld) {
        return new LicensingStatisticsView(key.period().from().toString(), key.period().to().toString(), key.grouping(),
                at, disclosure, keys.stream().map(group -> row(group, false, table, withheld)).toList(),
                row(null, true, table, withheld));
    }

    private LicensingTable count(Key key, UUID exporterId) {
        LocalDate today = LocalDate.now(clock);
        StatisticsPeriod period = key.period();
        LicensingTable table = new LicensingTable();
        counts.count(period.firstDay(), period.lastDay(), key.grouping(), period.ends(key.grouping(), today), today,
                LIMIT_WORKING_DAYS, exporterId, table);
        return table;
    }

    private static LicensingRow row(String key, boolean total, LicensingTable table,
                                    Map<Measure, DisclosureControl.Withheld> withheld) {
        Predicate<Measure> shown = measure -> {
            DisclosureControl.Withheld column = withheld.get(measure);
            return column == null || (total ? column.total() == null : !column.row(key));
        };
        List<SuppressedFigure> suppressed = new ArrayList<>();
        for (Measure measure : Measure.values()) {
            if (!shown.test(measure)) {
                DisclosureControl.Withheld column = withheld.get(measure);
                suppressed.add(new SuppressedFigure(FIGURE.get(measure),
                        (total ? column.total() : column.rows().get(key)).name()));
            }
        }
        boolean decisionsShown = shown.test(Measure.APPROVED) && shown.test(Measure.REFUSED);
        if (!decisionsShown) {
            for (String derived : List.of("approvalRate", "medianWorkingDays", "p90WorkingDays", "withinLimitShare",
                    "pausedShare")) {
                suppressed.add(new SuppressedFigure(derived, "DERIVED_FROM_SUPPRESSED"));
            }
        }
        return new LicensingRow(total ? null : emptyAsNull(key), table.figures(key, total, shown, decisionsShown),
                suppressed, null);
    }

    private static final Map<Measure, String> FIGURE = Map.of(Measure.RECEIVED, "received", Measure.ACCEPTED, "accepted",
            Measure.APPROVED, "approved", Measure.REFUSED, "refused", Measure.WITHDRAWN, "withdrawn",
            Measure.RETURNED, "returnedForCorrections", Measure.OPEN_PAST_DUE, "openPastDue");

    private static String emptyAsNull(String key) {
        return LicensingTable.NO_GROUP.equals(key) ? null : key;
    }
}
