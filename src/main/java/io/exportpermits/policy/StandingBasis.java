package io.exportpermits.policy;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What a standing rests on. CONFIRMED: a source checked by `lastVerifiedOn` states it. "
        + "SCHEDULED: only a date set in advance says so (a suspension's last day, a start or end a text "
        + "announced) and no source checked confirms that the change happened as scheduled, or says what "
        + "replaced it.")
public enum StandingBasis {
    CONFIRMED,
    SCHEDULED
}
