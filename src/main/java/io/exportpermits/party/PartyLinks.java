package io.exportpermits.party;

import io.exportpermits.common.TimeOrderedIds;
import io.exportpermits.common.paging.CreationOrder;
import io.exportpermits.common.paging.Page;
import io.exportpermits.common.paging.PageRequest;
import io.exportpermits.common.problem.ProblemException;
import io.exportpermits.common.problem.ProblemType;
import io.exportpermits.common.security.Caller;
import io.exportpermits.common.security.Role;
import io.exportpermits.event.Audience;
import io.exportpermits.event.EventLog;
import io.exportpermits.event.EventType;
import io.exportpermits.event.SubjectType;
import io.exportpermits.importer.Importer;
import io.exportpermits.importer.ImporterRepository;
import io.exportpermits.importer.ImporterStatus;
import io.exportpermits.importer.ImporterVerified;
import io.exportpermits.party.api.ImporterLinkView;
import io.exportpermits.party.api.PartyHistoryEntryView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which importer organisation a party is. A link is made by the exporter that added the party, by an
 * authority, or by a matching LEI once the importer is verified; it is removed by any of them or by the
 * importer itself. Every change is kept in the party's history and announced to the exporter and importer.
 */
@ApplicationScoped
@Transactional
public class PartyLinks {
    static final String LINKED = "LINKED_TO_IMPORTER";
    static final String UNLINKED = "UNLINKED_FROM_IMPORTER";

    private final PartyRepository parties;
    private final PartyLinkRepository links;
    private final PartyHistoryRepository history;
    private final ImporterRepository importers;
    private final EventLog events;
    private final Clock clock;

    PartyLinks(PartyRepository parties, PartyLinkRepository links, PartyHistoryRepository history,
               ImporterRepository importers, EventLog events, Clock clock) {
        this.parties = parties;
        this.links = links;
        this.history = history;
        this.importers = importers;
        this.events = events;
        this.clock = clock;
    }

    /** An authority links any party, an exporter the parties it added; a party names one importer at most. */
    public ImporterLinkView link(UUID partyId, UUID importerId, Caller caller) {
        Party party = parties.visible(partyId, caller);
        Importer importer = importers.findByIdOptional(importerId)
                .orElseThrow(() -> ProblemException.invalidField("importerId", "names no importer"));
        if (importer.status != ImporterStatus.VERIFIED) {
            throw new ProblemException(ProblemType.CONFLICT, "Importer " + importerId + " is " + importer.status
                    + ": a party can be linked to it once an authority has verified it.");
        }
        links.findByIdOptional(partyId).ifPresent(existing -> {
            throw new ProblemException(ProblemType.CONFLICT, "Party " + partyId + " is already linked to importer "
                    + existing.importerId + (existing.importerId.equals(importerId) ? "" : "; remove that link first")
                    + ".");
        });
        return view(linked(party, importer, caller.isAuthority() ? ImporterLinkBasis.AUTHORITY
                : ImporterLinkBasis.EXPORTER_CONFIRMED, caller), importer);
    }

    /** The link of a party the caller sees, if it has one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ImporterLinkView get(UUID partyId, Caller caller) {
        parties.visible(partyId, caller);
        PartyImporterLink link = links.findByIdOptional(partyId).orElseThrow(() -> noLink(partyId));
        return view(link, importers.findById(link.importerId));
    }

    /** The authority, the party's exporter, or the importer named (saying "that is not us") removes a link. */
    public void unlink(UUID partyId, Caller caller) {
        Optional<PartyImporterLink> found = links.findByIdOptional(partyId);
        // The importer named sees the party through the link, but its key's view of its links may be up to a
        // second old; the link itself says whether it may remove it.
        boolean namesCaller = found.map(l -> caller.ownImporter().map(l.importerId::equals).orElse(false))
                .orElse(false);
        Party party = namesCaller ? parties.findById(partyId) : parties.visible(partyId, caller);
        PartyImporterLink link = found.filter(l -> namesCaller || caller.role() != Role.IMPORTER)
                .orElseThrow(() -> noLink(partyId));
        links.delete(link);
        record(party, UNLINKED, link.importerId, null, caller);
        announce(EventType.PARTY_UNLINKED_FROM_IMPORTER, party, link.importerId, null);
    }

    /** A new or corrected party carrying a verified importer's LEI is that importer. */
    void linkByLei(Party party, Caller caller) {
        if (party.lei == null || links.findByIdOptional(party.id).isPresent()) {
            return;
        }
        importers.verifiedWithLei(party.lei).ifPresent(importer ->
                linked(party, importer, ImporterLinkBasis.MATCHING_LEI, caller));
    }

    /** Verifying an importer links every party that already carries its LEI and names no importer yet. */
    void onVerified(@Observes ImporterVerified verified) {
        if (verified.lei() == null) {
            return;
        }
        Importer importer = importers.findById(verified.importerId());
        for (Party party : links.unlinkedWithLei(verified.lei())) {
            linked(party, importer, ImporterLinkBasis.MATCHING_LEI, verified.verifiedBy());
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PartyHistoryEntryView> history(UUID partyId, PageRequest page, Caller caller) {
        parties.visible(partyId, caller);
        List<PartyHistoryEntryView> fetched = history.page(partyId, CreationOrder.after(page.cursor), page.limit + 1)
                .stream().map(PartyLinks::view).toList();
        return Page.fromLookahead(fetched, page.limit, e -> CreationOrder.cursor(e.occurredAt(), e.id()));
    }

    /** The links of some parties, by party, for their views. */
    Map<UUID, ImporterLinkView> linksOf(Collection<UUID> partyIds) {
        Map<UUID, PartyImporterLink> found = links.linksOf(partyIds);
        if (found.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Importer> byId = importers.list("id in ?1", found.values().stream().map(l -> l.importerId)
                .distinct().toList()).stream().collect(Collectors.toMap(i -> i.id, Function.identity()));
        return found.values().stream()
                .collect(Collectors.toMap(l -> l.partyId, l -> view(l, byId.get(l.importerId))));
    }

    Optional<ImporterLinkView> linkOf(UUID partyId) {
        return Optional.ofNullable(linksOf(List.of(partyId)).get(partyId));
    }

    private PartyImporterLink linked(Party party, Importer importer, ImporterLinkBasis basis, Caller caller) {
        PartyImporterLink link = new PartyImporterLink();
        link.partyId = party.id;
        link.importerId = importer.id;
        link.basis = basis;
        link.linkedAt = clock.instant();
        link.linkedByKeyId = caller.keyId();
        links.persistAndFlush(link);
        record(party, LINKED, importer.id, basis, caller);
        announce(EventType.PARTY_LINKED_TO_IMPORTER, party, importer.id, view(link, importer));
        return link;
    }

    private void record(Party party, String action, UUID importerId, ImporterLinkBasis basis, Caller caller) {
        PartyHistoryEntry entry = new PartyHistoryEntry();
        entry.id = TimeOrderedIds.next();
        entry.partyId = party.id;
        entry.action = action;
        entry.importerId = importerId;
        entry.basis = basis;
        entry.actorKeyId = caller.keyId();
        entry.actorRole = caller.role() == null ? null : caller.role().name();
        entry.occurredAt = clock.instant();
        history.persist(entry);
    }

    /** Told to the party's exporter, to importers bound to the party, and to the importer organisation. */
    /** {@code link}: the party's link now (null once removed), as the event's copy of the party shows it. */
    private void announce(EventType type, Party party, UUID importerId, ImporterLinkView link) {
        var now = PartyService.versioned(party, link);
        List<UUID> importerTenants = new ArrayList<>(List.of(party.id, importerId));
        events.emit(type, SubjectType.PARTY, party.id.toString(),
                new Audience(false, party.addedByExporterId, importerTenants), now.body(), now.etag());
    }

    private static ProblemException noLink(UUID partyId) {
        return new ProblemException(ProblemType.NOT_FOUND, "Party " + partyId + " is linked to no importer.");
    }

    private static ImporterLinkView view(PartyImporterLink link, Importer importer) {
        return new ImporterLinkView(link.importerId, importer.legalName, link.basis, link.linkedAt, link.linkedByKeyId);
    }

    private static PartyHistoryEntryView view(PartyHistoryEntry e) {
        return new PartyHistoryEntryView(e.id, e.action, e.importerId, e.basis, e.actorKeyId, e.actorRole,
                e.occurredAt);
    }
}
