package io.exportpermits.importer.api;

import io.exportpermits.importer.ImporterStatus;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An importer organisation.")
public record ImporterView(
        @Schema(description = "Identifier; IMPORTER keys for the organisation name it as `importerId`.",
                required = true, examples = "3c9e7a51-2f4b-4d8e-9a6c-1b2d3e4f5a6b")
        UUID id,
        @Schema(description = "Legal name.", required = true, examples = "Magnetics Inc.")
        String legalName,
        @Schema(description = "Country of registration, ISO 3166-1 alpha-2.", required = true, examples = "US")
        String country,
        @Schema(description = "Legal Entity Identifier (ISO 17442).", examples = "984500E0XAMPLE0M4G35")
        String lei,
        @Schema(description = "National company or customs identifier.", examples = "EIN 12-3456789")
        String nationalIdentifier,
        @Schema(description = "Contact e-mail address.", required = true, examples = "trade-compliance@magnetics.example")
        String contactEmail,
        @Schema(description = "Whether an authority has verified the importer.", required = true, examples = "VERIFIED")
        ImporterStatus status,
        @Schema(description = "Whether the importer registered itself (and so had to be verified).", required = true,
                examples = "false")
        boolean selfRegistered,
        @Schema(description = "Why the registration was rejected.", examples = "No such company in the state register.")
        String statusReason,
        @Schema(description = "When the importer was registered.", required = true, examples = "2026-12-06T09:30:00Z")
        Instant createdAt,
        @Schema(description = "When the importer last changed.", required = true, examples = "2026-12-06T10:00:00Z")
        Instant updatedAt,
        @Schema(description = "When an authority verified it (at creation, for one an authority registered).",
                examples = "2026-12-06T10:00:00Z")
        Instant verifiedAt) {
}
