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
        @Schema(required = true) @NotNull @Valid PartyReference consignee,
        @Schema(required = true) @NotNull @Valid PartyReference endUser,
        @Schema(required = true, examples = "COMMERCIAL") @NotNull EndUserKind endUserKind,
        @Schema(required = true, maxLength = 1000, examples = "Permanent magnets for electric vehicle motors")
        @NotBlank @Size(max = 1000) String endUse,
        @Schema(description = "Destination, ISO 3166-1 alpha-2.", required = true, examples = "US") @NotNull @CountryCode
        String destination,
        @Schema(required = true, examples = "2026-12-01") @NotNull LocalDate requestedValidFrom,
        @Schema(required = true, examples = "2027-11-30") @NotNull LocalDate requestedValidUntil,
        @Schema(required = true) @NotEmpty @Size(max = 100) List<@NotNull @Valid PermitLineRequest> lines) {
}
