package io.exportpermits.policy.api;

import io.exportpermits.common.validation.ChemicalSymbol;
import io.exportpermits.common.validation.CountryCode;
import io.exportpermits.policy.MeasureKind;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One clause of a policy. It must name what it covers: all dual-use items, control codes, HS code "
        + "prefixes, elements, or forms. Empty scope lists mean any destination or end user.")
public record MeasureRequest(
        @Schema(description = "The clause of the announcement this measure restates.", required = true, maxLength = 16,
                examples = "1")
        @NotBlank @Size(max = 16) String clause,
        @Schema(description = "What the measure does to the items it covers.", required = true,
                examples = "LICENCE_REQUIRED")
        @NotNull MeasureKind kind,
        @Schema(description = "The measure in plain words.", required = true, maxLength = 2000,
                examples = "Holmium items need an export licence.")
        @NotBlank @Size(max = 2000) String description,
        @Schema(description = "Covers every dual-use item.") boolean allDualUseItems,
        @Schema(description = "Covers only foreign-made items with Chinese-origin controlled content.")
        boolean foreignMadeOnly,
        @Schema(description = "Control-list codes covered (a code covers its sub-entries).", examples = "[\"1C902\"]")
        @Size(max = 200)
        List<@NotNull @Pattern(regexp = "[0-9][A-E][0-9]{3}(\\.[a-z0-9]+)*") String> controlCodes,
        @Schema(description = "Customs (HS) code prefixes covered.", examples = "[\"28053019\"]")
        @Size(max = 200) List<@NotNull @Pattern(regexp = "[0-9]{4,10}") String> hsCodePrefixes,
        @Schema(description = "Chemical symbols of the elements covered.", examples = "[\"Ho\"]")
        @Size(max = 118) List<@NotNull @ChemicalSymbol String> elements,
        @Schema(description = "Forms covered; empty means any form of the covered items.", examples = "[\"OXIDE\"]")
        @Size(max = 20) List<@NotNull ItemForm> forms,
        @Schema(description = "Destinations it applies to, ISO 3166-1 alpha-2; empty means any destination.",
                examples = "[\"JP\"]")
        @Size(max = 250) List<@NotNull @CountryCode String> destinations,
        @Schema(description = "End-user kinds it applies to; empty means any end user.", examples = "[\"MILITARY\"]")
        @Size(max = 4) List<@NotNull EndUserKind> endUserKinds,
        @Schema(description = "Licence types available under this measure, when it requires a licence.",
                examples = "[\"INDIVIDUAL\",\"GENERAL\"]")
        @Size(max = 2) List<@NotNull LicenceType> licenceTypes,
        @Schema(description = "De-minimis share by value, percent.", examples = "0.1")
        @DecimalMin("0") @DecimalMax("100") BigDecimal deMinimisPercent,
        @Schema(description = "First day the clause applies, if later than the policy.", examples = "2025-12-01")
        LocalDate appliesFrom) {

    public enum LicenceType { INDIVIDUAL, GENERAL }
}
