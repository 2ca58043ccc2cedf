package io.exportpermits.permit.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The licence issued: its validity, quantities (each line's requested quantity unless reduced here) "
        + "and conditions.")
public record ApprovalRequest(
        @Schema(description = "First day the licence is valid.", required = true, examples = "2026-12-01")
        @NotNull LocalDate validFrom,
        @Schema(description = "Last day the licence is valid (included); not before `validFrom`.", required = true,
                examples = "2027-11-30")
        @NotNull LocalDate validUntil,
        @Schema(description = "Reduced quantities, by line number.")
        @Size(max = 100) List<@NotNull @Valid ApprovedLine> lines,
        @Schema(description = "Conditions attached to the licence, shown to exporter and importer.", maxLength = 4000,
                examples = "No re-export without prior consent.")
        @Size(max = 4000) String conditions,
        @Schema(description = "The officer's note on the decision, kept in the permit's history.", maxLength = 4000)
        @Size(max = 4000) String reason,
        @Schema(description = "Required when the consignee or end user is on MOFCOM's control list: why an exception "
                + "is granted. Kept on the permit's screening with who recorded it and when.", maxLength = 2000,
                examples = "Exception granted under Art. 18 for humanitarian medical equipment.")
        @Size(max = 2000) String controlListException) {

    @Schema(description = "The quantity approved for one line.")
    public record ApprovedLine(
            @Schema(description = "The permit line this quantity is for.", required = true, examples = "1")
            @NotNull @Min(1) Integer lineNumber,
            @Schema(description = "Quantity approved, in the line's unit; at most the quantity requested.",
                    required = true, examples = "400")
            @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 6)
            BigDecimal approvedQuantity) {
    }
}
