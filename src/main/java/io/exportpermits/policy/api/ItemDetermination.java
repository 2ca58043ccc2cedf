package io.exportpermits.policy.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The answer for one item.")
public record ItemDetermination(
        @Schema(description = "Position of the item in the request, from 0.", required = true, examples = "0")
        int index,
        @Schema(required = true, examples = "LICENCE_REQUIRED") Outcome outcome,
        @Schema(description = "Control entries the item matched, and how.", required = true)
        List<MatchedEntry> controlEntries,
        @Schema(description = "Every policy measure that covers the item, applying or not, and why.", required = true)
        List<PolicyEffect> policies,
        @Schema(description = "Licence types available, when a licence is required.", required = true,
                examples = "[\"INDIVIDUAL\",\"GENERAL\"]")
        List<String> licenceTypes,
        @Schema(description = "The chain of reasons, citing announcements, in reading order.", required = true)
        List<String> reasons) {

    public enum Outcome {
        LICENCE_REQUIRED,
        NOT_REQUIRED,
        PROHIBITED,
        /** Nothing in this service's data covers the item: that is not the same as "not controlled". */
        NO_MATCHING_ENTRY
    }

    @Schema(description = "A control entry an item matched.")
    public record MatchedEntry(
            @Schema(required = true, examples = "1C902.b") String code,
            @Schema(required = true, examples = "Samarium oxide") String description,
            @Schema(description = "CONTROL_CODE, HS_CODE or ELEMENT_AND_FORM.", required = true, examples = "HS_CODE")
            String matchedBy) {
    }

    @Schema(description = "What one measure of one policy means for the item on that day.")
    public record PolicyEffect(
            @Schema(required = true, examples = "mofcom-gac-2025-57") String policyId,
            @Schema(required = true, examples = "MOFCOM/GAC Announcement No. 57 of 2025") String title,
            @Schema(required = true, examples = "1") String clause,
            @Schema(required = true, examples = "LICENCE_REQUIRED") String kind,
            @Schema(description = "The policy's status on the day.", required = true, examples = "SUSPENDED")
            String status,
            @Schema(description = "Whether it decides the outcome.", required = true) boolean applies,
            @Schema(required = true,
                    examples = "Suspended by MOFCOM Announcement No. 70 of 2025 from 2025-11-07 until 2026-11-10 (both days included).")
            String reason) {
    }
}
