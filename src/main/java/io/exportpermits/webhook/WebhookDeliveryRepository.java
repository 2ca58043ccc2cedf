package io.exportpermits.webhook;

import io.exportpermits.common.paging.CreationOrder;
import io.exportpermits.common.paging.CreationOrderQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class WebhookDeliveryRepository implements PanacheRepositoryBase<WebhookDelivery, UUID> {
    /** Newest first: a log is read from its end. */
    List<WebhookDelivery> page(UUID subscriptionId, CreationOrder after, int rows) {
        return new CreationOrderQuery().newestFirst(true)
                .and("subscriptionId = :subscription", "subscription", subscriptionId)
                .after(after, after == null ? null : after.uuid()).fetch(this, rows);
    }

    List<WebhookAttempt> attemptsOf(List<UUID> deliveryIds) {
        return deliveryIds.isEmpty() ? List.of() : getEntityManager()
                .createQuery("from WebhookAttempt where deliveryId in :ids order by attempt", WebhookAttempt.class)
                .setParameter("ids", deliveryIds).getResultList();
    }
}
