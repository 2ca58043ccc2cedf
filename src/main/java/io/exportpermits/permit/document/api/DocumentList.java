package io.exportpermits.permit.document.api;

import io.exportpermits.permit.api.RequiredDocument;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Every document of an application, in upload order (an application has tens, so there are no "
        + "pages), and what it must carry.")
public record DocumentList(
        @Schema(description = "The documents.", required = true) List<DocumentView> items,
        @Schema(description = "The documents the application must carry (Art. 16), each satisfied or missing.",
                required = true) List<RequiredDocument> requiredDocuments) {
}
