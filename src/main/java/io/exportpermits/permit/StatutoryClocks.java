package io.exportpermits.permit;

import io.exportpermits.permit.api.StatutoryClock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The review clock of an application, shared by the full permit and its polled status. */
final class StatutoryClocks {
    /** Review deadline from acceptance of a complete application (Art. 17 of the 2024 Regulations). */
    static final int WORKING_DAYS = 45;
    /** Days the authority has to accept an application or list its corrections (Administrative Licensing Law Art. 32). */
    static final int ACCEPTANCE_WORKING_DAYS = 5;
    private static final String LIMITED = "WORKING_DAYS_45";

    private StatutoryClocks() {
    }

    /**
     * The clock as of {@code today}, or as it stopped at the decision (or withdrawal); null before
     * submission and while corrections are requested, when no clock runs.
     */
    static StatutoryClock of(Permit p, WorkingDays calendar, LocalDate today) {
        if (p.submittedAt == null || p.status == PermitStatus.CORRECTIONS_REQUESTED) {
            return null;
        }
        LocalDate received = receivedOn(p);
        LocalDate acceptanceDue = calendar.add(received, ACCEPTANCE_WORKING_DAYS);
        LocalDate accepted = acceptedOn(p, acceptanceDue, today);
        boolean byLaw = p.acceptedByLaw || p.acceptedOn == null && accepted != null;
        if (accepted == null && p.status != PermitStatus.SUBMITTED) {
            return null; // withdrawn before it was accepted: no clock ever ran
        }
        if (accepted == null) {
            LocalDate ifAcceptedOnReceipt = p.decisionDueOn != null ? p.decisionDueOn
                    : calendar.add(received, WORKING_DAYS);
            return limited(p, new StatutoryClock("AWAITING_ACCEPTANCE", received, acceptanceDue, null,
                    ifAcceptedOnReceipt, 0, WORKING_DAYS, false, null, LIMITED, null, false));
        }
        boolean running = p.awaitingDecision();
        LocalDate end = running ? today
                : (p.decidedAt != null ? p.decidedAt : p.updatedAt).atZone(ZoneOffset.UTC).toLocalDate();
        int pausedNow = p.clockPausedSince == null ? 0 : calendar.between(p.clockPausedSince, end);
        int elapsed = calendar.between(accepted, end) - p.clockPausedWorkingDays - pausedNow;
        // Applications accepted before the due day was recorded get it computed the same way.
        LocalDate recorded = p.decisionDueOn != null ? p.decisionDueOn
                : calendar.add(accepted, WORKING_DAYS + p.clockPausedWorkingDays);
        LocalDate due = pausedNow > 0 ? calendar.add(recorded, pausedNow) : recorded;
        boolean paused = p.clockPausedSince != null;
        return limited(p, new StatutoryClock(byLaw ? "ACCEPTED_BY_LAW" : "ACCEPTED", received, acceptanceDue,
                accepted, due, elapsed, running ? WORKING_DAYS - elapsed : null, paused, p.clockPauseReason, LIMITED,
                null, running && !paused && today.isAfter(due)));
    }

    /** The clock as it is, or without a due day when no time limit applies. */
    private static StatutoryClock limited(Permit p, StatutoryClock clock) {
        if (!p.withoutTimeLimit()) {
            return clock;
        }
        String reason = p.referredToStateCouncilOn != null
                ? "Referred to the State Council on " + p.referredToStateCouncilOn + ": no time limit applies (Art. 17)."
                : "A party is on MOFCOM's watch list: no time limit applies (Art. 17).";
        return new StatutoryClock(clock.acceptance(), clock.receivedOn(), clock.acceptanceDueOn(), clock.acceptedOn(),
                null, clock.workingDaysElapsed(), null, clock.paused(), clock.pausedFor(), "NONE", reason, false);
    }

    /** The day of receipt, also for applications submitted before it was recorded. */
    static LocalDate receivedOn(Permit p) {
        return p.receivedOn != null ? p.receivedOn : p.submittedAt.atZone(ZoneOffset.UTC).toLocalDate();
    }

    /**
     * The acceptance day: the recorded one, or, for an application that stayed SUBMITTED past the
     * acceptance deadline, its day of receipt, since the law counts it accepted then; null while the
     * authority still has time to ask for corrections, and for one withdrawn before that.
     */
    static LocalDate acceptedOn(Permit p, LocalDate acceptanceDue, LocalDate today) {
        if (p.acceptedOn != null) {
            return p.acceptedOn;
        }
        LocalDate leftSubmitted = p.status == PermitStatus.SUBMITTED ? today
                : p.updatedAt.atZone(ZoneOffset.UTC).toLocalDate();
        return leftSubmitted.isAfter(acceptanceDue) ? receivedOn(p) : null;
    }
}
