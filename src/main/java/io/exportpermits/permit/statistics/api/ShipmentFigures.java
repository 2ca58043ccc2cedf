package io.exportpermits.permit.statistics.api;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Licensed and shipped quantities and values of one row. A figure withheld by disclosure control "
        + "is absent (a value: its currency is missing from the list) and named in the row's `suppressed`.")
public record ShipmentFigures(
        @Schema(description = "Quantity licensed by the approvals of the period (by the day of the decision), in "
                + "kilograms, 3 decimal places: the approved quantity of every line in a unit of mass (KGM, GRM, MGM, "
                + "TNE, DTN, LBR, ONZ); lines in other units are left out (see `unitsLeftOut`).", examples = "12500.5")
        BigDecimal licensedKilograms,
        @Schema(description = "Quantity shipped in the period (by the day of shipment), in kilograms, 3 decimal "
                + "places, from the same units.", examples = "8000")
        BigDecimal shippedKilograms,
        @Schema(description = "Value licensed, per currency as applied for: each line's value pro rata to the "
                + "quantity approved, 2 decimal places. Sorted by currency.")
        List<CurrencyAmount> licensedValues,
        @Schema(description = "Value shipped, per currency: each line's value pro rata to the quantity shipped, 2 "
                + "decimal places. Sorted by currency.")
        List<CurrencyAmount> shippedValues) {
}
