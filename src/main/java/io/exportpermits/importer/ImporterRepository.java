package io.exportpermits.importer;

import io.exportpermits.common.paging.CreationOrder;
import io.exportpermits.common.paging.CreationOrderQuery;
import io.exportpermits.common.security.Caller;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ImporterRepository implements PanacheRepositoryBase<Importer, UUID> {

    List<Importer> page(ImporterStatus status, String lei, UUID onlyId, CreationOrder after, int rows) {
        return new CreationOrderQuery()
                .and("status = :status", "status", status)
                .and("lei = :lei", "lei", lei)
                .and("id = :onlyId", "onlyId", onlyId)
                .after(after, after == null ? null : after.uuid())
                .fetch(this, rows);
    }

    /** The importer (pending or verified) that holds an LEI or a national identifier now. */
    Optional<Importer> holderOf(String lei, String country, String nationalIdentifier) {
        return find("status <> 'REJECTED' and (lei = ?1 or (country = ?2 and nationalIdentifier = ?3))",
                lei, country, nationalIdentifier).firstResultOptional();
    }

    public Optional<Importer> verifiedWithLei(String lei) {
        return find("status = 'VERIFIED' and lei = ?1", lei).firstResultOptional();
    }

    /** What an importer organisation's keys act for: read whenever a key is authenticated afresh. */
    @SuppressWarnings("unchecked")
    public Caller.ImporterScope scope(UUID importerId) {
        var em = getEntityManager();
        boolean verified = "VERIFIED".equals(em.createNativeQuery("select status from importer where id = ?1")
                .setParameter(1, importerId).getSingleResult());
        List<UUID> parties = em.createNativeQuery("select party_id from party_importer_link where importer_id = ?1",
                UUID.class).setParameter(1, importerId).getResultList();
        return Caller.ImporterScope.of(importerId, verified, new HashSet<>(parties));
    }
}
