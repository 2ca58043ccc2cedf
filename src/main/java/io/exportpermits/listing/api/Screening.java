package io.exportpermits.listing.api;

import io.exportpermits.listing.PartyList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The screening of each party against the lists, as they stood on a day.")
public record Screening(
        @Schema(description = "The day screened for.", required = true, examples = "2026-12-05") LocalDate asOf,
        @Schema(description = "The lowest score reported.", required = true, examples = "0.88") BigDecimal threshold,
        @Schema(description = "The lists consulted.", required = true) List<ListConsulted> lists,
        @Schema(description = "One result per party, in request order.", required = true) List<ScreeningResult> results,
        @Schema(description = "This is information, not legal advice; the issuing authority decides.", required = true,
                examples = "Information from the lists this service carries, not legal advice: the issuing authority decides.")
        String disclaimer) {

    @Schema(description = "A list consulted, how many listings it held on the day, and when it was last verified.")
    public record ListConsulted(
            @Schema(description = "Authority that keeps it.", required = true, examples = "MOFCOM") String authority,
            @Schema(description = "Which list.", required = true, examples = "CONTROL") PartyList list,
            @Schema(description = "Listings of this list on the day, whatever their standing.", required = true,
                    examples = "153")
            int listings,
            @Schema(description = "The oldest day its listings were last checked against the sources.", required = true,
                    examples = "2026-12-05")
            LocalDate lastVerifiedOn) {
    }
}
