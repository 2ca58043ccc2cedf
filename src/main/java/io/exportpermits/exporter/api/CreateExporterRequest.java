package io.exportpermits.exporter.api;

import io.exportpermits.common.validation.CountryCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An exporter to register.")
public record CreateExporterRequest(
        @Schema(description = "Registered legal name in English.", required = true, maxLength = 300,
                examples = "Fujian Acme Rare Earths Co., Ltd.")
        @NotBlank @Size(max = 300) String legalName,
        @Schema(description = "Registered legal name in the local script, where it has one.", maxLength = 300,
                examples = "福建艾克美稀土有限公司")
        @Size(max = 300) String legalNameLocal,
        @Schema(description = "Country of registration, ISO 3166-1 alpha-2.", required = true, pattern = "^[A-Z]{2}$",
                examples = "CN")
        @NotNull @CountryCode String country,
        @Schema(description = "National company identifier. For CN, the 18-character unified social credit code, "
                + "whose check character is verified (GB 32100-2015). Spaces and hyphens are removed.",
                required = true, maxLength = 64, examples = "91350100M000100Y43")
        @NotBlank @Size(max = 64) String nationalIdentifier,
        @Schema(description = "Registered address, lines separated by newlines.", required = true, maxLength = 1000,
                examples = "No. 1 Rare Earth Road\nFuzhou, Fujian 350000")
        @NotBlank @Size(max = 1000) String address,
        @Schema(description = "Who the authority contacts about this exporter's applications.", required = true)
        @NotNull @Valid Contact contact,
        @Schema(description = "Eligibility for general licences; none if absent.")
        @Valid GeneralLicenceEligibility generalLicenceEligibility) {
}
