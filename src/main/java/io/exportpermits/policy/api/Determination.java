package io.exportpermits.policy.api;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Whether each item of a shipment needs a licence on that day, and why.")
public record Determination(
        @Schema(description = "The day the answer is for.", required = true, examples = "2026-06-01") LocalDate date,
        @Schema(description = "Country of destination, ISO 3166-1 alpha-2.", required = true, examples = "US")
        String destination,
        @Schema(description = "The kind of end user the answer is for.", required = true, examples = "COMMERCIAL")
        EndUserKind endUserKind,
        @Schema(description = "One answer per item, in request order; a listed consignee or end user changes it.",
                required = true)
        List<ItemDetermination> items,
        @Schema(description = "The consignee and end user as screened, in that order; empty when neither was given.",
                required = true)
        List<PartyDetermination> parties,
        @Schema(description = "The oldest verification date of the data consulted: tells stale data from no data.",
                required = true, examples = "2026-11-26")
        LocalDate dataLastVerifiedOn,
        @Schema(description = "This is information, not legal advice; the issuing authority decides.", required = true,
                examples = "Information from the announcements this service carries, not legal advice.")
        String disclaimer) {
}
