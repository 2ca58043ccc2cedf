package io.exportpermits.permit.statistics.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How many of a row's decisions took a number of working days from acceptance in one band.")
public record WorkingDaysBand(
        @Schema(description = "The band: `0-5`, `6-10`, ... `41-45` (five working days each, so that the 45-day limit "
                + "falls between two bands), `46-60`, `61+`, and `NO_TIME_LIMIT` for decisions that had none (after "
                + "referral to the State Council or naming a watch-listed party), whatever their days.",
                required = true, examples = "41-45")
        String band,
        @Schema(description = "First working day of the band; absent for NO_TIME_LIMIT.", examples = "41")
        Integer fromWorkingDays,
        @Schema(description = "Last working day of the band; absent for `61+` and NO_TIME_LIMIT.", examples = "45")
        Integer toWorkingDays,
        @Schema(description = "Decisions (approvals and refusals) in the band; absent when withheld (named "
                + "`decisionsByWorkingDays.<band>` in the row's `suppressed`).", examples = "7")
        Long decisions) {
}
