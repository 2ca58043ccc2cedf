package io.exportpermits.permit;

public enum PermitStatus {
    DRAFT, SUBMITTED, UNDER_REVIEW, INFORMATION_REQUESTED, APPROVED, REFUSED, WITHDRAWN, SUSPENDED, REVOKED,
    SURRENDERED, EXHAUSTED,
    /** Never stored: an issued permit whose validity is over reads as EXPIRED, whether or not a job ran. */
    EXPIRED;

    public boolean issued() {
        return this == APPROVED || this == SUSPENDED;
    }
}
