package io.exportpermits.party;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.exportpermits.common.paging.CreationOrder;
import io.exportpermits.common.paging.CreationOrderQuery;
import io.exportpermits.common.problem.ProblemException;
import io.exportpermits.common.problem.ProblemType;
import io.exportpermits.common.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class PartyRepository implements PanacheRepositoryBase<Party, UUID> {

    /** Another tenant's party answers exactly like a missing one. */
    Party visible(UUID id, Caller caller) {
        return findByIdOptional(id)
                .filter(party -> caller.maySeeParty(party.id, party.addedByExporterId))
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No party has id " + id + "."));
    }

    /**
     * A keyset page in creation order, limited to what one exporter added, to some parties, or to those
     * linked to one importer, when given.
     */
    public List<Party> page(UUID addedBy, Set<UUID> onlyIds, UUID linkedTo, String country, CreationOrder after,
                            int rows) {
        return new CreationOrderQuery()
                .and("addedByExporterId = :addedBy", "addedBy", addedBy)
                .and("id in :onlyIds", "onlyIds", onlyIds)
                .and("id in (select l.partyId from PartyImporterLink l where l.importerId = :linkedTo)",
                        "linkedTo", linkedTo)
                .and("country = :country", "country", country)
                .after(after, after == null ? null : after.uuid())
                .fetch(this, rows);
    }
}
