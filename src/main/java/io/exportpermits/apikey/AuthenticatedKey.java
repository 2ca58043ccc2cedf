package io.exportpermits.apikey;

import io.exportpermits.common.security.Caller;
import io.exportpermits.common.security.Permission;
import io.exportpermits.common.security.Role;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * What authentication needs to know of a key, and for an importer organisation's key what the
 * organisation may see; cached for at most a second, so a new link or a verification shows within it.
 */
record AuthenticatedKey(String id, Role role, UUID exporterId, UUID partyId, Caller.ImporterScope importer,
                        Set<Permission> permissions, Instant expiresAt, Instant revokedAt, Instant lastUsedAt,
                        byte[] digest) {

    static AuthenticatedKey of(ApiKey key, Caller.ImporterScope importer) {
        return new AuthenticatedKey(key.id, key.role, key.exporterId, key.partyId, importer, key.permissionSet(),
                key.expiresAt, key.revokedAt, key.lastUsedAt, key.secretDigest);
    }

    AuthenticatedKey usedAt(Instant when) {
        return new AuthenticatedKey(id, role, exporterId, partyId, importer, permissions, expiresAt, revokedAt, when,
                digest);
    }

    Caller caller() {
        return new Caller(id, role, exporterId, partyId, importer, permissions, expiresAt);
    }
}
