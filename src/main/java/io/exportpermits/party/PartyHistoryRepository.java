package io.exportpermits.party;

import io.exportpermits.common.paging.CreationOrder;
import io.exportpermits.common.paging.CreationOrderQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PartyHistoryRepository implements PanacheRepositoryBase<PartyHistoryEntry, UUID> {

    List<PartyHistoryEntry> page(UUID partyId, CreationOrder after, int rows) {
        return new CreationOrderQuery("occurredAt")
                .and("partyId = :party", "party", partyId)
                .after(after, after == null ? null : after.uuid())
                .fetch(this, rows);
    }
}
