package io.exportpermits.listing.api;

import io.exportpermits.listing.PartyList;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What screening one party found.")
public record ScreeningResult(
        @Schema(description = "Position of the party in the request, from 0.", required = true, examples = "0")
        int index,
        @Schema(description = "The name as sent.", required = true, examples = "MP Materials Corporation")
        String name,
        @Schema(description = "The name as compared: folded, with legal forms removed.", required = true,
                examples = "mp materials")
        String normalisedName,
        @Schema(description = "POSSIBLE_MATCH: at least one listing scores at or above the threshold; review the "
                + "candidates. NO_MATCH: none does in the lists consulted on that day. NO_MATCH is not a clearance: "
                + "other lists, other names and later listings are not covered.", required = true,
                examples = "POSSIBLE_MATCH")
        Outcome outcome,
        @Schema(description = "Listings at or above the threshold, best first.", required = true)
        List<Candidate> candidates,
        @Schema(description = "What the outcome means, naming the lists and the day.", required = true,
                examples = "1 listing scores 0.88 or more on MOFCOM's control list and watch list as of 2026-12-05.")
        String summary) {

    /** The same result for the party at {@code position} of another request. */
    public ScreeningResult at(int position) {
        return position == index ? this : new ScreeningResult(position, name, normalisedName, outcome, candidates, summary);
    }

    @Schema(name = "ScreeningOutcome", description = "POSSIBLE_MATCH or NO_MATCH.")
    public enum Outcome {
        POSSIBLE_MATCH,
        NO_MATCH
    }

    @Schema(name = "ScreeningCandidate", description = "A listing that may be the party screened, and why.")
    public record Candidate(
            @Schema(description = "The listed party.", required = true, examples = "38de0271-0ff5-2030-1245-752db511419d")
            UUID listedPartyId,
            @Schema(description = "Where to read it.", required = true,
                    examples = "/api/v1/listed-parties/38de0271-0ff5-2030-1245-752db511419d")
            String href,
            @Schema(description = "How well the name matches, from 0 to 1.", required = true, examples = "1")
            BigDecimal score,
            @Schema(description = "The listed name that matched best (English, Chinese or alias).", required = true,
                    examples = "MP Materials Corp.")
            String matchedName,
            @Schema(description = "That name as compared.", required = true, examples = "mp materials")
            String matchedForm,
            @Schema(description = "The words of the listed name that matched.", required = true,
                    examples = "[\"mp\", \"materials\"]")
            List<String> matchedTokens,
            @Schema(description = "Whether the countries agree; absent when you sent none.", examples = "true")
            Boolean countryMatches,
            @Schema(description = "Whether the addresses share most of their words; absent when either has none.",
                    examples = "true")
            Boolean addressMatches,
            @Schema(description = "The list.", required = true, examples = "CONTROL") PartyList list,
            @Schema(description = "The listed party's English name.", required = true, examples = "MP Materials Corp.")
            String name,
            @Schema(description = "Its Chinese name.", examples = "芒廷帕斯材料公司") String nameZh,
            @Schema(description = "Its country.", required = true, examples = "US") String country,
            @Schema(description = "Where the listing stands on the day screened.", required = true)
            ListingStandingView standing,
            @Schema(description = "The announcement that listed it.", required = true)
            ListedPartyView.AnnouncementView announcement) {
    }
}
