package io.exportpermits.policy.api;

import io.exportpermits.policy.StandingBasis;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The answer for one item.")
public record ItemDetermination(
        @Schema(description = "Position of the item in the request, from 0.", required = true, examples = "0")
        int index,
        @Schema(description = "Whether the item needs a licence on that day.", required = true,
                examples = "LICENCE_REQUIRED")
        Outcome outcome,
        @Schema(description = "Control entries the item matched, and how.", required = true)
        List<MatchedEntry> controlEntries,
        @Schema(description = "Every policy measure that covers the item, applying or not, and why.", required = true)
        List<PolicyEffect> policies,
        @Schema(description = "Licence types available, when a licence is required.", required = true,
                examples = "[\"INDIVIDUAL\",\"GENERAL\"]", type = SchemaType.ARRAY,
                implementation = MeasureRequest.LicenceType.class)
        List<String> licenceTypes,
        @Schema(description = "The chain of reasons, citing announcements, in reading order.", required = true,
                examples = "[\"Matched control entry 1C902.b (Samarium oxide) by HS code 2846901940.\", "
                        + "\"MOFCOM/GAC Announcement No. 18 of 2025 requires an export licence.\"]")
        List<String> reasons,
        @Schema(description = "SCHEDULED when any policy considered here stands as it does only because a scheduled "
                + "date has passed that no source confirms (a suspension's last day, for instance): the outcome is "
                + "then what the schedule implies, not a confirmed fact. CONFIRMED otherwise.", required = true,
                examples = "SCHEDULED")
        StandingBasis basis) {

    @Schema(name = "DeterminationOutcome", description = "LICENCE_REQUIRED, NOT_REQUIRED, PROHIBITED, or "
            + "NO_MATCHING_ENTRY: nothing in this service's data covers the item, which is not the same as "
            + "\"not controlled\".")
    public enum Outcome {
        LICENCE_REQUIRED,
        NOT_REQUIRED,
        PROHIBITED,
        NO_MATCHING_ENTRY
    }

    @Schema(description = "A control entry an item matched.")
    public record MatchedEntry(
            @Schema(description = "Control-list code of the entry.", required = true, examples = "1C902.b") String code,
            @Schema(description = "What the entry covers.", required = true, examples = "Samarium oxide")
            String description,
            @Schema(description = "CONTROL_CODE, HS_CODE or ELEMENT_AND_FORM.", required = true, examples = "HS_CODE",
                    enumeration = {"CONTROL_CODE", "HS_CODE", "ELEMENT_AND_FORM"})
            String matchedBy) {
    }

    @Schema(description = "What one measure of one policy means for the item on that day.")
    public record PolicyEffect(
            @Schema(description = "Identifier of the policy.", required = true, examples = "mofcom-gac-2025-57")
            String policyId,
            @Schema(description = "Title of the policy.", required = true,
                    examples = "MOFCOM/GAC Announcement No. 57 of 2025")
            String title,
            @Schema(description = "The clause of the policy.", required = true, examples = "1") String clause,
            @Schema(description = "What the measure does to the items it covers.", required = true,
                    examples = "LICENCE_REQUIRED",
                    ref = "MeasureKind")
            String kind,
            @Schema(description = "The policy's status on the day.", required = true, examples = "SUSPENDED",
                    ref = "PolicyStatus")
            String status,
            @Schema(description = "What the policy's status rests on: a confirmed source or only a schedule.",
                    required = true, examples = "SCHEDULED")
            StandingBasis basis,
            @Schema(description = "Whether it decides the outcome.", required = true, examples = "true")
            boolean applies,
            @Schema(description = "Why the measure applies, or why not on that day.", required = true,
                    examples = "applies: Holmium, erbium, thulium, europium and ytterbium items need an export licence. "
                            + "In force again since 2026-11-11, the day after its suspension by MOFCOM Announcement "
                            + "No. 70 of 2025 (2025-11-07 to 2026-11-10) was scheduled to end; no source checked by "
                            + "2026-12-05 confirms that it ended then, or says whether it was extended. First in force "
                            + "on 2025-11-08.")
            String reason) {
    }
}
