package io.exportpermits.permit.api;

import io.exportpermits.permit.PermitStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The small representation of a permit that importers poll: where it stands and what is left "
        + "to ship. The same for every caller who may see the permit, so its ETag survives key rotation.")
public record PermitStatusView(
        @Schema(description = "Public number of the permit.", required = true, examples = "EP-2026-000042")
        String number,
        @Schema(required = true, description = "Status as of today (an issued permit past its validity reads "
                + "EXPIRED).") PermitStatus status,
        @Schema(description = "Why the permit is in this status, where the status alone does not say.", required = true)
        StatusReason reasonCode,
        @Schema(description = "Validity of the issued licence; absent before approval.") PermitView.Period validity,
        @Schema(description = "Quantities of each line.", required = true) List<Line> lines,
        @Schema(description = "Day the decision is due, while one is awaited.", examples = "2027-01-29")
        LocalDate decisionDueOn,
        @Schema(required = true, description = "Last change to the permit (UTC).", examples = "2026-11-20T08:15:30Z")
        Instant updatedAt,
        @Schema(required = true, description = "The full permit.", examples = "/api/v1/permits/EP-2026-000042")
        String href) {

    @Schema(name = "PermitStatusLine", description = "Quantities of one line, in its unit.")
    public record Line(
            @Schema(description = "Line number, from 1.", required = true, examples = "1") int lineNumber,
            @Schema(description = "Unit of quantity, UN/ECE Recommendation 20 code.", required = true, examples = "KGM")
            String unit,
            @Schema(required = true, description = "Applied for.", examples = "500") BigDecimal quantity,
            @Schema(description = "Approved; absent before approval.", examples = "400") BigDecimal approvedQuantity,
            @Schema(description = "Quantity shipped so far, in `unit`.", required = true, examples = "150")
            BigDecimal shippedQuantity,
            @Schema(description = "Approved minus shipped; absent before approval.", examples = "250")
            BigDecimal remainingQuantity) {
    }
}
