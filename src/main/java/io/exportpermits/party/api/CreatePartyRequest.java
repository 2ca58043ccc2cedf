package io.exportpermits.party.api;

import io.exportpermits.common.validation.CountryCode;
import io.exportpermits.common.validation.LegalEntityIdentifier;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A consignee or end user to add.")
public record CreatePartyRequest(
        @Schema(description = "Legal name.", required = true, maxLength = 300, examples = "Magnetics Inc.")
        @NotBlank @Size(max = 300) String name,
        @Schema(description = "Country, ISO 3166-1 alpha-2.", required = true, pattern = "^[A-Z]{2}$", examples = "US")
        @NotNull @CountryCode String country,
        @Schema(description = "National or customs identifier, where known.", maxLength = 64, examples = "EIN 12-3456789")
        @Size(max = 64) String identifier,
        @Schema(description = "Legal Entity Identifier (ISO 17442), check digits verified. A party carrying the LEI "
                + "of a verified importer organisation is linked to it.", pattern = LegalEntityIdentifier.PATTERN,
                examples = "984500E0XAMPLE0M4G35")
        @LegalEntityIdentifier String lei) {
}
