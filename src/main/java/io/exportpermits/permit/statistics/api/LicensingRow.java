package io.exportpermits.permit.statistics.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One row of a licensing statistics table, or its total.")
public record LicensingRow(
        @Schema(description = "The row's group: a month (2026-03), a quarter (2026-Q1), an element symbol, a control "
                + "code, a destination country, or INDIVIDUAL / GENERAL. Absent for the total, and for lines that name no "
                + "element or control code.", examples = "2026-03")
        String group,
        @Schema(description = "The figures everyone sees: those that could single out an exporter are absent.",
                required = true) LicensingFigures figures,
        @Schema(description = "The figures withheld from this row, and why; empty for an AUTHORITY key, which sees every "
                + "figure.", required = true)
        List<SuppressedFigure> suppressed,
        @Schema(description = "For an EXPORTER key: the same figures counting only its own applications, never "
                + "withheld.")
        LicensingFigures own) {
}
