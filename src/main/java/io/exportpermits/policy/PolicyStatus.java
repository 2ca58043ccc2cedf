package io.exportpermits.policy;

public enum PolicyStatus {
    /** Published, not yet in force. */
    PENDING,
    IN_FORCE,
    /** In force, but suspended by another announcement for a period. */
    SUSPENDED,
    /** Its own end date has passed. */
    EXPIRED,
    REPEALED
}
