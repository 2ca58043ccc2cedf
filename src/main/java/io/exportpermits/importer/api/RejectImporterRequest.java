package io.exportpermits.importer.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Why a self-registration is refused; the importer is told.")
public record RejectImporterRequest(
        @Schema(description = "The reason.", required = true, maxLength = 500,
                examples = "No such company in the state register.")
        @NotBlank @Size(max = 500) String reason) {
}
