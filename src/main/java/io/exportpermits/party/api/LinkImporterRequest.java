package io.exportpermits.party.api;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The importer organisation a party is: its keys will see every permit naming the party.")
public record LinkImporterRequest(
        @Schema(description = "The verified importer's id, as the importer gave it to you.", required = true,
                examples = "3c9e7a51-2f4b-4d8e-9a6c-1b2d3e4f5a6b")
        @NotNull UUID importerId) {
}
