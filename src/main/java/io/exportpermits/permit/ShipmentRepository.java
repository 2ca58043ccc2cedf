package io.exportpermits.permit;

import io.exportpermits.common.paging.CreationOrder;
import io.exportpermits.common.paging.CreationOrderQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ShipmentRepository implements PanacheRepositoryBase<Shipment, UUID> {

    /** One permit's shipments, oldest first. */
    public List<Shipment> page(UUID permitId, CreationOrder after, int rows) {
        return new CreationOrderQuery("reportedAt").and("permitId = :permit", "permit", permitId)
                .after(after, after == null ? null : after.uuid()).fetch(this, rows);
    }
}
