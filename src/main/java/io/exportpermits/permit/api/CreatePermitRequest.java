package io.exportpermits.permit.api;

import io.exportpermits.common.validation.CountryCode;
import io.exportpermits.permit.PermitType;
import io.exportpermits.policy.api.EndUserKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An application, created as a DRAFT by the exporter's key.")
public record CreatePermitRequest(
        @Schema(description = "INDIVIDUAL (one export, up to 1 year) or GENERAL (many exports, up to 3 years, for "
                + "eligible exporters).", required = true, examples = "INDIVIDUAL") @NotNull PermitType type,
        @Schema(description = "The party receiving the goods: an existing party by id, or a new one to register.",
                required = true)
        @NotNull @Valid PartyReference consignee,
        @Schema(description = "The party that finally uses the goods (may be the consignee).", required = true)
        @NotNull @Valid PartyReference endUser,
        @Schema(description = "What kind of end user it is; some measures depend on it.", required = true,
                examples = "COMMERCIAL")
        @NotNull EndUserKind endUserKind,
        @Schema(description = "What the goods will be used for, as the end-user statement says.", required = true,
                maxLength = 1000, examples = "Permanent magnets for electric vehicle motors")
        @NotBlank @Size(max = 1000) String endUse,
        @Schema(description = "Destination, ISO 3166-1 alpha-2.", required = true, examples = "US")
        @NotNull @CountryCode
        String destination,
        @Schema(description = "First day the licence is wanted; a line's licence check is made for this day.",
                required = true, examples = "2026-12-01")
        @NotNull LocalDate requestedValidFrom,
        @Schema(description = "Last day the licence is wanted (included).", required = true, examples = "2027-11-30")
        @NotNull LocalDate requestedValidUntil,
        @Schema(description = "The items to export, one line each.", required = true)
        @NotEmpty @Size(max = 100) List<@NotNull @Valid PermitLineRequest> lines) {
}
