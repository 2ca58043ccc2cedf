package io.exportpermits.listing.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The removal of a party from its list.")
public record LiftRequest(
        @Schema(description = "First day the party is off the list.", required = true, examples = "2027-01-15")
        @NotNull LocalDate liftedOn,
        @Schema(description = "The decision that lifts the listing.", required = true, maxLength = 300,
                examples = "MOFCOM Announcement No. 3 of 2027")
        @NotBlank @Size(max = 300) String decision,
        @Schema(description = "Why it is recorded; kept with the revision.", required = true, maxLength = 2000,
                examples = "MOFCOM removed the party from the control list.")
        @NotBlank @Size(max = 2000) String reason) {
}
