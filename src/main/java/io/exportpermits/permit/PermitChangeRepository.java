package io.exportpermits.permit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PermitChangeRepository implements PanacheRepositoryBase<PermitChange, UUID> {

    public List<PermitChange> ofPermit(UUID permitId) {
        return list("permitId = ?1 order by requestedAt, id", permitId);
    }

    public Optional<PermitChange> ofPermit(UUID permitId, UUID id) {
        return find("permitId = ?1 and id = ?2", permitId, id).firstResultOptional();
    }

    public Optional<PermitChange> pending(UUID permitId) {
        return find("permitId = ?1 and status = ?2", permitId, PermitChange.Status.PENDING).firstResultOptional();
    }
}
