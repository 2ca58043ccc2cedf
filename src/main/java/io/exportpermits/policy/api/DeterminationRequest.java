package io.exportpermits.policy.api;

import io.exportpermits.common.validation.CountryCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import io.exportpermits.listing.api.ScreeningRequest;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A shipment to check: where it goes, to whom, and what is in it.")
public record DeterminationRequest(
        @Schema(description = "Day of export; today (UTC) if absent.", examples = "2026-06-01")
        LocalDate date,
        @Schema(description = "Destination country, ISO 3166-1 alpha-2.", required = true, examples = "US")
        @NotNull @CountryCode String destination,
        @Schema(description = "What the goods will be used for, in words.", maxLength = 500,
                examples = "Permanent magnets for electric vehicle motors")
        @Size(max = 500) String endUse,
        @Schema(description = "What kind of end user receives the shipment; some measures depend on it.",
                required = true, examples = "COMMERCIAL")
        @NotNull EndUserKind endUserKind,
        @Schema(description = "The items, answered in the same order.", required = true, minItems = 1, maxItems = 100)
        @NotEmpty @Size(max = 100) List<@NotNull @Valid DeterminationItem> items,
        @Schema(description = "Who receives the goods. Screened against MOFCOM's control list and watch list: a "
                + "listed consignee changes the answer.")
        @Valid ScreeningRequest.Subject consignee,
        @Schema(description = "Who uses the goods, when not the consignee. Screened like the consignee.")
        @Valid ScreeningRequest.Subject endUser) {
}
