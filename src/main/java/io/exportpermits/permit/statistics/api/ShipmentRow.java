package io.exportpermits.permit.statistics.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One row of a shipment statistics table, or its total.")
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
        ShipmentFigures own) {
}
