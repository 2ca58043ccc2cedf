package io.exportpermits.listing;

import io.exportpermits.common.http.ETags;
import io.exportpermits.common.http.Representations;
import io.exportpermits.common.http.Versioned;
import io.exportpermits.common.paging.Page;
import io.exportpermits.common.paging.PageRequest;
import io.exportpermits.common.problem.FieldError;
import io.exportpermits.common.problem.ProblemException;
import io.exportpermits.common.problem.ProblemType;
import io.exportpermits.common.security.Caller;
import io.exportpermits.event.Audience;
import io.exportpermits.event.EventLog;
import io.exportpermits.event.EventType;
import io.exportpermits.event.SubjectType;
import io.exportpermits.listing.api.LiftRequest;
import io.exportpermits.listing.api.ListedPartyRequest;
import io.exportpermits.listing.api.ListedPartyView;
import io.exportpermits.listing.api.ListingSuspensionRequest;
import io.exportpermits.policy.IssuingAuthority;
import io.exportpermits.policy.Revision;
import io.exportpermits.policy.RevisionLog;
import io.exportpermits.policy.api.RevisionView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An authority's changes to the lists: adding a listing, correcting it, suspending its measures and
 * lifting it. Every change to an existing listing needs the ETag of the listing as read today, and
 * appends a revision keeping the earlier text; every change writes a {@code listed_party.*} event.
 */
@ApplicationScoped
@Transactional
public class ListingChanges {
    private final ListedPartyRepository parties;
    private final RevisionLog revisions;
    private final EntityManager entityManager;
    private final Representations representations;
    private final EventLog events;
    private final Event<ListingChanged> changed;
    private final Clock clock;

    ListingChanges(ListedPartyRepository parties, RevisionLog revisions, EntityManager entityManager,
                   Representations representations, EventLog events, Event<ListingChanged> changed, Clock clock) {
        this.changed = changed;
        this.parties = parties;
        this.revisions = revisions;
        this.entityManager = entityManager;
        this.representations = representations;
        this.events = events;
        this.clock = clock;
    }

    public Versioned<ListedPartyView> add(ListedPartyRequest request, Caller caller) {
        validate(request);
        UUID id = idOf(request.list(), request.name().strip());
        if (parties.findByIdOptional(id).isPresent()) {
            throw new ProblemException(ProblemType.CONFLICT, request.name().strip() + " is already on the "
                    + request.list() + " list as " + id + "; correct that listing instead.");
        }
        ListedParty party = new ListedParty();
        party.id = id;
        party.createdAt = clock.instant();
        apply(party, request);
        parties.persist(party);
        revisions.record(Revision.SubjectType.LISTED_PARTY, id.toString(), Revision.Kind.CREATED, request.reason(),
                null, caller);
        return emitted(EventType.LISTED_PARTY_ADDED, id, List.of());
    }

    public Versioned<ListedPartyView> correct(UUID id, ListedPartyRequest request, String ifMatch, Caller caller) {
        ListedParty party = find(id);
        ListedPartyView previous = checkedCurrent(party, ifMatch);
        validate(request);
        if (request.list() != party.list) {
            throw ProblemException.invalidField("list", "cannot change: a move to the other list is a new listing; "
                    + "lift this one and add the other");
        }
        apply(party, request);
        revisions.record(Revision.SubjectType.LISTED_PARTY, id.toString(), Revision.Kind.AMENDED, request.reason(),
                previous, caller);
        return emitted(EventType.LISTED_PARTY_CORRECTED, id, names(previous));
    }

    public Versioned<ListedPartyView> suspend(UUID id, ListingSuspensionRequest request, String ifMatch, Caller caller) {
        ListedParty party = find(id);
        ListedPartyView previous = checkedCurrent(party, ifMatch);
        List<FieldError> errors = new ArrayList<>();
        if (request.from().isBefore(party.listedOn)) {
            errors.add(new FieldError("from", "must not be before the listing (" + party.listedOn + ")"));
        }
        if (request.until() != null && request.until().isBefore(request.from())) {
            errors.add(new FieldError("until", "must not be before from"));
        }
        if (request.until() == null && Boolean.TRUE.equals(request.endConfirmed())) {
            errors.add(new FieldError("endConfirmed", "needs an until day to confirm"));
        }
        if (party.suspensions.stream().anyMatch(s -> overlaps(s, request.from(), request.until()))) {
            errors.add(new FieldError("from", "overlaps a suspension already recorded"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        ListingSuspension suspension = new ListingSuspension();
        suspension.id = UUID.randomUUID();
        suspension.party = party;
        suspension.decision = request.decision().strip();
        suspension.fromDate = request.from();
        suspension.untilDate = request.until();
        suspension.endConfirmed = Boolean.TRUE.equals(request.endConfirmed());
        suspension.source = request.source().strip();
        suspension.note = request.note();
        suspension.createdAt = clock.instant();
        entityManager.persist(suspension);
        party.suspensions.add(suspension);
        party.updatedAt = clock.instant();
        revisions.record(Revision.SubjectType.LISTED_PARTY, id.toString(), Revision.Kind.SUSPENDED, request.reason(),
                previous, caller);
        return emitted(EventType.LISTED_PARTY_SUSPENDED, id, List.of());
    }

    public Versioned<ListedPartyView> lift(UUID id, LiftRequest request, String ifMatch, Caller caller) {
        ListedParty party = find(id);
        ListedPartyView previous = checkedCurrent(party, ifMatch);
        if (party.liftedOn != null) {
            throw new ProblemException(ProblemType.CONFLICT, "The listing was lifted on " + party.liftedOn + ".");
        }
        if (request.liftedOn().isBefore(party.listedOn)) {
            throw ProblemException.invalidField("liftedOn", "must not be before the listing (" + party.listedOn + ")");
        }
        party.liftedOn = request.liftedOn();
        party.liftedBy = request.decision().strip();
        party.updatedAt = clock.instant();
        revisions.record(Revision.SubjectType.LISTED_PARTY, id.toString(), Revision.Kind.LIFTED, request.reason(),
                previous, caller);
        return emitted(EventType.LISTED_PARTY_LIFTED, id, List.of());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<RevisionView> revisions(UUID id, PageRequest page) {
        find(id);
        return revisions.page(Revision.SubjectType.LISTED_PARTY, id.toString(), page);
    }

    /** The id a listing of this name on this list has on every installation (V16 derives it the same way). */
    static UUID idOf(PartyList list, String name) {
        try {
            String hex = HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                    .digest((list.name() + ":" + name).getBytes(StandardCharsets.UTF_8)));
            return UUID.fromString(hex.replaceFirst("(.{8})(.{4})(.{4})(.{4})(.{12})", "$1-$2-$3-$4-$5"));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every JDK", e);
        }
    }

    private static boolean overlaps(ListingSuspension s, LocalDate from, LocalDate until) {
        boolean startsBeforeItEnds = s.untilDate == null || !from.isAfter(s.untilDate);
        boolean endsAfterItStarts = until == null || !until.isBefore(s.fromDate);
        return startsBeforeItEnds && endsAfterItStarts;
    }

    private void validate(ListedPartyRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (entityManager.find(IssuingAuthority.class, request.authority()) == null) {
            errors.add(new FieldError("authority", "names no issuing authority"));
        }
        if (request.lastVerifiedOn().isAfter(LocalDate.now(clock))) {
            errors.add(new FieldError("lastVerifiedOn", "must not be after today: it is the day the sources were checked"));
        }
        if (NameForm.of(request.name()).isEmpty()) {
            errors.add(new FieldError("name", "has no letters or digits to compare"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private void apply(ListedParty party, ListedPartyRequest request) {
        party.list = request.list();
        party.authority = request.authority();
        party.listedOn = request.listedOn();
        party.announcement = request.announcement();
        party.announcementConfirmed = request.announcement() == null ? null : !Boolean.FALSE.equals(request.announcementConfirmed());
        party.announcementUrl = request.announcementUrl().strip();
        party.name = request.name().strip();
        party.nameZh = request.nameZh();
        party.aliases = request.aliases() == null ? List.of() : request.aliases().stream().map(String::strip).toList();
        party.country = request.country();
        party.address = request.address();
        party.note = request.note();
        party.sources = List.copyOf(request.sources());
        party.lastVerifiedOn = request.lastVerifiedOn();
        party.updatedAt = clock.instant();
    }

    private ListedPartyView checkedCurrent(ListedParty party, String ifMatch) {
        ListedPartyView current = ListingViews.party(party, LocalDate.now(clock));
        ETags.checkIfMatch(ifMatch, representations.etagOf(current), true, "the listing");
        return current;
    }

    /** Writes the event, then lets whatever names a party matching the listing, then or before, screen again. */
    private Versioned<ListedPartyView> emitted(EventType type, UUID id, List<String> namesBefore) {
        parties.changedInThisTransaction();
        entityManager.flush();
        ListedParty party = find(id);
        ListedPartyView view = ListingViews.party(party, LocalDate.now(clock));
        String etag = representations.etagOf(view);
        events.emit(type, SubjectType.LISTED_PARTY, id.toString(), Audience.everyone(), view, etag);
        Set<String> names = new LinkedHashSet<>(namesBefore);
        names.addAll(party.names());
        changed.fire(new ListingChanged(id, names));
        return new Versioned<>(view, etag);
    }

    private static List<String> names(ListedPartyView view) {
        List<String> names = new ArrayList<>();
        names.add(view.name());
        if (view.nameZh() != null) {
            names.add(view.nameZh());
        }
        names.addAll(view.aliases());
        return names;
    }

    private ListedParty find(UUID id) {
        return parties.findByIdOptional(id)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No listed party has id " + id + "."));
    }
}
