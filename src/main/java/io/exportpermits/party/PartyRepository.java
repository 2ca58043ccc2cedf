package io.exportpermits.party;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.exportpermits.common.paging.CreationOrder;
import io.exportpermits.common.paging.CreationOrderQuery;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PartyRepository implements PanacheRepositoryBase<Party, UUID> {

    /** A keyset page in creation order, limited to what one exporter added, or to one party, when given. */
    public List<Party> page(UUID addedBy, UUID onlyId, String country, CreationOrder after, int rows) {
        return new CreationOrderQuery()
                .and("addedByExporterId = :addedBy", "addedBy", addedBy)
                .and("id = :onlyId", "onlyId", onlyId)
                .and("country = :country", "country", country)
                .after(after, after == null ? null : after.uuid())
                .fetch(this, rows);
    }
}
