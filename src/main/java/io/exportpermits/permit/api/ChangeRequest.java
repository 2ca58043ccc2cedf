package io.exportpermits.permit.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What to change in an issued licence. Non-key elements only: the consignee, the end of "
        + "validity, line quantities. The key elements (the items, the destination, the end user and the end use) "
        + "are listed so that a request naming them is answered with what to do instead: a new application.")
public record ChangeRequest(
        @Schema(description = "A party you can see, to receive the goods instead.",
                examples = "5f6a3c2e-1b7d-4e9f-8a6b-2c3d4e5f6a7b") UUID consigneeId,
        @Schema(description = "A new last day of validity, within the licence type's maximum.", examples = "2027-12-31")
        LocalDate validUntil,
        @Schema(description = "New quantities of lines, never below what has been shipped.", maxItems = 100)
        @Size(max = 100) List<@NotNull @Valid LineQuantity> lines,
        @Schema(description = "Key element: a change needs a new application (409).", examples = "JP") String destination,
        @Schema(description = "Key element: a change needs a new application (409).") UUID endUserId,
        @Schema(description = "Key element: a change needs a new application (409).") String endUse,
        @Schema(description = "Key element: a change needs a new application (409).") List<Object> items,
        @Schema(description = "Why; kept with the request and in the permit's history.", required = true,
                maxLength = 4000, examples = "The buyer's logistics subsidiary receives the goods from March.")
        @NotBlank @Size(max = 4000) String reason) {

    @Schema(description = "A line's new quantity, in its unit.")
    public record LineQuantity(
            @Schema(description = "The line, from 1.", required = true, examples = "1") @NotNull @Positive Integer lineNumber,
            @Schema(description = "The quantity wanted.", required = true, examples = "650")
            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 15, fraction = 6) BigDecimal quantity) {
    }
}
