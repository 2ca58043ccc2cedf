package io.exportpermits.party;

import io.exportpermits.common.http.ETags;
import io.exportpermits.common.http.Versioned;
import io.exportpermits.common.paging.CreationOrder;
import io.exportpermits.common.paging.Page;
import io.exportpermits.common.paging.PageRequest;
import io.exportpermits.common.security.Caller;
import io.exportpermits.common.security.Role;
import io.exportpermits.party.api.CreatePartyRequest;
import io.exportpermits.party.api.ImporterLinkView;
import io.exportpermits.party.api.PartyView;
import io.exportpermits.party.api.UpdatePartyRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class PartyService {
    private final PartyRepository parties;
    private final PartyLinks links;
    private final Clock clock;

    PartyService(PartyRepository parties, PartyLinks links, Clock clock) {
        this.parties = parties;
        this.links = links;
        this.clock = clock;
    }

    /**
     * An exporter's new party is visible to that exporter; an authority's to authorities. Carrying a verified
     * importer's LEI, it is linked to that importer at once.
     */
    public Versioned<PartyView> add(CreatePartyRequest request, Caller caller) {
        Party party = new Party();
        party.id = UUID.randomUUID();
        party.name = request.name().strip();
        party.country = request.country();
        party.identifier = request.identifier() == null || request.identifier().isBlank() ? null
                : request.identifier().strip();
        party.lei = request.lei();
        party.addedByExporterId = caller.ownExporter().orElse(null);
        party.createdAt = clock.instant();
        party.updatedAt = party.createdAt;
        parties.persistAndFlush(party);
        links.linkByLei(party, caller);
        return versioned(party);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<PartyView> get(UUID id, Caller caller) {
        return versioned(parties.visible(id, caller));
    }

    /** An importer organisation's key lists the parties linked to it (filter `importerId` does so for an authority). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PartyView> list(String country, UUID importerId, PageRequest page, Caller caller) {
        CreationOrder after = CreationOrder.after(page.cursor);
        List<Party> fetched = parties.page(caller.ownExporter().orElse(null),
                caller.role() == Role.IMPORTER ? caller.importerTenancy() : null, importerId, country, after,
                page.limit + 1);
        Map<UUID, ImporterLinkView> linked = links.linksOf(fetched.stream().map(p -> p.id).toList());
        List<PartyView> views = fetched.stream().map(p -> view(p, linked.get(p.id))).toList();
        return Page.fromLookahead(views, page.limit, p -> CreationOrder.cursor(p.createdAt(), p.id()));
    }

    public Versioned<PartyView> update(UUID id, UpdatePartyRequest request, String ifMatch, Caller caller) {
        Party party = parties.visible(id, caller);
        ETags.checkIfMatch(ifMatch, ETags.of(party.version), false, "the party");
        if (request.name() != null) {
            party.name = request.name().strip();
        }
        if (request.country() != null) {
            party.country = request.country();
        }
        if (request.identifier() != null) {
            party.identifier = request.identifier().strip();
        }
        if (request.lei() != null) {
            party.lei = request.lei();
        }
        party.updatedAt = clock.instant();
        parties.flush();
        links.linkByLei(party, caller);
        return versioned(party);
    }

    private Versioned<PartyView> versioned(Party party) {
        return versioned(party, links.linkOf(party.id).orElse(null));
    }

    static Versioned<PartyView> versioned(Party party, ImporterLinkView link) {
        return new Versioned<>(view(party, link), ETags.of(party.version));
    }

    private static PartyView view(Party p, ImporterLinkView link) {
        return new PartyView(p.id, p.name, p.country, p.identifier, p.lei, p.addedByExporterId, link, p.createdAt,
                p.updatedAt);
    }
}
