package io.exportpermits.listing.api;

import io.exportpermits.listing.PartyList;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A foreign party on MOFCOM's export control list or watch list, with its standing on the day asked "
        + "about.")
public record ListedPartyView(
        @Schema(description = "Stable identifier; the same on every installation for the seeded listings.",
                required = true, examples = "38de0271-0ff5-2030-1245-752db511419d")
        UUID id,
        @Schema(description = "The list the party is on.", required = true, examples = "CONTROL")
        PartyList list,
        @Schema(description = "The authority that keeps the list.", required = true, examples = "MOFCOM")
        String authority,
        @Schema(description = "Name as the announcement gives it in English.", required = true,
                examples = "MP Materials Corp.")
        String name,
        @Schema(description = "Name as the announcement gives it in Chinese.", examples = "芒廷帕斯材料公司")
        String nameZh,
        @Schema(description = "Other names the announcement gives.", required = true, examples = "[\"MP Materials\"]")
        List<String> aliases,
        @Schema(description = "Country of the party, ISO 3166-1 alpha-2.", required = true, examples = "US")
        String country,
        @Schema(description = "Address as the announcement gives it.",
                examples = "1700 S Pavilion Center Drive Eighth Floor, Las Vegas, NV, USA, 89135")
        String address,
        @Schema(description = "The announcement that listed the party.", required = true)
        AnnouncementView announcement,
        @Schema(description = "Day the party was listed.", required = true, examples = "2026-06-22")
        LocalDate listedOn,
        @Schema(description = "Day the listing was lifted.", examples = "2027-01-15")
        LocalDate liftedOn,
        @Schema(description = "Where the listing stands on `asOf`.", required = true)
        ListingStandingView standing,
        @Schema(description = "Suspensions of the measures on the party, oldest first.", required = true)
        List<ListingSuspensionView> suspensions,
        @Schema(description = "What is known beyond the announcement, including what is unverified.",
                examples = "Suspended for one year from 2025-11-10; what happened after 2026-11-10 is unverified.")
        String note,
        @Schema(description = "Where the facts come from.", required = true,
                examples = "[\"https://www.mofcom.gov.cn/zwgk/zcfb/art/2026/art_dfa9cc5c1e004d7fbb86f83d249e7986.html\"]")
        List<String> sources,
        @Schema(description = "When a person last checked the facts against the sources.", required = true,
                examples = "2026-12-05")
        LocalDate lastVerifiedOn) {

    @Schema(description = "The announcement that listed the party.")
    public record AnnouncementView(
            @Schema(description = "Its number, where a source gives one.", examples = "MOFCOM No. 23 of 2026")
            String reference,
            @Schema(description = "Whether the number comes from a reliable source: false when only a weak source gives "
                    + "it; absent when no number is known.", examples = "false")
            Boolean numberConfirmed,
            @Schema(description = "MOFCOM's page of the announcement.", required = true,
                    examples = "https://www.mofcom.gov.cn/zwgk/zcfb/art/2026/art_dfa9cc5c1e004d7fbb86f83d249e7986.html")
            String url,
            @Schema(description = "Day it was published.", required = true, examples = "2026-06-22")
            LocalDate publishedOn) {
    }
}
