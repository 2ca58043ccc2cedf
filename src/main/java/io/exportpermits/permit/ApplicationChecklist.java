package io.exportpermits.permit;

import io.exportpermits.permit.api.RequiredDocument;
import java.util.List;

/** What documents an application must carry, and which it carries; answered by the documents feature. */
public interface ApplicationChecklist {
    List<RequiredDocument> of(Permit permit);

    static List<RequiredDocument> missing(List<RequiredDocument> checklist) {
        return checklist.stream().filter(required -> !required.satisfied()).toList();
    }
}
