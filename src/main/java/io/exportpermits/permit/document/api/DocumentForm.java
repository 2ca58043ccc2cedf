package io.exportpermits.permit.document.api;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The multipart form of an upload, for the contract: the endpoint reads the parts one by one. */
@Schema(name = "DocumentForm", description = "A document sent as a browser form sends it.")
public record DocumentForm(
        @Schema(type = SchemaType.STRING, format = "binary", required = true, description = "The document's bytes.",
                examples = "%PDF-1.7 ...") String file,
        @Schema(description = "What the document is.", required = true) DocumentKind kind,
        @Schema(description = "Defaults to the part's file name.", examples = "Supply contract 2026-114.pdf")
        String fileName,
        @Schema(description = "Language of the document, a BCP 47 tag.", required = true, examples = "en")
        String language,
        @Schema(description = "For kind TRANSLATION: the id of the document translated.") UUID translationOf) {
}
