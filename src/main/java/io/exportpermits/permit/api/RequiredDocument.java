package io.exportpermits.permit.api;

import io.exportpermits.permit.document.api.DocumentKind;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One document an application must carry under Art. 16 of the 2024 Regulations, and whether it "
        + "does.")
public record RequiredDocument(
        @Schema(description = "The kind of document required.", required = true) DocumentKind kind,
        @Schema(description = "Why it is required.", required = true,
                examples = "Art. 16(1)(2): a copy of the contract, or other proof of the transaction")
        String basis,
        @Schema(description = "For a translation: the document, not in Chinese, that it must translate.",
                examples = "0193b0c4-5d1e-7f3a-9c2b-4e5f6a7b8c9d")
        UUID translationOf,
        @Schema(description = "Whether the application carries it.", required = true, examples = "true")
        boolean satisfied,
        @Schema(description = "The documents that satisfy it.", required = true) List<UUID> documents) {
}
