package io.exportpermits.importer.api;

import io.exportpermits.common.validation.CountryCode;
import io.exportpermits.common.validation.LegalEntityIdentifier;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An importer organisation: its legal name, country, and its LEI or a national or customs "
        + "identifier (at least one).")
public record CreateImporterRequest(
        @Schema(description = "Legal name.", required = true, maxLength = 300, examples = "Magnetics Inc.")
        @NotBlank @Size(max = 300) String legalName,
        @Schema(description = "Country of registration, ISO 3166-1 alpha-2.", required = true, pattern = "^[A-Z]{2}$",
                examples = "US")
        @NotNull @CountryCode String country,
        @Schema(description = "Legal Entity Identifier (ISO 17442), check digits verified (ISO 7064 MOD 97-10). "
                + "Parties carrying the same LEI are linked to the importer once it is verified.",
                pattern = LegalEntityIdentifier.PATTERN, examples = "984500E0XAMPLE0M4G35")
        @LegalEntityIdentifier String lei,
        @Schema(description = "National company or customs identifier (for example an EORI number), as written "
                + "in the country's register.", maxLength = 64, examples = "EIN 12-3456789")
        @Size(min = 1, max = 64) String nationalIdentifier,
        @Schema(description = "Where the authority writes about the registration.", required = true,
                format = "email", maxLength = 320, examples = "trade-compliance@magnetics.example")
        @NotBlank @Email @Size(max = 320) String contactEmail) {
}
