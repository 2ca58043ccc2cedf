package io.exportpermits.permit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.exportpermits.common.problem.FieldError;
import io.exportpermits.common.problem.ProblemException;
import io.exportpermits.common.problem.ProblemType;
import io.exportpermits.common.security.Caller;
import io.exportpermits.event.EventType;
import io.exportpermits.listing.ListingChanged;
import io.exportpermits.listing.ScreeningService;
import io.exportpermits.listing.api.ScreeningRequest;
import io.exportpermits.party.Party;
import io.exportpermits.party.PartyRepository;
import io.exportpermits.permit.api.PermitScreeningView;
import io.exportpermits.policy.DeterminationService;
import io.exportpermits.policy.api.PartyDetermination;
import io.exportpermits.policy.api.PartyDetermination.Outcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Screens the consignee and end user of permits against the lists: at creation (a GENERAL permit may
 * not name a listed party), at submission, at approval (a control-listed party needs an authority's
 * exception), and whenever a listing that may name one of them changes, so that integrators learn of
 * it from a `permit.screening_changed` event instead of re-checking every permit.
 */
@ApplicationScoped
class PermitScreenings {
    /** Permits a listing still matters to: open applications and issued licences. */
    static final List<PermitStatus> SCREENED = List.of(PermitStatus.DRAFT, PermitStatus.SUBMITTED,
            PermitStatus.UNDER_REVIEW, PermitStatus.INFORMATION_REQUESTED, PermitStatus.APPROVED, PermitStatus.SUSPENDED);
    private static final TypeReference<List<PartyDetermination>> PARTIES = new TypeReference<>() {
    };

    private final DeterminationService determinations;
    private final ScreeningService screenings;
    private final PermitRepository permits;
    private final PartyRepository parties;
    private final PermitStatusService statuses;
    private final ObjectMapper json;
    private final Clock clock;

    PermitScreenings(DeterminationService determinations, ScreeningService screenings, PermitRepository permits,
                     PartyRepository parties, PermitStatusService statuses, ObjectMapper json, Clock clock) {
        this.determinations = determinations;
        this.screenings = screenings;
        this.permits = permits;
        this.parties = parties;
        this.statuses = statuses;
        this.json = json;
        this.clock = clock;
    }

    /** The parties screened as of today, consignee first. */
    List<PartyDetermination> screen(Party consignee, Party endUser) {
        return determinations.screenParties(subject(consignee), subject(endUser), LocalDate.now(clock));
    }

    /** A GENERAL licence is impossible for a party on either list: refused at creation, naming the party's field. */
    static void refuseGeneralForListed(PermitType type, List<PartyDetermination> screened, List<FieldError> errors) {
        if (type != PermitType.GENERAL) {
            return;
        }
        for (PartyDetermination party : screened) {
            if (party.outcome() == Outcome.WATCH_LISTED || party.outcome() == Outcome.CONTROL_LISTED) {
                errors.add(new FieldError(party.role() == PartyDetermination.Role.CONSIGNEE ? "consignee" : "endUser",
                        "is on MOFCOM's " + (party.outcome() == Outcome.CONTROL_LISTED ? "control" : "watch")
                                + " list, so no GENERAL licence is possible: " + party.reason()));
            }
        }
    }

    /**
     * Approval of a permit naming a control-listed party needs the authority's exception, and a GENERAL
     * permit naming a listed party cannot be approved at all (it became listed after creation).
     */
    static void checkApproval(Permit permit, List<PartyDetermination> screened, String exception) {
        Outcome outcome = PartyDetermination.mostSevere(screened);
        String reasons = screened.stream().filter(p -> p.outcome() == outcome).map(PartyDetermination::reason)
                .collect(Collectors.joining(" "));
        if (permit.type == PermitType.GENERAL && (outcome == Outcome.CONTROL_LISTED || outcome == Outcome.WATCH_LISTED)) {
            throw new ProblemException(ProblemType.CONFLICT, "A GENERAL licence cannot be issued for a listed party. "
                    + reasons);
        }
        if (outcome == Outcome.CONTROL_LISTED && (exception == null || exception.isBlank())) {
            throw new ProblemException(ProblemType.CONFLICT, reasons + " To approve all the same, record the exception: "
                    + "send `controlListException` with the reason.");
        }
    }

    /** Keeps the screening on the permit; an exception is kept only where a control listing needs one. */
    void record(Permit permit, List<PartyDetermination> screened, ScreeningTrigger trigger, String exception,
                Caller caller) {
        PermitScreening screening = permit.screening == null ? new PermitScreening() : permit.screening;
        screening.outcome = PartyDetermination.mostSevere(screened);
        screening.trigger = trigger;
        screening.screenedAt = clock.instant();
        try {
            screening.parties = json.writeValueAsString(screened);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot keep a screening", e);
        }
        if (exception != null && !exception.isBlank() && screening.outcome == Outcome.CONTROL_LISTED) {
            screening.exceptionReason = exception.strip();
            screening.exceptionKeyId = caller.keyId();
            screening.exceptionAt = screening.screenedAt;
        }
        permit.screening = screening;
    }

    PermitScreeningView view(PermitScreening screening) {
        if (screening == null || screening.outcome == null) {
            return null;
        }
        return new PermitScreeningView(screening.outcome, screening.trigger, screening.screenedAt, parties(screening),
                screening.exceptionReason == null ? null : new PermitScreeningView.ControlListException(
                        screening.exceptionReason, screening.exceptionKeyId, screening.exceptionAt));
    }

    /**
     * Screens again every open or issued permit naming a party that may be the changed listing (by its
     * names before or after the change), and announces those whose screening changed.
     */
    void onListingChanged(@Observes ListingChanged change) {
        Predicate<String> mayMatch = screenings.mayMatchAny(change.names());
        List<UUID> matching = parties.getEntityManager()
                .createQuery("select p.id, p.name from Party p", Object[].class).getResultStream()
                .filter(row -> mayMatch.test((String) row[1])).map(row -> (UUID) row[0]).toList();
        if (matching.isEmpty()) {
            return;
        }
        List<Permit> affected = permits.list("(consigneeId in ?1 or endUserId in ?1) and status in ?2", matching,
                SCREENED);
        Map<UUID, Party> named = parties.getSession().findMultiple(Party.class, affected.stream()
                        .flatMap(p -> Stream.of(p.consigneeId, p.endUserId)).distinct().toList()).stream()
                .collect(Collectors.toMap(p -> p.id, Function.identity()));
        for (Permit permit : affected) {
            List<PartyDetermination> screened = screen(named.get(permit.consigneeId), named.get(permit.endUserId));
            if (permit.screening != null && signature(parties(permit.screening)).equals(signature(screened))) {
                continue;
            }
            record(permit, screened, ScreeningTrigger.LISTING_CHANGE, null, null);
            permit.updatedAt = clock.instant();
            permits.flush();
            statuses.emit(permit, EventType.PERMIT_SCREENING_CHANGED);
        }
    }

    /** What a screening found, without when: outcome, and each candidate listing with its standing. */
    private static String signature(List<PartyDetermination> screened) {
        return screened.stream().map(p -> p.role() + ":" + p.outcome() + p.candidates().stream()
                .map(c -> c.listedPartyId() + "/" + c.standing().status()).sorted().toList()).collect(Collectors.joining(";"));
    }

    private List<PartyDetermination> parties(PermitScreening screening) {
        try {
            return screening.parties == null ? List.of() : json.readValue(screening.parties, PARTIES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored screening is not JSON", e);
        }
    }

    private static ScreeningRequest.Subject subject(Party party) {
        return new ScreeningRequest.Subject(party.name, party.country, null);
    }
}
