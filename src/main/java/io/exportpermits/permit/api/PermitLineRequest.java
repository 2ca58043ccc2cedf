package io.exportpermits.permit.api;

import io.exportpermits.common.validation.ChemicalSymbol;
import io.exportpermits.common.validation.CurrencyCode;
import io.exportpermits.common.validation.UnitCode;
import io.exportpermits.policy.api.ItemForm;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One line: the item by control code (from the control list), or by element and form where no "
        + "verified code exists; quantity with its UN/ECE unit, value with its ISO 4217 currency.")
public record PermitLineRequest(
        @Schema(description = "Control code from the control list.", examples = "1C902.b")
        @Pattern(regexp = "[0-9][A-E][0-9]{3}(\\.[a-z0-9]+)*") String controlCode,
        @Schema(description = "Chemical symbol, when no verified code exists.", examples = "Tb")
        @ChemicalSymbol String element,
        @Schema(description = "Form of the item.", examples = "OXIDE") ItemForm form,
        @Schema(description = "What is exported, in the exporter's words (grade, purity, packing).", required = true,
                maxLength = 1000, examples = "Samarium oxide, 99.9 %")
        @NotBlank @Size(max = 1000) String description,
        @Schema(description = "Exact decimal, positive, at most 6 decimals.", required = true, examples = "500.000")
        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 15, fraction = 6) BigDecimal quantity,
        @Schema(description = "UN/ECE Recommendation 20 unit.", required = true, examples = "KGM")
        @NotNull @UnitCode String unit,
        @Schema(description = "Exact decimal, positive, at most 4 decimals.", required = true, examples = "125000.00")
        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 15, fraction = 4) BigDecimal value,
        @Schema(description = "ISO 4217.", required = true, examples = "USD") @NotNull @CurrencyCode String currency) {
}
