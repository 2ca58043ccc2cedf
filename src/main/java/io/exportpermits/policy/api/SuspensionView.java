package io.exportpermits.policy.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A suspension one announcement declares on another, or on one clause of it; both days included.")
public record SuspensionView(
        @Schema(description = "The policy that declares it.", required = true, examples = "mofcom-2025-70")
        String declaredBy,
        @Schema(description = "The suspended policy, when this service carries it.", examples = "mofcom-gac-2025-57")
        String suspendedPolicyId,
        @Schema(description = "The suspended announcement.", required = true,
                examples = "MOFCOM/GAC Announcement No. 57 of 2025")
        String suspendedReference,
        @Schema(description = "The suspended clause; the whole announcement when absent.", examples = "2")
        String clause,
        @Schema(description = "First day of the suspension.", required = true, examples = "2025-11-07") LocalDate from,
        @Schema(description = "Last day of the suspension (included).", required = true, examples = "2026-11-10")
        LocalDate until,
        @Schema(description = "What is known about it, including what is unverified.",
                examples = "Start date: day of publication; exact start unverified")
        String note,
        @Schema(description = "Whether a source confirms that it ended on `until`, rather than only the schedule.",
                required = true, examples = "false")
        boolean endConfirmed) {
}
