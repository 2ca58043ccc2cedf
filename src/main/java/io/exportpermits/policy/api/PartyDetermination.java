package io.exportpermits.policy.api;

import io.exportpermits.listing.api.ScreeningResult;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What screening one party of the shipment found, and what it means for the items.")
public record PartyDetermination(
        @Schema(description = "The party's role in the shipment.", required = true, examples = "CONSIGNEE")
        Role role,
        @Schema(description = "The name as sent.", required = true, examples = "MP Materials Corporation") String name,
        @Schema(description = "CONTROL_LISTED: a listing on the control list applies that day, so dual-use exports to "
                + "the party are prohibited unless an exception is granted. WATCH_LISTED: a watch-list listing applies, "
                + "so only an individual licence is possible, with a risk assessment of the party and a compliance "
                + "commitment, and no time limit on the review. LISTING_NOT_IN_EFFECT: a listing matches but is "
                + "suspended, lifted or not yet made that day. NO_MATCH: no listing matches (which is no clearance).",
                required = true, examples = "CONTROL_LISTED")
        Outcome outcome,
        @Schema(description = "The listings that may be the party, best first, as screening reports them.",
                required = true)
        List<ScreeningResult.Candidate> candidates,
        @Schema(description = "Why, citing the listing and its announcement.", required = true,
                examples = "Consignee \"MP Materials Corporation\" matches MP Materials Corp. (score 1) on MOFCOM's "
                        + "control list, MOFCOM No. 23 of 2026: dual-use exports to it are prohibited; an exporter may "
                        + "apply for an exception only in special cases.")
        String reason) {

    /** The most severe outcome among the parties: CONTROL_LISTED, then WATCH_LISTED, LISTING_NOT_IN_EFFECT, NO_MATCH. */
    public static Outcome mostSevere(List<PartyDetermination> parties) {
        return parties.stream().map(PartyDetermination::outcome).min(Comparator.naturalOrder()).orElse(Outcome.NO_MATCH);
    }

    @Schema(name = "PartyRole", description = "CONSIGNEE or END_USER.")
    public enum Role {
        CONSIGNEE,
        END_USER
    }

    @Schema(name = "PartyDeterminationOutcome", description = "CONTROL_LISTED, WATCH_LISTED, LISTING_NOT_IN_EFFECT or "
            + "NO_MATCH.")
    public enum Outcome { // most severe first
        CONTROL_LISTED,
        WATCH_LISTED,
        LISTING_NOT_IN_EFFECT,
        NO_MATCH
    }
}
