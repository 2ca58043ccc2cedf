package io.exportpermits.policy.api;

import io.exportpermits.common.validation.ChemicalSymbol;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The full text of a control-list entry: a new one, or a correction that keeps the earlier text "
        + "as a revision.")
public record ControlEntryRequest(
        @Schema(description = "Code of the parent entry.", examples = "1C902")
        @Pattern(regexp = "[0-9][A-E][0-9]{3}(\\.[a-z0-9]+)*") String parentCode,
        @Schema(description = "What the entry covers, as the control list words it.", required = true, maxLength = 2000,
                examples = "Terbium metal")
        @NotBlank @Size(max = 2000) String description,
        @Schema(description = "Chinese description, only as a source gives it.", maxLength = 2000)
        @Size(max = 2000) String descriptionZh,
        @Schema(description = "Chemical symbols of the elements the entry covers.", examples = "[\"Tb\"]")
        @Size(max = 118) List<@NotNull @ChemicalSymbol String> elements,
        @Schema(description = "Forms of the item the entry covers.", examples = "[\"METAL\"]")
        @Size(max = 20) List<@NotNull ItemForm> forms,
        @Schema(description = "China tariff HS codes, 10 digits.", examples = "[\"2805301300\"]")
        @Size(max = 100) List<@NotNull @Pattern(regexp = "[0-9]{10}") String> hsCodes,
        @Schema(description = "UN/ECE unit code usually used.", examples = "KGM") @Pattern(regexp = "[A-Z0-9]{2,3}")
        String defaultUnit,
        @Schema(description = "Where the entry comes from: the announcement or list that publishes it.",
                required = true, examples = "[\"MOFCOM control list, 2026 edition\"]")
        @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 500) String> sources,
        @Schema(description = "Day the entry was last checked against its sources.", required = true,
                examples = "2026-11-26")
        @NotNull LocalDate lastVerifiedOn,
        @Schema(description = "What is unverified.", maxLength = 2000) @Size(max = 2000) String verificationNote,
        @Schema(description = "Why; kept with the revision.", required = true, maxLength = 2000,
                examples = "Code 1C904 verified against the published list.")
        @NotBlank @Size(max = 2000) String reason) {
}
