package io.exportpermits.webhook;

import io.exportpermits.common.paging.CreationOrder;
import io.exportpermits.common.paging.CreationOrderQuery;
import io.exportpermits.common.security.Caller;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class WebhookSubscriptionRepository implements PanacheRepositoryBase<WebhookSubscription, UUID> {
    /** The caller's tenant's subscriptions, oldest first. */
    List<WebhookSubscription> page(Caller caller, CreationOrder after, int rows) {
        return new CreationOrderQuery()
                .and("ownerRole = :role", "role", caller.role())
                .and("ownerExporterId = :exporter", "exporter", caller.ownExporter().orElse(null))
                .and("ownerPartyId = :party", "party", caller.ownParty().orElse(null))
                .and("ownerImporterId = :importer", "importer", caller.ownImporter().orElse(null))
                .after(after, after == null ? null : after.uuid()).fetch(this, rows);
    }
}
