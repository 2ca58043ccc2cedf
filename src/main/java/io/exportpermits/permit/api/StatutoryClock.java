package io.exportpermits.permit.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The statutory clock (Art. 17 of the 2024 Regulations): a decision is due 45 working days after "
        + "the application is accepted (weekends and the holiday calendar skipped). The authority accepts it, or asks "
        + "for corrections, within 5 working days of receipt; when it does neither, the application counts as accepted "
        + "on the day it was received. The clock pauses while information is requested from the exporter.")
public record StatutoryClock(
        @Schema(description = "Where acceptance stands: AWAITING_ACCEPTANCE (received; the authority has until "
                + "`acceptanceDueOn` to accept it or ask for corrections), ACCEPTED (by the authority), ACCEPTED_BY_LAW "
                + "(no correction notice came in time: accepted as of the day of receipt, with nobody acting).",
                required = true, enumeration = {"AWAITING_ACCEPTANCE", "ACCEPTED", "ACCEPTED_BY_LAW"},
                examples = "ACCEPTED")
        String acceptance,
        @Schema(description = "Day the application was received: submitted, or resubmitted with corrections.",
                required = true, examples = "2026-12-01") LocalDate receivedOn,
        @Schema(description = "Last day for the authority to accept the application or ask for corrections: the 5th "
                + "working day after receipt.", required = true, examples = "2026-12-08") LocalDate acceptanceDueOn,
        @Schema(description = "Day the application was accepted, from which the 45 working days run; absent while "
                + "awaiting acceptance.", examples = "2026-12-03") LocalDate acceptedOn,
        @Schema(description = "Day the decision is due; moves later while the clock is paused. While acceptance is "
                + "awaited: the day it would be due if the application counts as accepted on receipt. Absent when no "
                + "time limit applies.", examples = "2027-02-09") LocalDate decisionDueOn,
        @Schema(description = "Working days counted since acceptance (until the decision, once decided); 0 before.",
                required = true, examples = "12") int workingDaysElapsed,
        @Schema(description = "Working days left while undecided; negative once overdue; absent without a time "
                + "limit.", examples = "33")
        Integer workingDaysRemaining,
        @Schema(description = "Paused: a period Art. 17 does not count is running (see `pausedFor`).",
                required = true, examples = "false")
        boolean paused,
        @Schema(description = "Why the clock is paused.", examples = "EXPERT_CONSULTATION") ClockPause pausedFor,
        @Schema(description = "Whether the 45 working days apply: WORKING_DAYS_45, or NONE after a referral to the "
                + "State Council or when a party is on MOFCOM's watch list (Art. 17).", required = true,
                enumeration = {"WORKING_DAYS_45", "NONE"}, examples = "WORKING_DAYS_45")
        String timeLimit,
        @Schema(description = "Why no time limit applies.",
                examples = "Referred to the State Council on 2027-01-12: no time limit applies (Art. 17).")
        String timeLimitReason,
        @Schema(description = "Undecided past its due day (never without a time limit).", required = true,
                examples = "false") boolean overdue) {
}
