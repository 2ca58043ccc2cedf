package io.exportpermits.policy.api;

import io.exportpermits.policy.MeasureKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What one clause of a policy imposes. Items are named by control code, HS code prefix, or "
        + "element and form; scope lists that are empty mean any destination or end user.")
public record MeasureView(
        @Schema(description = "The clause of the announcement this measure restates.", required = true, examples = "1")
        String clause,
        @Schema(description = "What the measure does to the items it covers.", required = true,
                examples = "LICENCE_REQUIRED")
        MeasureKind kind,
        @Schema(description = "The measure in plain words.", required = true,
                examples = "Holmium, erbium, thulium, europium and ytterbium items need an export licence.")
        String description,
        @Schema(description = "Covers every dual-use item.", required = true, examples = "false")
        boolean allDualUseItems,
        @Schema(description = "Covers only items made abroad with Chinese-origin controlled content.", required = true,
                examples = "false")
        boolean foreignMadeOnly,
        @Schema(description = "Control codes covered, with their sub-items.", required = true, examples = "[\"1C902\"]")
        List<String> controlCodes,
        @Schema(description = "HS code prefixes covered.", required = true, examples = "[\"2846901940\"]")
        List<String> hsCodePrefixes,
        @Schema(description = "Chemical symbols covered.", required = true, examples = "[\"Ho\",\"Er\"]")
        List<String> elements,
        @Schema(description = "Forms covered; any form of the elements when empty.", required = true,
                type = SchemaType.ARRAY, implementation = ItemForm.class)
        List<String> forms,
        @Schema(description = "Destinations (ISO 3166-1 alpha-2); any when empty.", required = true,
                examples = "[\"JP\"]")
        List<String> destinations,
        @Schema(description = "End-user kinds; any when empty.", required = true, examples = "[\"MILITARY\"]",
                type = SchemaType.ARRAY, implementation = EndUserKind.class)
        List<String> endUserKinds,
        @Schema(description = "Licence types available.", required = true, examples = "[\"INDIVIDUAL\",\"GENERAL\"]",
                type = SchemaType.ARRAY, implementation = MeasureRequest.LicenceType.class)
        List<String> licenceTypes,
        @Schema(description = "Share of controlled content by value from which foreign-made items are covered, in percent.",
                examples = "0.1")
        BigDecimal deMinimisPercent,
        @Schema(description = "First day the clause applies, when later than the policy.", examples = "2025-12-01")
        LocalDate appliesFrom,
        @Schema(description = "Last day of a suspension of this clause in force on the day asked about.",
                examples = "2026-11-27")
        LocalDate clauseSuspendedUntil) {
}
