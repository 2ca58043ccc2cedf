package io.exportpermits.policy.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A suspension of this policy, or of one clause of it, declared by an announcement this service "
        + "carries.")
public record SuspensionRequest(
        @Schema(description = "The policy that declares the suspension.", required = true, examples = "mofcom-2025-70")
        @NotBlank @Pattern(regexp = "[a-z0-9-]{1,64}") String declaredBy,
        @Schema(description = "The suspended clause; the whole policy when absent.", examples = "2")
        @Size(max = 16) String clause,
        @Schema(description = "First suspended day.", required = true, examples = "2025-11-07") @NotNull LocalDate from,
        @Schema(description = "Last suspended day.", required = true, examples = "2026-11-10") @NotNull LocalDate until,
        @Schema(description = "What is known about it, including what is unverified.", maxLength = 2000)
        @Size(max = 2000) String note,
        @Schema(description = "Whether a source confirms that the suspension ended on `until`. Leave it false while "
                + "only the schedule says so: answers for later days are then marked SCHEDULED.", defaultValue = "false")
        Boolean endConfirmed,
        @Schema(description = "Why it is recorded; kept with the revision.", required = true, maxLength = 2000,
                examples = "MOFCOM Announcement No. 70 of 2025 suspends it.")
        @NotBlank @Size(max = 2000) String reason) {
}
