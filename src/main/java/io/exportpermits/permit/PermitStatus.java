package io.exportpermits.permit;

import java.time.LocalDate;

public enum PermitStatus {
    DRAFT, SUBMITTED, CORRECTIONS_REQUESTED, UNDER_REVIEW, INFORMATION_REQUESTED, APPROVED, REFUSED, WITHDRAWN, SUSPENDED, REVOKED,
    SURRENDERED, EXHAUSTED,
    /** Never stored: an issued permit whose validity is over reads as EXPIRED, whether or not a job ran. */
    EXPIRED;

    /** The status a reader sees on {@code day}: an issued permit past its validity is EXPIRED. */
    public static PermitStatus on(PermitStatus stored, LocalDate validUntil, LocalDate day) {
        return stored.issued() && validUntil != null && day.isAfter(validUntil) ? EXPIRED : stored;
    }

    public boolean issued() {
        return this == APPROVED || this == SUSPENDED;
    }
}
