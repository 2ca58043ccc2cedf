package io.exportpermits.permit.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A period the statutory clock does not count, and why.")
public record ClockPauseRequest(
        @Schema(description = "TECHNICAL_IDENTIFICATION, EXPERT_CONSULTATION or ON_SITE_CHECK (an information request "
                + "pauses the clock by itself).", required = true, examples = "EXPERT_CONSULTATION")
        @NotNull ClockPause pause,
        @Schema(description = "Why; kept in the permit's history and shown to the exporter.", required = true,
                maxLength = 4000, examples = "Purity of the samarium oxide to be confirmed by a testing institute.")
        @NotBlank @Size(max = 4000) String reason) {
}
