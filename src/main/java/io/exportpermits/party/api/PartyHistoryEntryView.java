package io.exportpermits.party.api;

import io.exportpermits.party.ImporterLinkBasis;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A change to a party's link to an importer organisation.")
public record PartyHistoryEntryView(
        @Schema(description = "Identifier of the entry.", required = true,
                examples = "0193a2b4-6c1d-7e8f-9a0b-1c2d3e4f5a6b") UUID id,
        @Schema(description = "LINKED_TO_IMPORTER or UNLINKED_FROM_IMPORTER.", required = true,
                examples = "LINKED_TO_IMPORTER")
        String action,
        @Schema(description = "The importer organisation linked or unlinked.", required = true,
                examples = "3c9e7a51-2f4b-4d8e-9a6c-1b2d3e4f5a6b") UUID importerId,
        @Schema(description = "Why the link was made (for a link made).", examples = "EXPORTER_CONFIRMED")
        ImporterLinkBasis basis,
        @Schema(description = "The key that made the change; absent when the LEI matched on verification.",
                examples = "k7m2xq9tr4bn")
        String actorKeyId,
        @Schema(description = "Its role.", examples = "EXPORTER") String actorRole,
        @Schema(description = "When.", required = true, examples = "2026-12-06T10:00:00Z") Instant occurredAt) {
}
