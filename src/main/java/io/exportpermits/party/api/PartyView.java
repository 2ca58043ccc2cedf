package io.exportpermits.party.api;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A consignee or end user.")
public record PartyView(
        @Schema(description = "Identifier.", required = true, examples = "5f6a3c2e-1b7d-4e9f-8a6b-2c3d4e5f6a7b")
        UUID id,
        @Schema(description = "Legal name.", required = true, examples = "Magnetics Inc.")
        String name,
        @Schema(description = "Country, ISO 3166-1 alpha-2.", required = true, examples = "US")
        String country,
        @Schema(description = "National or customs identifier, where known.", examples = "EIN 12-3456789")
        String identifier,
        @Schema(description = "Legal Entity Identifier (ISO 17442), where known.", examples = "984500E0XAMPLE0M4G35")
        String lei,
        @Schema(description = "The exporter that added the party; absent when an authority did.")
        UUID addedByExporterId,
        @Schema(description = "The importer organisation the party is, when linked to one.")
        ImporterLinkView importerLink,
        @Schema(description = "When the party was added.", required = true, examples = "2026-11-26T09:30:00Z")
        Instant createdAt,
        @Schema(description = "When the party last changed.", required = true, examples = "2026-11-26T09:30:00Z")
        Instant updatedAt) {
}
