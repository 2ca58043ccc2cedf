package io.exportpermits.permit.document.api;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A document of an application: what it is, as uploaded, and the type its bytes were found to "
        + "be. Seen by the exporter and by authorities, never by importers.")
public record DocumentView(
        @Schema(description = "Its id, under its permit.", required = true,
                examples = "0193b0c4-5d1e-7f3a-9c2b-4e5f6a7b8c9d") UUID id,
        @Schema(description = "The permit it belongs to.", required = true, examples = "EP-2026-000123")
        String permit,
        @Schema(description = "What it is.", required = true) DocumentKind kind,
        @Schema(description = "As given when uploaded. A name only: never used as a path.", required = true,
                examples = "Supply contract 2026-114.pdf") String fileName,
        @Schema(description = "Language of the document, a BCP 47 tag. A document not in Chinese (`zh`) needs a "
                + "Chinese translation.", required = true, examples = "en") String language,
        @Schema(description = "For a translation: the document it translates.",
                examples = "0193b0c4-5d1e-7f3a-9c2b-4e5f6a7b8c00") UUID translationOf,
        @Schema(description = "The type detected from the bytes (not the name or the Content-Type sent).",
                required = true, examples = "application/pdf") String mediaType,
        @Schema(description = "Size in bytes.", required = true, examples = "482113") long sizeBytes,
        @Schema(description = "SHA-256 of the bytes, in hex; also the content's ETag.", required = true,
                examples = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256,
        @Schema(description = "When it was uploaded (UTC).", required = true, examples = "2026-12-06T09:15:00Z")
        Instant uploadedAt,
        @Schema(description = "Where the bytes are.", required = true,
                examples = "/api/v1/permits/EP-2026-000123/documents/0193b0c4-5d1e-7f3a-9c2b-4e5f6a7b8c9d/content")
        String contentHref) {
}
