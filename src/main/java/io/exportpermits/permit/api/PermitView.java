package io.exportpermits.permit.api;

import io.exportpermits.permit.PermitStatus;
import io.exportpermits.permit.PermitType;
import io.exportpermits.policy.api.EndUserKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A permit, from application to licence.")
public record PermitView(
        @Schema(description = "Public number.", required = true, examples = "EP-2026-000123") String number,
        @Schema(description = "Random code for anonymous verification; shown to the exporter and authorities only.",
                examples = "k4m9q2xw7p") String checkCode,
        @Schema(required = true) PermitType type,
        @Schema(description = "Status today; an issued permit past its validity reads EXPIRED.", required = true)
        PermitStatus status,
        @Schema(required = true) UUID exporterId,
        @Schema(required = true) PartySummary consignee,
        @Schema(required = true) PartySummary endUser,
        @Schema(required = true) EndUserKind endUserKind,
        @Schema(required = true) String endUse,
        @Schema(required = true, examples = "US") String destination,
        @Schema(required = true) Period requestedValidity,
        @Schema(description = "Validity of the issued licence.") Period validity,
        @Schema(required = true) List<Line> lines,
        @Schema(description = "The statutory clock, from submission.") StatutoryClock statutoryClock,
        @Schema(description = "Conditions of the licence.") String conditions,
        @Schema(description = "Why it was refused, or the officer's note on approval.") String decisionReason,
        @Schema(examples = "2026-11-26T09:30:00Z") Instant submittedAt,
        @Schema(examples = "2026-12-20T14:00:00Z") Instant decidedAt,
        @Schema(description = "The actions your key may take now (the action paths under this permit).", required = true,
                examples = "[\"submit\",\"withdraw\"]") List<String> allowedActions,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt) {

    @Schema(description = "A party named on the permit.")
    public record PartySummary(@Schema(required = true) UUID id, @Schema(required = true) String name,
                               @Schema(required = true) String country) {
    }

    @Schema(description = "From and until, both days included.")
    public record Period(@Schema(required = true) LocalDate from, @Schema(required = true) LocalDate until) {
    }

    @Schema(description = "One line of the permit.")
    public record Line(
            @Schema(required = true, examples = "1") int lineNumber,
            String controlCode, String element, String form,
            @Schema(required = true) String description,
            @Schema(required = true, examples = "500") BigDecimal quantity,
            @Schema(required = true, examples = "KGM") String unit,
            @Schema(required = true, examples = "125000") BigDecimal value,
            @Schema(required = true, examples = "USD") String currency,
            @Schema(description = "What the licensing check found for the requested start day: LICENCE_REQUIRED, "
                    + "NOT_REQUIRED (flagged, not refused), PROHIBITED or NO_MATCHING_ENTRY.", required = true)
            String licenceOutcome,
            @Schema(description = "Approved quantity, once issued.") BigDecimal approvedQuantity,
            @Schema(required = true, examples = "0") BigDecimal shippedQuantity,
            @Schema(description = "Approved minus shipped, once issued.") BigDecimal remainingQuantity) {
    }
}
