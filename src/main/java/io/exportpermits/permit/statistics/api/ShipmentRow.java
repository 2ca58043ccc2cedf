package io.exportpermits.permit.statistics.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One row of a shipment statistics table, or its total; or, in a row's `split`, one part of it.")
public record ShipmentRow(
        @Schema(description = "The row's group, as in licensing statistics; absent for the total, and for lines that "
                + "name no element or control code.", examples = "2026-03")
        String group,
        @Schema(description = "The figures everyone sees: those that could single out an exporter are absent.",
                required = true) ShipmentFigures figures,
        @Schema(description = "The figures withheld from this row, and why (a value by its currency: "
                + "`shippedValues.USD`); empty for an AUTHORITY key.", required = true)
        List<SuppressedFigure> suppressed,
        @Schema(description = "For an EXPORTER key: the same figures counting only its own permits, never withheld.")
        ShipmentFigures own,
        @Schema(description = "With `splitBy`: the row split by the second grouping, in the same order in every row "
                + "(every month or quarter of the period for a split by time, the groups with something licensed or "
                + "shipped in the period otherwise), each part with its own figures, `suppressed` and `own` (and no "
                + "`split`). The total's split is the table by `splitBy` alone. Disclosure control covers the rows, "
                + "the parts and both totals together: no row's or column's total less the parts shown, nor any "
                + "combination of them, gives a withheld figure.")
        List<ShipmentRow> split) {
}
