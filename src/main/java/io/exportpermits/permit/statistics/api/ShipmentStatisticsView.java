package io.exportpermits.permit.statistics.api;

import io.exportpermits.permit.statistics.StatisticsGrouping;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ShipmentStatistics", description = "Quantities and values licensed and shipped over a period.")
public record ShipmentStatisticsView(
        @Schema(description = "First month of the period.", required = true, examples = "2026-01") String from,
        @Schema(description = "Last month of the period, included.", required = true, examples = "2026-12") String to,
        @Schema(description = "How the rows are formed.", required = true) StatisticsGrouping groupBy,
        @Schema(description = "How each row (and the total) is split a second way, in its `split`; absent when not "
                + "asked.", examples = "ELEMENT")
        StatisticsGrouping splitBy,
        @Schema(description = "When the count the figures come from started (at most 60 s before the answer by default).",
                required = true, examples = "2026-12-06T08:00:00Z")
        Instant countedAt,
        @Schema(description = "PUBLIC: figures that could single out an exporter are withheld. NONE: an AUTHORITY key "
                + "sees every figure.", required = true, enumeration = {"PUBLIC", "NONE"}, examples = "PUBLIC")
        String disclosureControl,
        @Schema(description = "Units (UN/ECE Recommendation 20) of lines licensed or shipped in the period whose "
                + "quantities are not masses and so are in no kilogram figure; their values are counted.",
                required = true, examples = "[\"NAR\"]")
        List<String> unitsLeftOut,
        @Schema(description = "One row per group: every month or quarter of the period for groupings by time, the groups "
                + "with something licensed or shipped otherwise.", required = true)
        List<ShipmentRow> rows,
        @Schema(description = "The whole period.", required = true) ShipmentRow total) {

    public ShipmentStatisticsView withCountedAt(Instant at) {
        return new ShipmentStatisticsView(from, to, groupBy, splitBy, at, disclosureControl, unitsLeftOut, rows, total);
    }
}
