package io.exportpermits.permit.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Why a permit can or cannot be shipped against today, as a stable code: VALID (issued, "
        + "within its validity, quantity left), NOT_YET_VALID (issued, validity starts later), EXPIRED, EXHAUSTED "
        + "(all approved quantity shipped), SUSPENDED, REVOKED, SURRENDERED, REFUSED, WITHDRAWN, AWAITING_DECISION "
        + "(submitted or under review), INFORMATION_REQUESTED (the authority waits for the exporter), "
        + "CORRECTIONS_REQUESTED (the application is back with the exporter to be completed before it is accepted), "
        + "NOT_SUBMITTED (a draft).")
public enum StatusReason {
    VALID, NOT_YET_VALID, EXPIRED, EXHAUSTED, SUSPENDED, REVOKED, SURRENDERED, REFUSED, WITHDRAWN, AWAITING_DECISION,
    INFORMATION_REQUESTED, CORRECTIONS_REQUESTED, NOT_SUBMITTED
}
