package io.exportpermits.apikey;

import io.exportpermits.common.security.Role;
import java.time.Instant;
import java.util.UUID;

/** What authentication needs to know of a key; cached for at most a second. */
record AuthenticatedKey(String id, Role role, UUID exporterId, UUID partyId, Instant expiresAt,
                        Instant revokedAt, Instant lastUsedAt, byte[] digest) {

    static AuthenticatedKey of(ApiKey key) {
        return new AuthenticatedKey(key.id, key.role, key.exporterId, key.partyId, key.expiresAt, key.revokedAt,
                key.lastUsedAt, key.secretDigest);
    }

    AuthenticatedKey usedAt(Instant when) {
        return new AuthenticatedKey(id, role, exporterId, partyId, expiresAt, revokedAt, when, digest);
    }
}
