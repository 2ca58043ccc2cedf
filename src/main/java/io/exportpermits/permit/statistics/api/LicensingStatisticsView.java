package io.exportpermits.permit.statistics.api;

import io.exportpermits.permit.statistics.StatisticsGrouping;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LicensingStatistics", description = "How the licensing system performed over a period: applications "
        + "received, accepted, decided by outcome, the working days decisions took against the 45-day limit, and "
        + "applications past their due day.")
public record LicensingStatisticsView(
        @Schema(description = "First month of the period.", required = true, examples = "2026-01") String from,
        @Schema(description = "Last month of the period, included.", required = true, examples = "2026-12") String to,
        @Schema(description = "How the rows are formed.", required = true) StatisticsGrouping groupBy,
        @Schema(description = "When the count the figures come from started: no answer is more than "
                + "`export-permits.statistics.max-age` (60 s by default) behind the applications it counts.",
                required = true,
                examples = "2026-12-06T08:00:00Z")
        Instant countedAt,
        @Schema(description = "PUBLIC: figures that could single out an exporter are withheld (see `suppressed`). NONE: "
                + "an AUTHORITY key sees every figure.", required = true, enumeration = {"PUBLIC", "NONE"},
                examples = "PUBLIC")
        String disclosureControl,
        @Schema(description = "One row per group: every month or quarter of the period for groupings by time, the groups "
                + "with something counted otherwise.", required = true)
        List<LicensingRow> rows,
        @Schema(description = "The whole period: each application once, even where it appears in several rows.",
                required = true)
        LicensingRow total) {

    public LicensingStatisticsView withCountedAt(Instant at) {
        return new LicensingStatisticsView(from, to, groupBy, at, disclosureControl, rows, total);
    }
}
