package io.exportpermits.policy.api;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A restriction policy: one announcement, what it imposes, and where it stood on the day asked "
        + "about.")
public record PolicyView(
        @Schema(description = "Stable identifier.", required = true, examples = "mofcom-gac-2025-57") String id,
        @Schema(description = "Issuing authorities.", required = true) List<AuthorityView> authorities,
        @Schema(description = "Number of the announcement in its year.", required = true, examples = "57") int number,
        @Schema(description = "Year of the announcement, as published.", required = true, examples = "2025") int year,
        @Schema(description = "Title in English.", required = true, examples = "MOFCOM/GAC Announcement No. 57 of 2025")
        String title,
        @Schema(description = "Official Chinese title, where a source gives it; never a translation of ours.")
        String titleZh,
        @Schema(description = "Day the announcement was published.", required = true, examples = "2025-10-09")
        LocalDate publishedOn,
        @Schema(description = "First day its measures apply.", required = true, examples = "2025-11-08")
        LocalDate effectiveFrom,
        @Schema(description = "Last day in force, if the announcement sets one.") LocalDate effectiveUntil,
        @Schema(description = "Day it was repealed.") LocalDate repealedOn,
        @Schema(description = "Whether it applies today, and the suspensions and repeal that change that.",
                required = true)
        StandingView standing,
        @Schema(description = "What the announcement does, in plain words.", required = true,
                examples = "Export licences required for holmium, erbium, thulium, europium and ytterbium items.")
        String summary,
        @Schema(description = "The announcement's measures, one per clause.", required = true)
        List<MeasureView> measures,
        @Schema(description = "Suspensions this announcement declares on others.", required = true)
        List<SuspensionView> suspends,
        @Schema(description = "Suspensions other announcements declare on this one.", required = true)
        List<SuspensionView> suspendedBy,
        @Schema(description = "Where the facts come from.", required = true, examples = "[\"pillsburylaw.com\"]")
        List<String> sources,
        @Schema(description = "When the facts were last checked against the sources: tells stale data from no data.",
                required = true, examples = "2026-11-26")
        LocalDate lastVerifiedOn,
        @Schema(description = "What is unverified.", examples = "Control codes of the items not verified")
        String verificationNote) {

    @Schema(description = "An issuing authority.")
    public record AuthorityView(@Schema(description = "Short code of the issuing authority.", required = true,
                                        examples = "MOFCOM") String code,
                                @Schema(description = "Full name of the issuing authority.", required = true,
                                        examples = "Ministry of Commerce of the People's Republic of China")
                                String name) {
    }
}
