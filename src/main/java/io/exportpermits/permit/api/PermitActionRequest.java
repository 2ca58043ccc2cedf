package io.exportpermits.permit.api;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Why the action is taken. Required to refuse, suspend, revoke, request information and respond.")
public record PermitActionRequest(
        @Schema(description = "Why; kept in the permit's history and shown to the exporter.", maxLength = 4000,
                examples = "End-user statement missing; please provide it.")
        @Size(max = 4000) String reason) {
}
