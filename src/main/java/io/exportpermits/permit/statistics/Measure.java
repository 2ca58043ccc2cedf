package io.exportpermits.permit.statistics;

/** What a licensing figure counts; each is placed in a period by its own day (see the contract). */
enum Measure {
    RECEIVED,
    ACCEPTED,
    APPROVED,
    REFUSED,
    WITHDRAWN,
    RETURNED,
    OPEN_PAST_DUE
}
