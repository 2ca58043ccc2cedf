package io.exportpermits.policy.api;

import io.exportpermits.policy.PolicyStatus;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where a policy stood on the day asked about, and why.")
public record StandingView(
        @Schema(description = "The day this standing is for.", required = true, examples = "2026-06-01")
        LocalDate asOf,
        @Schema(description = "Whether the policy applies today.", required = true, examples = "SUSPENDED")
        PolicyStatus status,
        @Schema(description = "Why, citing the announcement that decided it.", required = true,
                examples = "Suspended by MOFCOM Announcement No. 70 of 2025 from 2025-11-07 until 2026-11-10 (both days included).")
        String reason,
        @Schema(description = "The policy whose suspension applies, when SUSPENDED.", examples = "mofcom-2025-70")
        String suspendedBy,
        @Schema(description = "Last day of that suspension.", examples = "2026-11-10")
        LocalDate suspendedUntil) {
}
