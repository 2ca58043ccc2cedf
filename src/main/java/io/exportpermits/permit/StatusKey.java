package io.exportpermits.permit;

import io.exportpermits.event.Audience;
import io.exportpermits.permit.api.StatusReason;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;

/**
 * The few columns that decide a permit's status ETag and who may see it: one indexed row, enough to
 * answer a conditional poll with 304 without loading the permit, its lines or the calendar. Up to
 * 50,000 stay in memory ({@link StatusKeyCache}), so ids are held as their two halves and days as epoch
 * days: 88 bytes a key where UUIDs and LocalDates took 221, and the heap is sized for a full cache.
 */
final class StatusKey {
    private static final int NO_DAY = Integer.MIN_VALUE;

    /** One digest per thread: a lookup of the algorithm on every poll costs more than the hash. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    });

    private final String number;
    private final long version;
    private final PermitStatus status;
    private final int validFrom;
    private final int validUntil;
    private final int clockPausedSince;
    private final long exporterHigh;
    private final long exporterLow;
    private final long consigneeHigh;
    private final long consigneeLow;
    private final long endUserHigh;
    private final long endUserLow;

    private StatusKey(Permit p) {
        number = p.number;
        version = p.version;
        status = p.status;
        validFrom = day(p.validFrom);
        validUntil = day(p.validUntil);
        clockPausedSince = day(p.clockPausedSince);
        exporterHigh = p.exporterId.getMostSignificantBits();
        exporterLow = p.exporterId.getLeastSignificantBits();
        consigneeHigh = p.consigneeId.getMostSignificantBits();
        consigneeLow = p.consigneeId.getLeastSignificantBits();
        endUserHigh = p.endUserId.getMostSignificantBits();
        endUserLow = p.endUserId.getLeastSignificantBits();
    }

    static StatusKey of(Permit p) {
        return new StatusKey(p);
    }

    String number() {
        return number;
    }

    Audience audience() {
        return Audience.permit(new UUID(exporterHigh, exporterLow), new UUID(consigneeHigh, consigneeLow),
                new UUID(endUserHigh, endUserLow));
    }

    StatusReason reason(LocalDate today) {
        return reason(PermitStatus.on(status, date(validUntil), today), date(validFrom), today);
    }

    static StatusReason reason(PermitStatus current, LocalDate validFrom, LocalDate today) {
        return switch (current) {
            case APPROVED -> validFrom != null && today.isBefore(validFrom) ? StatusReason.NOT_YET_VALID
                    : StatusReason.VALID;
            case EXPIRED -> StatusReason.EXPIRED;
            case EXHAUSTED -> StatusReason.EXHAUSTED;
            case SUSPENDED -> StatusReason.SUSPENDED;
            case REVOKED -> StatusReason.REVOKED;
            case SURRENDERED -> StatusReason.SURRENDERED;
            case REFUSED -> StatusReason.REFUSED;
            case WITHDRAWN -> StatusReason.WITHDRAWN;
            case SUBMITTED, UNDER_REVIEW -> StatusReason.AWAITING_DECISION;
            case INFORMATION_REQUESTED -> StatusReason.INFORMATION_REQUESTED;
            case CORRECTIONS_REQUESTED -> StatusReason.CORRECTIONS_REQUESTED;
            case DRAFT -> StatusReason.NOT_SUBMITTED;
        };
    }

    /**
     * A strong tag of the status representation: every stored change bumps the version; what changes
     * with the calendar alone (expiry, start of validity, a paused clock's due day) is in the reason or
     * the day. It depends on nothing about the caller. A paused clock's due day moves every day, and a
     * SUBMITTED application can become accepted by law on any day: their tags change daily.
     */
    String etag(LocalDate today) {
        boolean changesDaily = status == PermitStatus.SUBMITTED || clockPausedSince != NO_DAY;
        String fingerprint = number + '|' + version + '|' + reason(today) + '|' + (changesDaily ? today : "");
        byte[] digest = SHA_256.get().digest(fingerprint.getBytes(StandardCharsets.UTF_8));
        return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22) + "\"";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StatusKey k && number.equals(k.number) && version == k.version && status == k.status
                && validFrom == k.validFrom && validUntil == k.validUntil && clockPausedSince == k.clockPausedSince
                && exporterHigh == k.exporterHigh && exporterLow == k.exporterLow && consigneeHigh == k.consigneeHigh
                && consigneeLow == k.consigneeLow && endUserHigh == k.endUserHigh && endUserLow == k.endUserLow;
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, version);
    }

    private static int day(LocalDate date) {
        return date == null ? NO_DAY : Math.toIntExact(date.toEpochDay());
    }

    private static LocalDate date(int day) {
        return day == NO_DAY ? null : LocalDate.ofEpochDay(day);
    }
}
