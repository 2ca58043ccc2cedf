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
        @Schema(description = "Individual licence for one contract, or general licence for repeated exports.",
                required = true)
        PermitType type,
        @Schema(description = "Status today; an issued permit past its validity reads EXPIRED.", required = true,
                examples = "APPROVED")
        PermitStatus status,
        @Schema(description = "The exporter that applies.", required = true) UUID exporterId,
        @Schema(description = "The party receiving the goods.", required = true) PartySummary consignee,
        @Schema(description = "The party that finally uses the goods.", required = true) PartySummary endUser,
        @Schema(description = "What kind of end user it is.", required = true) EndUserKind endUserKind,
        @Schema(description = "What the goods will be used for.", required = true,
                examples = "Permanent magnets for electric vehicle motors")
        String endUse,
        @Schema(description = "Country of destination, ISO 3166-1 alpha-2.", required = true, examples = "US")
        String destination,
        @Schema(description = "The validity the exporter asked for.", required = true) Period requestedValidity,
        @Schema(description = "Validity of the issued licence.") Period validity,
        @Schema(description = "The items, one line each, with quantities requested, approved and shipped.",
                required = true)
        List<Line> lines,
        @Schema(description = "The statutory clock, from submission.") StatutoryClock statutoryClock,
        @Schema(description = "Conditions of the licence.", examples = "No re-export without prior consent.")
        String conditions,
        @Schema(description = "Why it was refused, or the officer's note on approval.") String decisionReason,
        @Schema(description = "When the application was submitted (UTC).", examples = "2026-11-26T09:30:00Z")
        Instant submittedAt,
        @Schema(description = "When it was approved or refused (UTC).", examples = "2026-12-20T14:00:00Z")
        Instant decidedAt,
        @Schema(description = "The latest screening of the consignee and end user against the lists; absent for "
                + "permits created before screening existed, until a listing change screens them.")
        PermitScreeningView screening,
        @Schema(description = "The documents the application must carry (Art. 16), each satisfied or missing. In a "
                + "single permit's answer to its exporter and to authorities; lists and importers do not get it.")
        List<RequiredDocument> requiredDocuments,
        @Schema(description = "What the authority asked to correct, while the application is CORRECTIONS_REQUESTED.")
        List<CorrectionsRequest.Correction> corrections,
        @Schema(description = "The actions your key may take now (the action paths under this permit).", required = true,
                examples = "[\"surrender\"]")
        List<PermitActionName> allowedActions,
        @Schema(description = "When the draft was created (UTC).", required = true) Instant createdAt,
        @Schema(description = "When anything about the permit last changed (UTC).", required = true)
        Instant updatedAt) {

    @Schema(description = "A party named on the permit.")
    public record PartySummary(@Schema(description = "Identifier of the party.", required = true) UUID id,
                               @Schema(description = "Legal name of the party.", required = true,
                                       examples = "Example Magnetics Inc.")
                               String name,
                               @Schema(description = "Country of the party's address, ISO 3166-1 alpha-2.",
                                       required = true, examples = "US") String country) {
    }

    @Schema(description = "From and until, both days included.")
    public record Period(@Schema(description = "First day, included.", required = true) LocalDate from,
                         @Schema(description = "Last day, included.", required = true) LocalDate until) {
    }

    @Schema(name = "PermitLineView", description = "One line of the permit.")
    public record Line(
            @Schema(description = "Line number, from 1, in request order.", required = true, examples = "1")
            int lineNumber,
            @Schema(description = "Control-list code of the item, as requested.", examples = "1C902.b")
            String controlCode,
            @Schema(description = "Chemical symbol of the element, as requested.", examples = "Sm") String element,
            @Schema(description = "Form of the item, as requested.", examples = "OXIDE", ref = "ItemForm") String form,
            @Schema(description = "What is exported, in the exporter's words.", required = true,
                    examples = "Samarium oxide, 99.9 %")
            String description,
            @Schema(description = "Quantity requested, in `unit`.", required = true, examples = "500")
            BigDecimal quantity,
            @Schema(description = "Unit of quantity, UN/ECE Recommendation 20 code (`KGM` is the kilogram).",
                    required = true, examples = "KGM")
            String unit,
            @Schema(description = "Declared value of the line, in `currency`.", required = true, examples = "125000")
            BigDecimal value,
            @Schema(description = "Currency of `value`, ISO 4217.", required = true, examples = "USD") String currency,
            @Schema(description = "What the licensing check found for the requested start day: LICENCE_REQUIRED, "
                    + "NOT_REQUIRED (flagged, not refused), PROHIBITED or NO_MATCHING_ENTRY.", required = true,
                    ref = "DeterminationOutcome")
            String licenceOutcome,
            @Schema(description = "Approved quantity, once issued.", examples = "500") BigDecimal approvedQuantity,
            @Schema(description = "Quantity shipped so far against this line, in `unit`.", required = true,
                    examples = "0")
            BigDecimal shippedQuantity,
            @Schema(description = "Approved minus shipped, once issued.", examples = "500")
            BigDecimal remainingQuantity) {
    }
}
