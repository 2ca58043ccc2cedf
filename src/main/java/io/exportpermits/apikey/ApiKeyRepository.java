package io.exportpermits.apikey;

import io.exportpermits.common.security.Role;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.exportpermits.common.paging.CreationOrder;
import io.exportpermits.common.paging.CreationOrderQuery;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

@ApplicationScoped
public class ApiKeyRepository implements PanacheRepositoryBase<ApiKey, String> {
    private static final String BY_DIGEST = """
            select id, name, role, exporter_id, party_id, importer_id, permissions, secret_digest, created_at,
                   created_by_key_id, expires_at, revoked_at, last_used_at
            from api_key where secret_digest = ?""";

    private final DataSource dataSource;

    ApiKeyRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * The key with this digest, read straight from JDBC and detached: only to be read, never persisted.
     * Authentication reads every key in use once a second (what it remembers lives that long); through a
     * Hibernate session and query that cost about a millisecond of CPU each, in code run too seldom to be
     * compiled, so a few hundred keys in use would have taken a core.
     */
    public Optional<ApiKey> findByDigest(byte[] digest) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(BY_DIGEST)) {
            select.setBytes(1, digest);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(detached(row)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read an API key", e);
        }
    }

    private static ApiKey detached(ResultSet row) throws SQLException {
        ApiKey key = new ApiKey();
        key.id = row.getString("id");
        key.name = row.getString("name");
        key.role = Role.valueOf(row.getString("role"));
        key.exporterId = row.getObject("exporter_id", UUID.class);
        key.partyId = row.getObject("party_id", UUID.class);
        key.importerId = row.getObject("importer_id", UUID.class);
        Array permissions = row.getArray("permissions");
        key.permissions = permissions == null ? null : List.of((String[]) permissions.getArray());
        key.secretDigest = row.getBytes("secret_digest");
        key.createdAt = instant(row, "created_at");
        key.createdByKeyId = row.getString("created_by_key_id");
        key.expiresAt = instant(row, "expires_at");
        key.revokedAt = instant(row, "revoked_at");
        key.lastUsedAt = instant(row, "last_used_at");
        return key;
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    public boolean activeAuthorityKeyExists(Instant now) {
        return count("role = ?1 and revokedAt is null and (expiresAt is null or expiresAt > ?2)",
                Role.AUTHORITY, now) > 0;
    }

    /** A keyset page in creation order. */
    public List<ApiKey> page(ApiKeyFilter filter, CreationOrder after, int rows) {
        CreationOrderQuery query = new CreationOrderQuery()
                .and("role = :role", "role", filter.role())
                .and("exporterId = :exporterId", "exporterId", filter.exporterId())
                .and("partyId = :partyId", "partyId", filter.partyId())
                .and("importerId = :importerId", "importerId", filter.importerId())
                .after(after, after == null ? null : after.id());
        if (!filter.includeRevoked()) {
            query.andAlways("revokedAt is null");
        }
        return query.fetch(this, rows);
    }

    /** Records use at most once a minute per key, so that polling does not turn every read into a write. */
    public void touch(String id, Instant now) {
        update("lastUsedAt = ?1 where id = ?2 and (lastUsedAt is null or lastUsedAt < ?3)",
                now, id, now.minusSeconds(60));
    }
}
