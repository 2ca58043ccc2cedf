package io.exportpermits.permit.statistics;

import io.exportpermits.common.security.Caller;
import io.exportpermits.common.security.Role;
import io.exportpermits.permit.statistics.LicensingCounts.Counted;
import io.exportpermits.permit.statistics.LicensingCounts.DayCount;
import io.exportpermits.permit.statistics.LicensingCounts.Tally;
import io.exportpermits.permit.statistics.api.LicensingFigures;
import io.exportpermits.permit.statistics.api.LicensingRow;
import io.exportpermits.permit.statistics.api.LicensingStatisticsView;
import io.exportpermits.permit.statistics.api.SuppressedFigure;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
    /** Internal key of the row whose group is absent (lines naming no element or code). */
    private static final String NO_GROUP = "";

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
    private record Own(Table table, Instant countedAt) implements SharedCounts.Dated {
    }

    private final LicensingCounts counts;
    private final Clock clock;
    private final SharedCounts<Key, Views> shared;
    private final SharedCounts<OwnKey, Own> owned;

    LicensingStatistics(LicensingCounts counts, Clock clock,
                        @ConfigProperty(name = "export-permits.statistics.max-age", defaultValue = "60S")
                        Duration maxAge) {
        this.counts = counts;
        this.clock = clock;
        this.shared = new SharedCounts<>(maxAge, clock, this::views);
        this.owned = new SharedCounts<>(maxAge, clock, key -> {
            Instant at = clock.instant();
            return new Own(new Table(count(key.table(), key.exporterId())), at);
        });
    }

    public LicensingStatisticsView licensing(StatisticsPeriod period, StatisticsGrouping grouping, Caller caller) {
        Key key = new Key(period, grouping);
        Views views = shared.get(key);
        LicensingStatisticsView view = caller.role() == Role.AUTHORITY ? views.unsuppressed() : views.everyone();
        if (caller.role() != Role.EXPORTER) {
            return view;
        }
        Table own = owned.get(new OwnKey(key, caller.exporterId())).table();
        return new LicensingStatisticsView(view.from(), view.to(), view.groupBy(), view.countedAt(),
                view.disclosureControl(), view.rows().stream().map(row -> withOwn(row, false, own)).toList(),
                withOwn(view.total(), true, own));
    }

    private static LicensingRow withOwn(LicensingRow row, boolean total, Table own) {
        String key = total ? null : row.group() == null ? NO_GROUP : row.group();
        return new LicensingRow(row.group(), row.figures(), row.suppressed(),
                own.figures(key, total, measure -> true, true));
    }

    private Views views(Key key) {
        Instant at = clock.instant();
        Table table = new Table(count(key, null));
        List<String> keys = key.grouping().byTime() ? key.period().groups(key.grouping()) : table.groupsPresent();
        Map<Measure, DisclosureControl.Withheld> withheld = new EnumMap<>(Measure.class);
        for (Measure measure : Measure.values()) {
            Map<String, Map<UUID, Long>> column = new LinkedHashMap<>();
            keys.forEach(group -> column.put(group, table.contributions(group, false, measure)));
            withheld.put(measure, DisclosureControl.withhold(column, table.contributions(null, true, measure)));
        }
        return new Views(view(key, at, "PUBLIC", keys, table, withheld), view(key, at, "NONE", keys, table, Map.of()));
    }

    private static LicensingStatisticsView view(Key key, Instant at, String disclosure, List<String> keys, Table table,
                                                Map<Measure, DisclosureControl.Withheld> withheld) {
        return new LicensingStatisticsView(key.period().from().toString(), key.period().to().toString(), key.grouping(),
                at, disclosure, keys.stream().map(group -> row(group, false, table, withheld)).toList(),
                row(null, true, table, withheld));
    }

    private Counted count(Key key, UUID exporterId) {
        LocalDate today = LocalDate.now(clock);
        StatisticsPeriod period = key.period();
        return counts.count(period.firstDay(), period.lastDay(), key.grouping(), period.ends(key.grouping(), today),
                today, LIMIT_WORKING_DAYS, exporterId);
    }

    private static LicensingRow row(String key, boolean total, Table table,
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
        return NO_GROUP.equals(key) ? null : key;
    }

    /** The counts of one query, by row (null: the total), figure and exporter. */
    private static final class Table {
        private record Cell(String group, boolean total) {
        }

        private final Map<Cell, Map<Measure, Map<UUID, Tally>>> tallies = new HashMap<>();
        private final Map<Cell, TreeMap<Integer, Long>> decisionDays = new HashMap<>();

        Table(Counted counted) {
            for (Tally tally : counted.tallies()) {
                tallies.computeIfAbsent(cell(tally.group(), tally.total()), c -> new EnumMap<>(Measure.class))
                        .computeIfAbsent(tally.measure(), m -> new HashMap<>()).put(tally.exporterId(), tally);
            }
            for (DayCount days : counted.days()) {
                if (days.measure() == Measure.APPROVED || days.measure() == Measure.REFUSED) {
                    decisionDays.computeIfAbsent(cell(days.group(), days.total()), c -> new TreeMap<>())
                            .merge(days.workingDays(), days.count(), Long::sum);
                }
            }
        }

        private static Cell cell(String group, boolean total) {
            return new Cell(total ? null : group == null ? NO_GROUP : group, total);
        }

        List<String> groupsPresent() {
            return tallies.keySet().stream().filter(c -> !c.total()).map(Cell::group).sorted().toList();
        }

        Map<UUID, Long> contributions(String group, boolean total, Measure measure) {
            Map<UUID, Long> contributions = new HashMap<>();
            tallies(group, total, measure).forEach((exporter, tally) -> contributions.put(exporter, tally.count()));
            return contributions;
        }

        private Map<UUID, Tally> tallies(String group, boolean total, Measure measure) {
            return tallies.getOrDefault(new Cell(group, total), Map.of()).getOrDefault(measure, Map.of());
        }

        private long sum(String group, boolean total, Measure measure, java.util.function.ToLongFunction<Tally> of) {
            return tallies(group, total, measure).values().stream().mapToLong(of).sum();
        }

        LicensingFigures figures(String group, boolean total, Predicate<Measure> shown, boolean decisionsShown) {
            Map<Measure, Long> counts = new EnumMap<>(Measure.class);
            for (Measure measure : Measure.values()) {
                if (shown.test(measure)) {
                    counts.put(measure, sum(group, total, measure, Tally::count));
                }
            }
            if (!decisionsShown) {
                return figures(counts, null, null, null, null, null);
            }
            long approved = counts.get(Measure.APPROVED);
            long decided = approved + counts.get(Measure.REFUSED);
            long limited = 0;
            long within = 0;
            long elapsed = 0;
            long paused = 0;
            for (Measure measure : Set.of(Measure.APPROVED, Measure.REFUSED)) {
                limited += sum(group, total, measure, Tally::limited);
                within += sum(group, total, measure, Tally::withinLimit);
                elapsed += sum(group, total, measure, Tally::elapsedDays);
                paused += sum(group, total, measure, Tally::pausedDays);
            }
            TreeMap<Integer, Long> days = decisionDays.getOrDefault(new Cell(group, total), new TreeMap<>());
            return figures(counts, share(approved, decided), percentile(days, 50, decided),
                    percentile(days, 90, decided), share(within, limited), share(paused, elapsed + paused));
        }

        private static LicensingFigures figures(Map<Measure, Long> counts, BigDecimal approvalRate, Integer median,
                                                Integer p90, BigDecimal withinLimit, BigDecimal paused) {
            return new LicensingFigures(counts.get(Measure.RECEIVED), counts.get(Measure.ACCEPTED),
                    counts.get(Measure.APPROVED), counts.get(Measure.REFUSED), counts.get(Measure.WITHDRAWN),
                    counts.get(Measure.RETURNED), approvalRate, median, p90, withinLimit, paused,
                    counts.get(Measure.OPEN_PAST_DUE));
        }

        /** Nearest rank: the smallest value with at least {@code percent} % of the decisions at or below it. */
        private static Integer percentile(TreeMap<Integer, Long> days, int percent, long decided) {
            if (decided == 0) {
                return null;
            }
            long rank = (decided * percent + 99) / 100;
            long seen = 0;
            for (Map.Entry<Integer, Long> entry : days.entrySet()) {
                seen += entry.getValue();
                if (seen >= rank) {
                    return entry.getKey();
                }
            }
            return days.isEmpty() ? null : days.lastKey();
        }

        private static BigDecimal share(long part, long whole) {
            return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_EVEN);
        }
    }
}
