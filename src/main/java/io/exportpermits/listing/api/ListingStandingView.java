package io.exportpermits.listing.api;

import io.exportpermits.listing.ListingStatus;
import io.exportpermits.policy.StandingBasis;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where a listing stood on the day asked about, since when, and on what basis.")
public record ListingStandingView(
        @Schema(description = "The day this standing is for.", required = true, examples = "2026-12-05")
        LocalDate asOf,
        @Schema(description = "Whether the list's measures apply to the party that day.", required = true,
                examples = "LISTED")
        ListingStatus status,
        @Schema(description = "Why, telling the listing's history.", required = true,
                examples = "Listed again since 2026-11-11, the day after the suspension by the MOFCOM statement of "
                        + "2025-11-06 (2025-11-10 to 2026-11-10) was scheduled to end; no source checked by 2026-12-05 "
                        + "confirms that it ended then, or says whether it was extended. First listed on 2025-04-04 by "
                        + "MOFCOM No. 21 of 2025 (control list).")
        String reason,
        @Schema(description = "First day of this status in its current stretch; absent before the listing.",
                examples = "2026-11-11")
        LocalDate since,
        @Schema(description = "Whether a source confirms the change that began this stretch, or only a schedule says so.",
                required = true, examples = "SCHEDULED")
        StandingBasis basis,
        @Schema(description = "The decision that suspends the measures, when SUSPENDED.",
                examples = "MOFCOM statement of 2025-11-06")
        String suspendedBy,
        @Schema(description = "Last day of that suspension; absent when it states no end.", examples = "2026-11-10")
        LocalDate suspendedUntil) {
}
