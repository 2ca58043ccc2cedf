package io.exportpermits.policy;

import java.time.LocalDate;

/**
 * Where a policy (or a listing) stands on one day, since when, and whether a source confirms it or
 * only a schedule does.
 */
public record Standing(LocalDate asOf, PolicyStatus status, String reason, Suspension suspension, LocalDate since,
                       StandingBasis basis) {

    public boolean inForce() {
        return status == PolicyStatus.IN_FORCE;
    }

    /** A change on {@code day} is confirmed when the sources, checked on {@code lastVerifiedOn}, had seen it happen. */
    public static StandingBasis basisOfChangeOn(LocalDate day, LocalDate lastVerifiedOn) {
        return day.isAfter(lastVerifiedOn) ? StandingBasis.SCHEDULED : StandingBasis.CONFIRMED;
    }
}
