package io.exportpermits.party.api;

import io.exportpermits.common.validation.CountryCode;
import io.exportpermits.common.validation.LegalEntityIdentifier;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Corrections to a party: only the fields present change.")
public record UpdatePartyRequest(
        @Schema(description = "Legal name.", maxLength = 300, examples = "Magnetics Holdings Inc.")
        @Size(min = 1, max = 300) String name,
        @Schema(description = "Country, ISO 3166-1 alpha-2.", pattern = "^[A-Z]{2}$", examples = "US")
        @CountryCode String country,
        @Schema(description = "National or customs identifier.", maxLength = 64, examples = "EIN 12-3456789")
        @Size(min = 1, max = 64) String identifier,
        @Schema(description = "Legal Entity Identifier (ISO 17442), check digits verified. A party carrying the LEI "
                + "of a verified importer organisation is linked to it.", pattern = LegalEntityIdentifier.PATTERN,
                examples = "984500E0XAMPLE0M4G35")
        @LegalEntityIdentifier String lei) {
}
