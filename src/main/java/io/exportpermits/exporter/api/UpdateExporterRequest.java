package io.exportpermits.exporter.api;

import io.exportpermits.exporter.ExporterStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Changes to an exporter: only the fields present change. An EXPORTER key may change its own "
        + "`address` and `contact`; the other fields are for an issuing authority.")
public record UpdateExporterRequest(
        @Schema(description = "Registered legal name in English (authority only).", maxLength = 300,
                examples = "Fujian Acme Rare Earths Group Co., Ltd.")
        @Size(min = 1, max = 300) String legalName,
        @Schema(description = "Registered legal name in the local script (authority only).", maxLength = 300)
        @Size(min = 1, max = 300) String legalNameLocal,
        @Schema(description = "Registered address.", maxLength = 1000,
                examples = "No. 8 Harbour Road\nXiamen, Fujian 361000")
        @Size(min = 1, max = 1000) String address,
        @Schema(description = "Who the authority contacts about this exporter's applications.") @Valid Contact contact,
        @Schema(description = "ACTIVE or SUSPENDED (authority only).", examples = "SUSPENDED")
        ExporterStatus status,
        @Schema(description = "Replaces the general-licence eligibility (authority only).")
        @Valid GeneralLicenceEligibility generalLicenceEligibility) {
}
