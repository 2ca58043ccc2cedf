package io.exportpermits.permit;

import io.exportpermits.common.paging.CreationOrder;
import io.exportpermits.common.paging.CreationOrderQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PermitHistoryRepository implements PanacheRepositoryBase<PermitHistoryEntry, UUID> {

    /** One permit's history, oldest first. */
    public List<PermitHistoryEntry> page(UUID permitId, CreationOrder after, int rows) {
        return new CreationOrderQuery("occurredAt").and("permitId = :permit", "permit", permitId)
                .after(after, after == null ? null : after.uuid()).fetch(this, rows);
    }
}
