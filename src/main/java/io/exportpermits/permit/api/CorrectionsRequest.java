package io.exportpermits.permit.api;

import io.exportpermits.permit.document.api.DocumentKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The authority's correction notice: every document missing or defective, all at once (Art. 17; "
        + "Administrative Licensing Law Art. 32).")
public record CorrectionsRequest(
        @Schema(description = "What to correct. Every required document the application lacks must be on it.",
                required = true, maxItems = 50)
        @NotNull @Size(max = 50) List<@NotNull @Valid Correction> items,
        @Schema(description = "A note for the exporter, kept in the permit's history.", maxLength = 4000,
                examples = "Please resubmit with the items below.")
        @Size(max = 4000) String reason) {

    @Schema(description = "One thing to correct.")
    public record Correction(
            @Schema(description = "The kind of document concerned.", required = true) @NotNull DocumentKind kind,
            @Schema(description = "MISSING: the application lacks it; DEFECTIVE: the document named is not acceptable.",
                    required = true, examples = "MISSING") @NotNull Problem problem,
            @Schema(description = "For a DEFECTIVE document: which one.",
                    examples = "0193b0c4-5d1e-7f3a-9c2b-4e5f6a7b8c9d") UUID document,
            @Schema(description = "What is wrong, for the exporter.", required = true, maxLength = 1000,
                    examples = "The end-user certificate must be signed by the end user.")
            @NotBlank @Size(max = 1000) String detail) {
    }

    @Schema(name = "CorrectionProblem", description = "MISSING or DEFECTIVE.")
    public enum Problem { MISSING, DEFECTIVE }
}
