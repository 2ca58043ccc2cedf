package io.exportpermits.permit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.exportpermits.common.TimeOrderedIds;
import io.exportpermits.common.http.CanonicalDecimals;
import io.exportpermits.common.http.ETags;
import io.exportpermits.common.http.Versioned;
import io.exportpermits.common.paging.CreationOrder;
import io.exportpermits.common.paging.Page;
import io.exportpermits.common.paging.PageRequest;
import io.exportpermits.common.problem.FieldError;
import io.exportpermits.common.problem.ProblemException;
import io.exportpermits.common.problem.ProblemType;
import io.exportpermits.common.security.Caller;
import io.exportpermits.event.Audience;
import io.exportpermits.event.EventType;
import io.exportpermits.exporter.Exporter;
import io.exportpermits.exporter.ExporterRepository;
import io.exportpermits.exporter.ExporterStatus;
import io.exportpermits.party.PartyRepository;
import io.exportpermits.party.PartyService;
import io.exportpermits.party.api.CreatePartyRequest;
import io.exportpermits.permit.api.ApprovalRequest;
import io.exportpermits.permit.api.ClockPause;
import io.exportpermits.permit.api.ClockPauseRequest;
import io.exportpermits.permit.api.CorrectionsRequest;
import io.exportpermits.permit.api.CreatePermitRequest;
import io.exportpermits.permit.api.HistoryEntryView;
import io.exportpermits.permit.api.PartyReference;
import io.exportpermits.permit.api.PermitLineRequest;
import io.exportpermits.permit.api.PermitView;
import io.exportpermits.policy.DeterminationService;

import io.exportpermits.policy.PolicyService;
import io.exportpermits.policy.api.DeterminationItem;
import io.exportpermits.policy.api.DeterminationRequest;
import io.exportpermits.policy.api.PartyDetermination;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class PermitService {
    private static final String CHECK_CODE_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PermitRepository permits;
    private final PermitRows rows;
    private final PermitHistoryRepository history;
    private final HolidayRepository holidays;
    private final ExporterRepository exporters;
    private final PartyRepository parties;
    private final PartyService partyService;
    private final DeterminationService determinations;
    private final PolicyService controlList;
    private final PermitStatusService statuses;
    private final PermitScreenings screenings;
    private final PermitViews views;
    private final PermitAcceptance acceptance;
    private final ObjectMapper json;
    private final Clock clock;

    PermitService(PermitRepository permits, PermitRows rows, PermitHistoryRepository history,
                  HolidayRepository holidays, ExporterRepository exporters,
                  PartyRepository parties,
                  PartyService partyService, DeterminationService determinations, PolicyService controlList,
                  PermitStatusService statuses, PermitScreenings screenings, PermitViews views,
                  PermitAcceptance acceptance, ObjectMapper json, Clock clock) {
        this.acceptance = acceptance;
        this.screenings = screenings;
        this.views = views;
        this.permits = permits;
        this.rows = rows;
        this.history = history;
        this.holidays = holidays;
        this.exporters = exporters;
        this.parties = parties;
        this.partyService = partyService;
        this.determinations = determinations;
        this.controlList = controlList;
        this.statuses = statuses;
        this.json = json;
        this.clock = clock;
    }

    /** A DRAFT for the caller's exporter. Lines that need no licence that day are flagged, not refused. */
    public Versioned<PermitView> create(CreatePermitRequest request, Caller caller) {
        Exporter exporter = exporters.findByIdOptional(caller.ownExporter().orElseThrow()).orElseThrow();
        if (exporter.status != ExporterStatus.ACTIVE) {
            throw new ProblemException(ProblemType.CONFLICT, "Your exporter is suspended and may not apply for permits.");
        }
        List<FieldError> errors = new ArrayList<>();
        checkValidity(request.type(), request.requestedValidFrom(), request.requestedValidUntil(), "requestedValidUntil",
                errors);
        if (request.type() == PermitType.GENERAL && !exporter.eligibleForGeneralLicenceOn(request.requestedValidFrom())) {
            errors.add(new FieldError("type", "GENERAL needs your exporter to be eligible for general licences on "
                    + request.requestedValidFrom()));
        }
        for (int i = 0; i < request.lines().size(); i++) {
            PermitLineRequest line = request.lines().get(i);
            if (line.controlCode() == null && line.element() == null) {
                errors.add(new FieldError("lines[" + i + "]", "name the item by controlCode, or by element and form"));
            } else if (line.controlCode() != null && !controlList.controlCodeExists(line.controlCode())) {
                errors.add(new FieldError("lines[" + i + "].controlCode", "is not on the control list"));
            }
        }
        UUID consignee = party(request.consignee(), "consignee", caller, errors);
        UUID endUser = party(request.endUser(), "endUser", caller, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        List<PartyDetermination> screened = screenings.screen(parties.findById(consignee), parties.findById(endUser));
        PermitScreenings.refuseGeneralForListed(request.type(), screened, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Permit permit = new Permit();
        permit.id = UUID.randomUUID();
        permit.createdAt = clock.instant();
        permit.updatedAt = permit.createdAt;
        permit.number = String.format("EP-%d-%06d", permit.createdAt.atZone(ZoneOffset.UTC).getYear(), permits.nextNumber());
        permit.checkCode = checkCode();
        permit.exporterId = exporter.id;
        permit.type = request.type();
        permit.status = PermitStatus.DRAFT;
        permit.consigneeId = consignee;
        permit.endUserId = endUser;
        permit.endUserKind = request.endUserKind();
        permit.endUse = request.endUse().strip();
        permit.destination = request.destination();
        permit.requestedValidFrom = request.requestedValidFrom();
        permit.requestedValidUntil = request.requestedValidUntil();
        var outcomes = determinations.determine(new DeterminationRequest(request.requestedValidFrom(),
                request.destination(), request.endUse(), request.endUserKind(), request.lines().stream()
                .map(l -> new DeterminationItem(l.controlCode(), null, l.element(), l.form(), l.description(),
                        l.quantity(), l.unit(), l.value(), l.currency(), false, null)).toList(), null, null)).items();
        for (int i = 0; i < request.lines().size(); i++) {
            PermitLineRequest requested = request.lines().get(i);
            PermitLine line = new PermitLine();
            line.id = UUID.randomUUID();
            line.permit = permit;
            line.lineNumber = i + 1;
            line.controlCode = requested.controlCode();
            line.element = requested.element();
            line.form = requested.form() == null ? null : requested.form().name();
            line.description = requested.description().strip();
            line.quantity = requested.quantity();
            line.unit = requested.unit();
            line.value = requested.value();
            line.currency = requested.currency();
            line.licenceOutcome = outcomes.get(i).outcome().name();
            line.shippedQuantity = BigDecimal.ZERO;
            permit.lines.add(line);
        }
        screenings.record(permit, screened, ScreeningTrigger.CREATE, null, caller);
        permits.persist(permit);
        history(permit, "create", null, null, caller, Map.of("number", permit.number));
        permits.flush();
        statuses.emit(permit, EventType.PERMIT_CREATED);
        return views.versioned(permit, caller);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<PermitView> get(String number, Caller caller) {
        Optional<PermitRows.Found> found = rows.byNumber(number);
        Permit permit = visible(found.map(PermitRows.Found::permit), number, caller);
        return views.versioned(permit, found.get().parties(), caller);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<HistoryEntryView> history(String number, PageRequest page, Caller caller) {
        Permit permit = visible(number, caller);
        List<HistoryEntryView> fetched = history.page(permit.id, CreationOrder.after(page.cursor), page.limit + 1)
                .stream().map(views::history).toList();
        return Page.fromLookahead(fetched, page.limit, h -> CreationOrder.cursor(h.occurredAt(), h.id()));
    }

    /** Every action but approval: check who, state and version, then move along the lifecycle table. */
    public Versioned<PermitView> act(String number, PermitAction action, String reason, String ifMatch, Caller caller) {
        Permit permit = checkedForAction(number, action, reason, ifMatch, caller);
        Map<String, Object> changes = new LinkedHashMap<>();
        Instant now = clock.instant();
        switch (action) {
            case SUBMIT -> {
                Exporter exporter = exporters.findById(permit.exporterId);
                if (exporter.status != ExporterStatus.ACTIVE) {
                    throw new ProblemException(ProblemType.CONFLICT, "Your exporter is suspended and may not submit.");
                }
                permit.submittedAt = now;
                permit.receivedOn = today();
                // As it will stand if the application counts as accepted on receipt; acceptance sets it anew.
                permit.decisionDueOn = holidays.workingDays().add(today(), StatutoryClocks.WORKING_DAYS);
                permit.corrections = null;
                changes.put("receivedOn", permit.receivedOn);
                screenings.record(permit, screenings.screen(parties.findById(permit.consigneeId),
                        parties.findById(permit.endUserId)), ScreeningTrigger.SUBMIT, null, caller);
                changes.put("submittedAt", now);
                changes.put("decisionDueOn", permit.decisionDueOn);
            }
            case ACCEPT, START_REVIEW -> acceptance.accept(permit, changes);
            case REQUEST_INFORMATION -> pauseClock(permit, ClockPause.INFORMATION_REQUEST, changes);
            case RESPOND, RESUME_CLOCK -> resumeClock(permit, changes);
            case REFER_TO_STATE_COUNCIL -> {
                permit.referredToStateCouncilOn = today();
                changes.put("referredToStateCouncilOn", permit.referredToStateCouncilOn);
            }
            case REFUSE -> {
                permit.decisionReason = reason.strip();
                permit.decidedAt = now;
                changes.put("decidedAt", now);
            }
            default -> {
            }
        }
        return transition(permit, action, reason, changes, caller);
    }

    /** The authority's correction notice; the application goes back to the exporter (see {@link PermitAcceptance}). */
    public Versioned<PermitView> requestCorrections(String number, CorrectionsRequest request, String ifMatch,
                                                    Caller caller) {
        Permit permit = checkedForAction(number, PermitAction.REQUEST_CORRECTIONS, request.reason(), ifMatch, caller);
        Map<String, Object> changes = new LinkedHashMap<>();
        acceptance.requestCorrections(permit, request, changes);
        return transition(permit, PermitAction.REQUEST_CORRECTIONS, request.reason(), changes, caller);
    }

    /** A period the 45 working days do not count: technical identification, expert consultation, on-site checks. */
    public Versioned<PermitView> pauseClock(String number, ClockPauseRequest request, String ifMatch, Caller caller) {
        if (request.pause() == ClockPause.INFORMATION_REQUEST) {
            throw ProblemException.invalidField("pause", "an information request pauses the clock by itself: "
                    + "use request-information");
        }
        Permit permit = checkedForAction(number, PermitAction.PAUSE_CLOCK, request.reason(), ifMatch, caller);
        Map<String, Object> changes = new LinkedHashMap<>();
        pauseClock(permit, request.pause(), changes);
        return transition(permit, PermitAction.PAUSE_CLOCK, request.reason(), changes, caller);
    }

    private void pauseClock(Permit permit, ClockPause why, Map<String, Object> changes) {
        permit.clockPausedSince = today();
        permit.clockPauseReason = why;
        changes.put("clockPausedSince", permit.clockPausedSince);
        changes.put("clockPause", why);
    }

    /** The paused working days move the due day on by as many. */
    private void resumeClock(Permit permit, Map<String, Object> changes) {
        WorkingDays calendar = holidays.workingDays();
        int paused = calendar.between(permit.clockPausedSince, today());
        permit.clockPausedWorkingDays += paused;
        permit.decisionDueOn = calendar.add(permit.decisionDueOn, paused);
        permit.clockPausedSince = null;
        permit.clockPauseReason = null;
        changes.put("decisionDueOn", permit.decisionDueOn);
    }

    private static String clockState(Permit permit) {
        return permit.clockPauseReason == null ? "" : " (its clock paused for " + permit.clockPauseReason + ")";
    }

    /** Issues the licence: validity within the type's maximum, quantities at most those applied for. */
    public Versioned<PermitView> approve(String number, ApprovalRequest request, String ifMatch, Caller caller) {
        Permit permit = checkedForAction(number, PermitAction.APPROVE, request.reason(), ifMatch, caller);
        List<FieldError> errors = new ArrayList<>();
        checkValidity(permit.type, request.validFrom(), request.validUntil(), "validUntil", errors);
        Map<Integer, BigDecimal> reduced = new LinkedHashMap<>();
        List<ApprovalRequest.ApprovedLine> lines = request.lines() == null ? List.of() : request.lines();
        for (int i = 0; i < lines.size(); i++) {
            var approved = lines.get(i);
            var line = permit.lines.stream().filter(l -> l.lineNumber == approved.lineNumber()).findFirst();
            if (line.isEmpty()) {
                errors.add(new FieldError("lines[" + i + "].lineNumber", "names no line of this permit"));
            } else if (approved.approvedQuantity().compareTo(line.get().quantity) > 0) {
                errors.add(new FieldError("lines[" + i + "].approvedQuantity",
                        "must not exceed the " + CanonicalDecimals.text(line.get().quantity) + " applied for"));
            } else {
                reduced.put(approved.lineNumber(), approved.approvedQuantity());
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        List<PartyDetermination> screened = screenings.screen(parties.findById(permit.consigneeId),
                parties.findById(permit.endUserId));
        PermitScreenings.checkApproval(permit, screened, request.controlListException());
        screenings.record(permit, screened, ScreeningTrigger.APPROVE, request.controlListException(), caller);
        Map<String, Object> changes = new LinkedHashMap<>();
        permit.validFrom = request.validFrom();
        permit.validUntil = request.validUntil();
        permit.conditions = request.conditions();
        permit.decisionReason = request.reason();
        permit.decidedAt = clock.instant();
        for (PermitLine line : permit.lines) {
            line.approvedQuantity = reduced.getOrDefault(line.lineNumber, line.quantity);
            changes.put("lines[" + line.lineNumber + "].approvedQuantity", line.approvedQuantity);
        }
        changes.put("validFrom", permit.validFrom);
        changes.put("validUntil", permit.validUntil);
        return transition(permit, PermitAction.APPROVE, request.reason(), changes, caller);
    }

    private String json(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Permit checkedForAction(String number, PermitAction action, String reason, String ifMatch, Caller caller) {
        Permit permit = visible(number, caller);
        PermitStatus current = permit.statusOn(today());
        if (!action.allowed(current, caller.role()) || !action.applies(permit)) {
            List<String> allowed = PermitAction.allowedFor(permit, current, caller.role()).stream()
                    .map(a -> a.path).toList();
            throw ProblemException.invalidTransition("Permit " + number + " is " + current + clockState(permit)
                    + ": it cannot " + action.path + ". " + (allowed.isEmpty() ? "Your key can take no action on it now."
                    : "Your key can: " + String.join(", ", allowed) + "."), allowed);
        }
        ETags.checkIfMatch(ifMatch, ETags.of(permit.version), true, "the permit");
        if (action.reasonRequired && (reason == null || reason.isBlank())) {
            throw ProblemException.invalidField("reason", "is required to " + action.path);
        }
        return permit;
    }

    private Versioned<PermitView> transition(Permit permit, PermitAction action, String reason,
                                            Map<String, Object> changes, Caller caller) {
        PermitStatus from = permit.status;
        permit.status = action.target(from);
        permit.updatedAt = clock.instant();
        history(permit, action.path, from, reason, caller, changes);
        permits.flush();
        statuses.emit(permit, action.event);
        return views.versioned(permit, caller);
    }

    /**
     * Records a change to an application that is not a step of its lifecycle (a document added or
     * removed): an entry in its history, and a new version, so that its ETag changes with it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordChange(Permit permit, String action, Map<String, Object> changes, Caller caller) {
        permit.updatedAt = clock.instant();
        history(permit, action, permit.status, null, caller, changes);
        permits.flush();
    }

    void history(Permit permit, String action, PermitStatus from, String reason, Caller caller,
                 Map<String, Object> changes) {
        PermitHistoryEntry entry = new PermitHistoryEntry();
        entry.id = TimeOrderedIds.next();
        entry.permitId = permit.id;
        entry.occurredAt = clock.instant();
        entry.actorKeyId = caller.keyId();
        entry.actorRole = caller.role().name();
        entry.action = action;
        entry.fromStatus = from == null ? null : from.name();
        entry.toStatus = permit.status.name();
        entry.reason = reason == null || reason.isBlank() ? null : reason.strip();
        entry.changes = changes.isEmpty() ? null : json(changes);
        history.persist(entry);
    }

    /** Another tenant's permit answers exactly like a missing one. Reads start no transaction of their own. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Permit visible(String number, Caller caller) {
        return visible(permits.findByNumber(number), number, caller);
    }

    /** The permit, locked until the transaction ends, so that concurrent changes to it queue up. */
    public Permit lockedVisible(String number, Caller caller) {
        Optional<Permit> locked = permits.find("number", number).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
        locked.ifPresent(p -> p.lines.size());
        return visible(locked, number, caller);
    }

    static Permit visible(Optional<Permit> found, String number, Caller caller) {
        return found
                .filter(p -> Audience.permit(p.exporterId, p.consigneeId, p.endUserId).includes(caller))
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No permit has number " + number + "."));
    }

    private UUID party(PartyReference reference, String field, Caller caller, List<FieldError> errors) {
        if (!reference.inline()) {
            boolean visible = parties.findByIdOptional(reference.id())
                    .filter(p -> caller.maySeeParty(p.id, p.addedByExporterId)).isPresent();
            if (!visible) {
                errors.add(new FieldError(field + ".id", "names no party you can see"));
            }
            return reference.id();
        }
        return partyService.add(new CreatePartyRequest(reference.name(), reference.country(), reference.identifier(),
                        reference.lei()),
                caller).body().id();
    }

    private static void checkValidity(PermitType type, LocalDate from, LocalDate until, String field,
                                      List<FieldError> errors) {
        if (until.isBefore(from)) {
            errors.add(new FieldError(field, "must not be before the start of validity"));
        } else if (until.isAfter(from.plusMonths(type.maxValidityMonths).minusDays(1))) {
            errors.add(new FieldError(field, "a " + type + " licence is valid for at most " + type.maxValidityMonths
                    + " months: until " + from.plusMonths(type.maxValidityMonths).minusDays(1) + " at the latest"));
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String checkCode() {
        StringBuilder code = new StringBuilder(10);
        for (int i = 0; i < 10; i++) {
            code.append(CHECK_CODE_ALPHABET.charAt(RANDOM.nextInt(CHECK_CODE_ALPHABET.length())));
        }
        return code.toString();
    }
}
