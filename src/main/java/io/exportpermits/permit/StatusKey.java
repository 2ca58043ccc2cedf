package io.exportpermits.permit;

import io.exportpermits.event.Audience;
import io.exportpermits.permit.api.StatusReason;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;

/**
 * The few columns that decide a permit's status ETag and who may see it: one indexed row, enough to
 * answer a conditional poll with 304 without loading the permit, its lines or the calendar.
 */
record StatusKey(UUID id, String number, long version, PermitStatus status, LocalDate validFrom,
                 LocalDate validUntil, LocalDate clockPausedSince, UUID exporterId, UUID consigneeId,
                 UUID endUserId) {

    /** One digest per thread: a lookup of the algorithm on every poll costs more than the hash. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    });

    static StatusKey of(Permit p) {
        return new StatusKey(p.id, p.number, p.version, p.status, p.validFrom, p.validUntil, p.clockPausedSince,
                p.exporterId, p.consigneeId, p.endUserId);
    }

    Audience audience() {
        return Audience.permit(exporterId, consigneeId, endUserId);
    }

    StatusReason reason(LocalDate today) {
        return reason(PermitStatus.on(status, validUntil, today), validFrom, today);
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
            case DRAFT -> StatusReason.NOT_SUBMITTED;
        };
    }

    /**
     * A strong tag of the status representation: every stored change bumps the version; what changes
     * with the calendar alone (expiry, start of validity, a paused clock's due day) is in the reason or
     * the day. It depends on nothing about the caller.
     */
    String etag(LocalDate today) {
        String pausedDay = status == PermitStatus.INFORMATION_REQUESTED && clockPausedSince != null ? today.toString() : "";
        String fingerprint = number + '|' + version + '|' + reason(today) + '|' + pausedDay;
        byte[] digest = SHA_256.get().digest(fingerprint.getBytes(StandardCharsets.UTF_8));
        return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22) + "\"";
    }
}
