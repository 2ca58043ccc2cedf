package io.exportpermits.permit.api;

import io.exportpermits.permit.PermitStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A recorded shipment and what remains on each line after it.")
public record ShipmentView(
        @Schema(description = "Your identifier of the batch (customs declaration, delivery note); a repeat counts "
                + "nothing again.", required = true, examples = "CUS-2026-11-000917")
        String batchId,
        @Schema(description = "The permit shipped against.", required = true, examples = "EP-2026-000123")
        String permitNumber,
        @Schema(description = "Day the goods left.", required = true, examples = "2026-12-03") LocalDate shippedOn,
        @Schema(description = "When the shipment was recorded (UTC).", required = true) Instant reportedAt,
        @Schema(description = "Quantities shipped, by permit line.", required = true) List<Line> lines,
        @Schema(description = "The permit's status after the shipment: EXHAUSTED once everything is shipped.",
                required = true, examples = "APPROVED") PermitStatus permitStatus) {

    @Schema(name = "ShipmentLineView", description = "One line of the shipment.")
    public record Line(@Schema(description = "The permit line shipped against.", required = true, examples = "1")
                       int lineNumber,
                       @Schema(description = "Quantity shipped, in the line's unit.", required = true,
                               examples = "120.5")
                       BigDecimal quantity,
                       @Schema(description = "Approved minus everything shipped, after this shipment.", required = true,
                               examples = "279.5") BigDecimal remainingAfter) {
    }
}
