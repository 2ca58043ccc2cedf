package io.exportpermits.permit.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One change to a permit; entries are never changed or deleted.")
public record HistoryEntryView(
        @Schema(required = true) UUID id,
        @Schema(required = true) Instant occurredAt,
        @Schema(description = "Key id of the caller.", required = true) String actorKeyId,
        @Schema(required = true, examples = "AUTHORITY") String actorRole,
        @Schema(description = "`create` or an action path.", required = true, examples = "approve") String action,
        @Schema(examples = "UNDER_REVIEW") String fromStatus,
        @Schema(required = true, examples = "APPROVED") String toStatus,
        String reason,
        @Schema(description = "What changed: field names and new values.", type = SchemaType.OBJECT,
                implementation = Object.class, examples = "{\"validFrom\": \"2026-12-01\", \"validUntil\": \"2027-05-31\"}")
        JsonNode changes) {
}
