package io.exportpermits.permit.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One change to a permit; entries are never changed or deleted.")
public record HistoryEntryView(
        @Schema(description = "Identifier of the entry.", required = true) UUID id,
        @Schema(description = "When the change was made (UTC).", required = true) Instant occurredAt,
        @Schema(description = "Key id of the caller.", required = true, examples = "k7m2xq9tr4bn") String actorKeyId,
        @Schema(description = "Role of the key that made the change.", required = true, examples = "AUTHORITY",
                ref = "Role")
        String actorRole,
        @Schema(description = "What was done: `create`, `ship`, or a lifecycle action.", required = true)
        HistoryAction action,
        @Schema(description = "Status before the change; absent when the permit was created.",
                examples = "UNDER_REVIEW", ref = "PermitStatus")
        String fromStatus,
        @Schema(description = "Status after the change.", required = true, examples = "APPROVED",
                ref = "PermitStatus")
        String toStatus,
        @Schema(description = "The reason given with the action, if any.",
                examples = "Complete end-user statement received.")
        String reason,
        @Schema(description = "What changed: each changed field of the permit by its path in `PermitView` "
                + "(`validFrom`, `lines[1].approvedQuantity`), with its new value as `PermitView` writes it.",
                type = SchemaType.OBJECT, implementation = Object.class, additionalProperties = Schema.True.class,
                examples = "{\"validFrom\": \"2026-12-01\", \"validUntil\": \"2027-05-31\"}")
        JsonNode changes) {
}
