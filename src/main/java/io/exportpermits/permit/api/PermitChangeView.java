package io.exportpermits.permit.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A request to change a non-key element of an issued licence, decided within 20 working days.")
public record PermitChangeView(
        @Schema(description = "Its id.", required = true) UUID id,
        @Schema(description = "The licence.", required = true, examples = "EP-2026-000123") String permit,
        @Schema(description = "PENDING, APPROVED (applied to the licence) or REFUSED.", required = true,
                enumeration = {"PENDING", "APPROVED", "REFUSED"}, examples = "PENDING") String status,
        @Schema(description = "What was asked, as asked.", required = true, type = SchemaType.OBJECT,
                implementation = Object.class, additionalProperties = Schema.True.class,
                examples = "{\"validUntil\": \"2027-12-31\"}") JsonNode changes,
        @Schema(description = "Why it was asked.", required = true,
                examples = "The buyer's logistics subsidiary receives the goods from March.") String reason,
        @Schema(description = "When it was asked (UTC).", required = true) Instant requestedAt,
        @Schema(description = "The 20th working day after the request: the decision is due by then.", required = true,
                examples = "2027-01-29") LocalDate decisionDueOn,
        @Schema(description = "Pending past its due day.", required = true, examples = "false") boolean overdue,
        @Schema(description = "When it was decided (UTC).") Instant decidedAt,
        @Schema(description = "The authority's reason.") String decisionReason) {
}
