package io.exportpermits.permit.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Goods shipped under the permit, per line. Report a batch once; a repeat of the same batch id "
        + "is answered with the first answer and counts nothing again.")
public record ShipmentRequest(
        @Schema(description = "Your identifier of the batch (customs declaration, delivery note).", required = true,
                maxLength = 100, examples = "CUS-2026-11-000917")
        @NotBlank @Size(max = 100) @Pattern(regexp = "[\\x21-\\x7E]+", message = "must be printable ASCII without spaces")
        String batchId,
        @Schema(description = "Day the goods left; today (UTC) if absent.", examples = "2026-12-03")
        LocalDate shippedOn,
        @Schema(description = "Quantities shipped, by permit line; each line at most once.", required = true)
        @NotEmpty @Size(max = 100) List<@NotNull @Valid Line> lines) {

    @Schema(name = "ShipmentLineRequest", description = "A quantity shipped against one line, in the line's unit.")
    public record Line(
            @Schema(description = "The permit line shipped against.", required = true, examples = "1")
            @NotNull @Min(1) Integer lineNumber,
            @Schema(description = "Quantity shipped, in the line's unit; at most what remains of the approved "
                    + "quantity.", required = true, examples = "120.5")
            @NotNull @DecimalMin(value = "0", inclusive = false)
            @Digits(integer = 15, fraction = 6) BigDecimal quantity) {
    }
}
