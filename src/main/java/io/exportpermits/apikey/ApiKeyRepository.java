package io.exportpermits.apikey;

import io.exportpermits.common.security.Role;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.exportpermits.common.paging.CreationOrder;
import io.exportpermits.common.paging.CreationOrderQuery;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ApiKeyRepository implements PanacheRepositoryBase<ApiKey, String> {

    public Optional<ApiKey> findByDigest(byte[] digest) {
        return find("secretDigest", (Object) digest).firstResultOptional();
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
