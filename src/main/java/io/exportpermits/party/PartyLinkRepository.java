package io.exportpermits.party;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class PartyLinkRepository implements PanacheRepositoryBase<PartyImporterLink, UUID> {

    Map<UUID, PartyImporterLink> linksOf(Collection<UUID> parties) {
        if (parties.isEmpty()) {
            return Map.of();
        }
        return find("partyId in ?1", parties).list().stream()
                .collect(Collectors.toMap(link -> link.partyId, Function.identity()));
    }

    List<Party> unlinkedWithLei(String lei) {
        return getEntityManager().createQuery("select p from Party p where p.lei = ?1 and not exists "
                + "(select 1 from PartyImporterLink l where l.partyId = p.id)", Party.class)
                .setParameter(1, lei).getResultList();
    }
}
