package io.exportpermits.permit.statistics.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A figure the public table withholds so that no exporter can be singled out.")
public record SuppressedFigure(
        @Schema(description = "Name of the withheld field of `figures`.", required = true, examples = "refused")
        String figure,
        @Schema(description = "FEWER_THAN_3_EXPORTERS: fewer than 3 exporters make up the figure. "
                + "ONE_EXPORTER_75_PERCENT: one exporter makes up 75 % or more of it. PROTECTS_ANOTHER_CELL: withheld "
                + "so that the total less the figures shown cannot reveal a withheld one. DERIVED_FROM_SUPPRESSED: a "
                + "rate, median or share over decisions when approved or refused is withheld.", required = true,
                enumeration = {"FEWER_THAN_3_EXPORTERS", "ONE_EXPORTER_75_PERCENT", "PROTECTS_ANOTHER_CELL",
                        "DERIVED_FROM_SUPPRESSED"}, examples = "FEWER_THAN_3_EXPORTERS")
        String reason) {
}
