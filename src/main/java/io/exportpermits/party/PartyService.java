package io.exportpermits.party;

import io.exportpermits.common.http.ETags;
import io.exportpermits.common.http.Versioned;
import io.exportpermits.common.paging.CreationOrder;
import io.exportpermits.common.paging.Page;
import io.exportpermits.common.paging.PageRequest;
import io.exportpermits.common.problem.ProblemException;
import io.exportpermits.common.problem.ProblemType;
import io.exportpermits.common.security.Caller;
import io.exportpermits.party.api.CreatePartyRequest;
import io.exportpermits.party.api.PartyView;
import io.exportpermits.party.api.UpdatePartyRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class PartyService {
    private final PartyRepository parties;
    private final Clock clock;

    PartyService(PartyRepository parties, Clock clock) {
        this.parties = parties;
        this.clock = clock;
    }

    /** An exporter's new party is visible to that exporter; an authority's to authorities. */
    public Versioned<PartyView> add(CreatePartyRequest request, Caller caller) {
        Party party = new Party();
        party.id = UUID.randomUUID();
        party.name = request.name().strip();
        party.country = request.country();
        party.identifier = request.identifier() == null || request.identifier().isBlank() ? null
                : request.identifier().strip();
        party.addedByExporterId = caller.ownExporter().orElse(null);
        party.createdAt = clock.instant();
        party.updatedAt = party.createdAt;
        parties.persistAndFlush(party);
        return versioned(party);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<PartyView> get(UUID id, Caller caller) {
        return versioned(visible(id, caller));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PartyView> list(String country, PageRequest page, Caller caller) {
        CreationOrder after = CreationOrder.after(page.cursor);
        List<PartyView> fetched = parties.page(caller.ownExporter().orElse(null), caller.ownParty().orElse(null),
                        country, after, page.limit + 1)
                .stream().map(PartyService::view).toList();
        return Page.fromLookahead(fetched, page.limit, p -> CreationOrder.cursor(p.createdAt(), p.id()));
    }

    public Versioned<PartyView> update(UUID id, UpdatePartyRequest request, String ifMatch, Caller caller) {
        Party party = visible(id, caller);
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
        party.updatedAt = clock.instant();
        parties.flush();
        return versioned(party);
    }

    private Party visible(UUID id, Caller caller) {
        return parties.findByIdOptional(id)
                .filter(party -> caller.maySeeParty(party.id, party.addedByExporterId))
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No party has id " + id + "."));
    }

    private static Versioned<PartyView> versioned(Party party) {
        return new Versioned<>(view(party), ETags.of(party.version));
    }

    private static PartyView view(Party p) {
        return new PartyView(p.id, p.name, p.country, p.identifier, p.addedByExporterId, p.createdAt, p.updatedAt);
    }
}
