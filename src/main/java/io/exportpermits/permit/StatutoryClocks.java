package io.exportpermits.permit;

import io.exportpermits.permit.api.StatutoryClock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The review clock of an application, shared by the full permit and its polled status. */
final class StatutoryClocks {
    /** Review deadline from a complete application (Reuters, 2025-10-14, on the dual-use regulations). */
    static final int WORKING_DAYS = 45;

    private StatutoryClocks() {
    }

    /** The clock as of {@code today}, or as it stopped at the decision (or withdrawal); null before submission. */
    static StatutoryClock of(Permit p, WorkingDays calendar, LocalDate today) {
        if (p.submittedAt == null) {
            return null;
        }
        boolean running = p.awaitingDecision();
        LocalDate end = running ? today
                : (p.decidedAt != null ? p.decidedAt : p.updatedAt).atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate submitted = p.submittedAt.atZone(ZoneOffset.UTC).toLocalDate();
        int pausedNow = p.clockPausedSince == null ? 0 : calendar.between(p.clockPausedSince, end);
        int elapsed = calendar.between(submitted, end) - p.clockPausedWorkingDays - pausedNow;
        // Applications submitted before the clock was recorded get their due day computed the same way.
        LocalDate recorded = p.decisionDueOn != null ? p.decisionDueOn
                : calendar.add(submitted, WORKING_DAYS + p.clockPausedWorkingDays);
        LocalDate due = pausedNow > 0 ? calendar.add(recorded, pausedNow) : recorded;
        boolean paused = p.clockPausedSince != null;
        return new StatutoryClock(due, elapsed, running ? WORKING_DAYS - elapsed : null, paused,
                running && !paused && today.isAfter(due));
    }
}
