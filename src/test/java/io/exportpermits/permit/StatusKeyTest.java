package io.exportpermits.permit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.exportpermits.event.Audience;
import io.exportpermits.permit.api.StatusReason;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The key packs ids into longs and days into ints: what it answers must be what the permit's columns say. */
class StatusKeyTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private static Permit permit(PermitStatus status, LocalDate validFrom, LocalDate validUntil, LocalDate pausedSince) {
        Permit p = new Permit();
        p.number = "EP-2026-000042";
        p.version = 3;
        p.status = status;
        p.validFrom = validFrom;
        p.validUntil = validUntil;
        p.clockPausedSince = pausedSince;
        p.exporterId = UUID.fromString("0192f0c4-7d1e-7a3b-9c2d-4e5f60718293");
        p.consigneeId = UUID.fromString("7c9e6679-7425-40de-944b-e07fc1f90ae7");
        p.endUserId = UUID.fromString("f47ac10b-58cc-4372-a567-0e02b2c3d479");
        return p;
    }

    @Test
    void theAudienceNamesTheExporterAndBothParties() {
        Permit p = permit(PermitStatus.SUBMITTED, null, null, null);
        assertEquals(Audience.permit(p.exporterId, p.consigneeId, p.endUserId), StatusKey.of(p).audience());
    }

    @Test
    void daysAbsentOrPresentGiveTheReasonTheirColumnsGive() {
        assertEquals(StatusReason.AWAITING_DECISION, StatusKey.of(permit(PermitStatus.SUBMITTED, null, null, null)).reason(TODAY));
        assertEquals(StatusReason.NOT_YET_VALID, StatusKey.of(permit(PermitStatus.APPROVED, TODAY.plusDays(1),
                TODAY.plusYears(1), null)).reason(TODAY));
        assertEquals(StatusReason.VALID, StatusKey.of(permit(PermitStatus.APPROVED, TODAY, TODAY, null)).reason(TODAY));
        assertEquals(StatusReason.EXPIRED, StatusKey.of(permit(PermitStatus.APPROVED, TODAY.minusYears(1),
                TODAY.minusDays(1), null)).reason(TODAY));
    }

    @Test
    void onlyAPausedClockOrAPendingAcceptanceMakesTheTagChangeWithTheDay() {
        StatusKey paused = StatusKey.of(permit(PermitStatus.INFORMATION_REQUESTED, null, null, TODAY.minusDays(3)));
        assertNotEquals(paused.etag(TODAY), paused.etag(TODAY.plusDays(1)));
        StatusKey pausedInReview = StatusKey.of(permit(PermitStatus.UNDER_REVIEW, null, null, TODAY.minusDays(3)));
        assertNotEquals(pausedInReview.etag(TODAY), pausedInReview.etag(TODAY.plusDays(1)));
        // a received application can become accepted by law on any day, which its status shows
        StatusKey submitted = StatusKey.of(permit(PermitStatus.SUBMITTED, null, null, null));
        assertNotEquals(submitted.etag(TODAY), submitted.etag(TODAY.plusDays(1)));
        StatusKey inReview = StatusKey.of(permit(PermitStatus.UNDER_REVIEW, null, null, null));
        assertEquals(inReview.etag(TODAY), inReview.etag(TODAY.plusDays(1)));
    }

    @Test
    void keysAreEqualExactlyWhenEveryColumnIs() {
        Permit base = permit(PermitStatus.APPROVED, TODAY, TODAY.plusYears(1), null);
        StatusKey key = StatusKey.of(base);
        StatusKey same = StatusKey.of(permit(PermitStatus.APPROVED, TODAY, TODAY.plusYears(1), null));
        assertEquals(key, same);
        assertEquals(key.hashCode(), same.hashCode());
        List<Consumer<Permit>> changes = List.of(
                p -> p.number = "EP-2026-000043",
                p -> p.version = 4,
                p -> p.status = PermitStatus.SUSPENDED,
                p -> p.validFrom = TODAY.plusDays(1),
                p -> p.validUntil = TODAY.plusMonths(6),
                p -> p.clockPausedSince = TODAY,
                p -> p.exporterId = UUID.fromString("0192f0c4-7d1e-7a3b-9c2d-4e5f60718290"),
                p -> p.consigneeId = UUID.fromString("7c9e6679-7425-40de-944b-e07fc1f90ae0"),
                p -> p.endUserId = UUID.fromString("f47ac10b-58cc-4372-a567-0e02b2c3d470"));
        for (int i = 0; i < changes.size(); i++) {
            Permit changed = permit(PermitStatus.APPROVED, TODAY, TODAY.plusYears(1), null);
            changes.get(i).accept(changed);
            assertNotEquals(key, StatusKey.of(changed), "change " + i);
        }
    }
}
