package io.exportpermits.permit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.exportpermits.permit.api.StatutoryClock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The clock on fixed days, with China's National Day week of 2026 as the holidays: received on Friday
 * 25 September, the authority's 5 working days run to Friday 9 October (28, 29, 30 September, 8 and 9
 * October), since 1 to 7 October are holidays.
 */
class StatutoryClocksTest {
    private static final WorkingDays CALENDAR = new WorkingDays(Set.copyOf(
            Stream.iterate(LocalDate.of(2026, 10, 1), d -> d.plusDays(1)).limit(7).toList()));
    private static final LocalDate RECEIVED = LocalDate.of(2026, 9, 25);

    private static Permit received(PermitStatus status) {
        Permit p = new Permit();
        p.status = status;
        p.submittedAt = RECEIVED.atTime(9, 30).toInstant(ZoneOffset.UTC);
        p.updatedAt = p.submittedAt;
        p.receivedOn = RECEIVED;
        p.decisionDueOn = CALENDAR.add(RECEIVED, StatutoryClocks.WORKING_DAYS);
        return p;
    }

    @Test
    void theAuthorityHasFiveWorkingDaysAfterReceiptHolidaysSkipped() {
        StatutoryClock clock = StatutoryClocks.of(received(PermitStatus.SUBMITTED), CALENDAR, LocalDate.of(2026, 10, 9));
        assertEquals("AWAITING_ACCEPTANCE", clock.acceptance());
        assertEquals(LocalDate.of(2026, 10, 9), clock.acceptanceDueOn());
        assertNull(clock.acceptedOn());
        assertEquals(0, clock.workingDaysElapsed());
        assertEquals(false, clock.overdue());
    }

    @Test
    void withoutACorrectionNoticeInTimeItIsAcceptedOnTheDayOfReceipt() {
        StatutoryClock clock = StatutoryClocks.of(received(PermitStatus.SUBMITTED), CALENDAR,
                LocalDate.of(2026, 10, 12));
        assertEquals("ACCEPTED_BY_LAW", clock.acceptance());
        assertEquals(RECEIVED, clock.acceptedOn());
        // 28, 29, 30 September, 8, 9 and 12 October
        assertEquals(6, clock.workingDaysElapsed());
        assertEquals(39, clock.workingDaysRemaining());
        assertEquals(CALENDAR.add(RECEIVED, 45), clock.decisionDueOn());
    }

    @Test
    void theFortyFiveDaysRunFromAcceptanceAndPauseWhileInformationIsRequested() {
        Permit p = received(PermitStatus.INFORMATION_REQUESTED);
        p.acceptedOn = LocalDate.of(2026, 9, 29);
        p.decisionDueOn = CALENDAR.add(p.acceptedOn, StatutoryClocks.WORKING_DAYS);
        p.clockPausedSince = LocalDate.of(2026, 10, 9);
        StatutoryClock clock = StatutoryClocks.of(p, CALENDAR, LocalDate.of(2026, 10, 13));
        assertEquals("ACCEPTED", clock.acceptance());
        // counted: 30 September, 8 and 9 October; paused since 9 October: 12 and 13 October do not count
        assertEquals(3, clock.workingDaysElapsed());
        assertEquals(true, clock.paused());
        assertEquals(CALENDAR.add(p.decisionDueOn, 2), clock.decisionDueOn());
    }

    @Test
    void noClockRunsWhileCorrectionsAreRequestedOrForAnApplicationWithdrawnBeforeAcceptance() {
        assertNull(StatutoryClocks.of(received(PermitStatus.CORRECTIONS_REQUESTED), CALENDAR, LocalDate.of(2026, 10, 30)));
        Permit withdrawn = received(PermitStatus.WITHDRAWN);
        withdrawn.updatedAt = LocalDate.of(2026, 9, 30).atStartOfDay().toInstant(ZoneOffset.UTC);
        assertNull(StatutoryClocks.of(withdrawn, CALENDAR, LocalDate.of(2026, 10, 30)));
        // Withdrawn after the deadline: it had been accepted by law, and its clock stopped at the withdrawal.
        withdrawn.updatedAt = LocalDate.of(2026, 10, 13).atStartOfDay().toInstant(ZoneOffset.UTC);
        StatutoryClock stopped = StatutoryClocks.of(withdrawn, CALENDAR, LocalDate.of(2026, 10, 30));
        assertEquals("ACCEPTED_BY_LAW", stopped.acceptance());
        assertEquals(7, stopped.workingDaysElapsed());
        assertNull(stopped.workingDaysRemaining());
    }

    @Test
    void referralToTheStateCouncilOrAWatchListedPartyLeavesNoTimeLimit() {
        Permit referred = received(PermitStatus.UNDER_REVIEW);
        referred.acceptedOn = RECEIVED;
        referred.referredToStateCouncilOn = LocalDate.of(2026, 11, 2);
        StatutoryClock clock = StatutoryClocks.of(referred, CALENDAR, LocalDate.of(2027, 6, 1));
        assertEquals("NONE", clock.timeLimit());
        assertNull(clock.decisionDueOn());
        assertNull(clock.workingDaysRemaining());
        assertEquals(false, clock.overdue());

        Permit watchListed = received(PermitStatus.UNDER_REVIEW);
        watchListed.acceptedOn = RECEIVED;
        watchListed.screening = PermitScreening.summary(true);
        assertEquals("NONE", StatutoryClocks.of(watchListed, CALENDAR, LocalDate.of(2027, 6, 1)).timeLimit());
        watchListed.screening = PermitScreening.summary(false);
        StatutoryClock limited = StatutoryClocks.of(watchListed, CALENDAR, LocalDate.of(2027, 6, 1));
        assertEquals("WORKING_DAYS_45", limited.timeLimit());
        assertEquals(true, limited.overdue());
    }
}
