package io.exportpermits.apikey;

import io.exportpermits.common.security.Permission;
import io.exportpermits.common.security.Role;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

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
    /** Wire names of a restricted key's permissions; null for a key without restrictions. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> permissions;
    /** HMAC-SHA-256 of the whole secret under the server's pepper; the secret itself is never stored. */
    public byte[] secretDigest;
    public Instant createdAt;
    public String createdByKeyId;
    public Instant expiresAt;
    public Instant revokedAt;
    public Instant lastUsedAt;

    Set<Permission> permissionSet() {
        return permissions == null ? null : permissions.stream().map(name -> Permission.ofWireName(name).orElseThrow())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Permission.class)));
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public boolean isExpiredAt(Instant now) {
        return expiresAt != null && !expiresAt.isAfter(now);
    }
}
