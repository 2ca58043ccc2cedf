package io.exportpermits.policy.api;

import io.exportpermits.policy.PolicyStatus;
import io.exportpermits.policy.StandingBasis;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where a policy stood on the day asked about, and why.")
public record StandingView(
        @Schema(description = "The day this standing is for.", required = true, examples = "2026-12-05")
        LocalDate asOf,
        @Schema(description = "Whether the policy applies today.", required = true, examples = "IN_FORCE")
        PolicyStatus status,
        @Schema(description = "Why, citing the announcement that decided it.", required = true,
                examples = "In force again since 2026-11-11, the day after its suspension by MOFCOM Announcement No. 70 of 2025 "
                        + "(2025-11-07 to 2026-11-10) was scheduled to end; no source checked by 2026-12-05 confirms "
                        + "that it ended then, or says whether it was extended. First in force on 2025-11-08.")
        String reason,
        @Schema(description = "The policy whose suspension applies, when SUSPENDED.", examples = "mofcom-2025-70")
        String suspendedBy,
        @Schema(description = "Last day of that suspension.", examples = "2026-11-10")
        LocalDate suspendedUntil,
        @Schema(description = "First day of this status in its current stretch.", required = true,
                examples = "2026-11-11")
        LocalDate since,
        @Schema(description = "Whether a source confirms the change that began this stretch, or only a schedule says so.",
                required = true, examples = "SCHEDULED")
        StandingBasis basis) {
}
