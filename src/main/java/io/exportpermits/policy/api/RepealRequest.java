package io.exportpermits.policy.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The repeal of a policy: from that day on it is REPEALED.")
public record RepealRequest(
        @Schema(description = "First day the policy no longer applies.", required = true, examples = "2027-01-01")
        @NotNull LocalDate repealedOn,
        @Schema(description = "Which announcement repealed it, and why; kept with the revision.", required = true,
                maxLength = 2000, examples = "Repealed by MOFCOM Announcement No. 9 of 2026.")
        @NotBlank @Size(max = 2000) String reason) {
}
