package io.exportpermits.permit.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why the statutory clock is not counting (Art. 17 of the 2024 Regulations). */
@Schema(description = "Why the statutory clock is paused: INFORMATION_REQUEST (the authority waits for the exporter), "
        + "TECHNICAL_IDENTIFICATION, EXPERT_CONSULTATION or ON_SITE_CHECK (periods Art. 17 does not count).")
public enum ClockPause {
    INFORMATION_REQUEST, TECHNICAL_IDENTIFICATION, EXPERT_CONSULTATION, ON_SITE_CHECK
}
