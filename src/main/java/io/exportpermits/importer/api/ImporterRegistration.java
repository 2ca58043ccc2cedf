package io.exportpermits.importer.api;

import io.exportpermits.apikey.api.CreatedApiKey;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A self-registered importer, PENDING until an authority verifies it, and its first key.")
public record ImporterRegistration(
        @Schema(description = "The importer, PENDING.", required = true) ImporterView importer,
        @Schema(description = "The organisation's first IMPORTER key, with its secret shown this once. Until the "
                + "importer is verified it reads only the importer and its own keys.", required = true)
        CreatedApiKey apiKey) {
}
