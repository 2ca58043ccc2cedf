package io.exportpermits.permit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What caused a permit's screening: its creation, submission or approval, or a change to a "
        + "listing that may name one of its parties.")
public enum ScreeningTrigger {
    CREATE,
    SUBMIT,
    APPROVE,
    LISTING_CHANGE
}
