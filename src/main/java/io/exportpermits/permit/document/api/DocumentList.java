package io.exportpermits.permit.document.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Every document of an application, in upload order (an application has tens, so there are no "
        + "pages).")
public record DocumentList(@Schema(description = "The documents.", required = true) List<DocumentView> items) {
}
