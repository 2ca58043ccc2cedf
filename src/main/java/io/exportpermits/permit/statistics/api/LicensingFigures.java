package io.exportpermits.permit.statistics.api;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The licensing figures of one row. Each count places an application in the period by its own day "
        + "(UTC). A figure withheld by disclosure control is absent, and listed in the row's `suppressed`; a rate, "
        + "median or share is also absent when nothing was decided.")
public record LicensingFigures(
        @Schema(description = "Applications received in the period: by the day of receipt (submission, or resubmission "
                + "after corrections, which moves an application to the day it came back).", examples = "41")
        Long received,
        @Schema(description = "Applications accepted in the period: by the day of acceptance, from which the 45 working "
                + "days run; an application the authority neither accepted nor returned within 5 working days counts "
                + "as accepted on the day it was received (Administrative Licensing Law Art. 32).", examples = "37")
        Long accepted,
        @Schema(description = "Applications approved in the period, by the day of the decision (including licences "
                + "later suspended, revoked, surrendered or used up).", examples = "25")
        Long approved,
        @Schema(description = "Applications refused in the period, by the day of the decision.", examples = "4")
        Long refused,
        @Schema(description = "Applications withdrawn by the exporter in the period after they had been received "
                + "(drafts withdrawn are not applications).", examples = "2")
        Long withdrawn,
        @Schema(description = "Correction notices sent in the period (an application returned twice counts twice).",
                examples = "6")
        Long returnedForCorrections,
        @Schema(description = "approved / (approved + refused) of the decisions in the period, 4 decimal places; absent "
                + "when either is withheld.", examples = "0.8621")
        BigDecimal approvalRate,
        @Schema(description = "Median working days the statutory clock counted from acceptance to decision, over the "
                + "decisions of the period (nearest rank): weekends, the holiday calendar and paused periods (Art. 17) "
                + "do not count.", examples = "31")
        Integer medianWorkingDays,
        @Schema(description = "90th percentile (nearest rank) of the same working days.", examples = "44")
        Integer p90WorkingDays,
        @Schema(description = "Share of the period's decisions under the 45-working-day limit that came within it, 4 "
                + "decimal places (decisions without a time limit, after referral to the State Council or naming a "
                + "watch-listed party, are left out).", examples = "0.9655")
        BigDecimal withinLimitShare,
        @Schema(description = "Of the working days from acceptance to decision of the period's decisions, the share the "
                + "clock spent paused (information requested, technical identification, expert consultation, on-site "
                + "checks), 4 decimal places.", examples = "0.1034")
        BigDecimal pausedShare,
        @Schema(description = "Applications accepted, undecided and past their due day on the row's last day (the "
                + "period's last day, or today if earlier, for groupings not by time): the due day as it stands now, "
                + "paused clocks and applications without a time limit left out.", examples = "3")
        Long openPastDue,
        @Schema(description = "The distribution of the same decisions (approvals and refusals of the period) over "
                + "bands of working days from acceptance to decision, counted as `medianWorkingDays` counts them; every "
                + "band in order, those past the 45-day limit included, decisions without a time limit in their own "
                + "band. A band withheld by disclosure control has no `decisions`. The bands add up to approved + "
                + "refused.")
        List<WorkingDaysBand> decisionsByWorkingDays) {
}
