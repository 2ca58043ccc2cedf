package io.exportpermits.apikey;

import io.exportpermits.common.security.Role;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "api_key")
public class ApiKey {
    @Id
    public String id;
    public String name;
    @Enumerated(EnumType.STRING)
    public Role role;
    public UUID exporterId;
    public UUID partyId;
    public UUID importerId;
    /** HMAC-SHA-256 of the whole secret under the server's pepper; the secret itself is never stored. */
    public byte[] secretDigest;
    public Instant createdAt;
    public String createdByKeyId;
    public Instant expiresAt;
    public Instant revokedAt;
    public Instant lastUsedAt;

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public boolean isExpiredAt(Instant now) {
        return expiresAt != null && !expiresAt.isAfter(now);
    }
}
