package io.exportpermits.policy;

import java.time.LocalDate;

/** Where a policy stands on one day, and why. */
public record Standing(LocalDate asOf, PolicyStatus status, String reason, Suspension suspension) {

    public boolean inForce() {
        return status == PolicyStatus.IN_FORCE;
    }
}
