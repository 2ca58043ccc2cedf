package io.exportpermits.party.api;

import io.exportpermits.party.ImporterLinkBasis;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The importer organisation a party names: its keys see every permit naming the party.")
public record ImporterLinkView(
        @Schema(description = "The importer organisation.", required = true,
                examples = "3c9e7a51-2f4b-4d8e-9a6c-1b2d3e4f5a6b") UUID importerId,
        @Schema(description = "The importer's legal name, to check the link names whom you meant.", required = true,
                examples = "Magnetics Inc.")
        String importerLegalName,
        @Schema(description = "Why the party names the importer.", required = true, examples = "EXPORTER_CONFIRMED")
        ImporterLinkBasis basis,
        @Schema(description = "When the link was made.", required = true, examples = "2026-12-06T10:00:00Z")
        Instant linkedAt,
        @Schema(description = "The key that made the link; absent when the LEI matched on verification.",
                examples = "k7m2xq9tr4bn")
        String linkedByKeyId) {
}
