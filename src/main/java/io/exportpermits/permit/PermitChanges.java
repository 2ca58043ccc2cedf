package io.exportpermits.permit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.exportpermits.common.problem.FieldError;
import io.exportpermits.common.problem.ProblemException;
import io.exportpermits.common.problem.ProblemType;
import io.exportpermits.common.security.Caller;
import io.exportpermits.event.EventType;
import io.exportpermits.party.PartyRepository;
import io.exportpermits.permit.api.ChangeRequest;
import io.exportpermits.permit.api.PermitChangeView;
import io.exportpermits.policy.api.PartyDetermination;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Changes to an issued licence (Art. 17 of the 2024 Regulations): a non-key element (the consignee, the
 * end of validity, quantities) by request, decided within 20 working days; the item, the destination, the
 * end user or the end use only by a new application.
 */
@ApplicationScoped
@Transactional
public class PermitChanges {
    static final int DECISION_WORKING_DAYS = 20;

    private final PermitService permits;
    private final PermitChangeRepository changes;
    private final PartyRepository parties;
    private final PermitScreenings screenings;
    private final PermitStatusService statuses;
    private final HolidayRepository holidays;
    private final ObjectMapper json;
    private final Clock clock;

    PermitChanges(PermitService permits, PermitChangeRepository changes, PartyRepository parties,
                  PermitScreenings screenings, PermitStatusService statuses, HolidayRepository holidays,
                  ObjectMapper json, Clock clock) {
        this.permits = permits;
        this.changes = changes;
        this.parties = parties;
        this.screenings = screenings;
        this.statuses = statuses;
        this.holidays = holidays;
        this.json = json;
        this.clock = clock;
    }

    public PermitChangeView request(String number, ChangeRequest request, Caller caller) {
        Permit permit = permits.lockedVisible(number, caller);
        List<String> key = new ArrayList<>();
        addIf(key, request.items() != null, "items");
        addIf(key, request.destination() != null, "destination");
        addIf(key, request.endUserId() != null, "end user");
        addIf(key, request.endUse() != null, "end use");
        if (!key.isEmpty()) {
            throw new ProblemException(ProblemType.CONFLICT, "A change of " + String.join(", ", key) + " is a change "
                    + "of a key element of the licence and needs a new application (Art. 17); only the consignee, the "
                    + "end of validity and quantities can be changed by request.");
        }
        PermitStatus status = permit.statusOn(today());
        if (status != PermitStatus.APPROVED) {
            throw new ProblemException(ProblemType.CONFLICT, "Permit " + number + " is " + status
                    + ": only a licence in force can be changed.");
        }
        check(permit, request, caller);
        changes.pending(permit.id).ifPresent(pending -> {
            throw new ProblemException(ProblemType.CONFLICT, "Change request " + pending.id + " of permit " + number
                    + " is pending until " + pending.decisionDueOn + ": one is decided before the next is made.");
        });
        PermitChange change = new PermitChange();
        change.id = UUID.randomUUID();
        change.permitId = permit.id;
        change.status = PermitChange.Status.PENDING;
        change.changes = write(asked(request));
        change.reason = request.reason().strip();
        change.requestedAt = clock.instant();
        change.requestedByKeyId = caller.keyId();
        change.decisionDueOn = holidays.workingDays().add(today(), DECISION_WORKING_DAYS);
        changes.persist(change);
        permit.updatedAt = clock.instant();
        permits.history(permit, "request-change", permit.status, change.reason, caller,
                Map.of("changeId", change.id, "decisionDueOn", change.decisionDueOn));
        statuses.emit(permit, EventType.PERMIT_CHANGE_REQUESTED);
        return view(number, change);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PermitChangeView> list(String number, Caller caller) {
        Permit permit = permits.visible(number, caller);
        return changes.ofPermit(permit.id).stream().map(c -> view(number, c)).toList();
    }

    /** Applies the change to the licence, checked again against it as it is now, its consignee screened. */
    public PermitChangeView approve(String number, UUID id, String reason, Caller caller) {
        Permit permit = permits.lockedVisible(number, caller);
        PermitChange change = pending(permit, number, id);
        ChangeRequest asked = read(change.changes);
        check(permit, asked, caller);
        Map<String, Object> applied = new LinkedHashMap<>();
        if (asked.consigneeId() != null) {
            List<PartyDetermination> screened = screenings.screen(parties.findById(asked.consigneeId()),
                    parties.findById(permit.endUserId));
            PermitScreenings.checkApproval(permit, screened, null);
            permit.consigneeId = asked.consigneeId();
            screenings.record(permit, screened, ScreeningTrigger.APPROVE, null, caller);
            applied.put("consigneeId", permit.consigneeId);
        }
        if (asked.validUntil() != null) {
            permit.validUntil = asked.validUntil();
            applied.put("validUntil", permit.validUntil);
        }
        for (ChangeRequest.LineQuantity quantity : asked.lines() == null ? List.<ChangeRequest.LineQuantity>of()
                : asked.lines()) {
            PermitLine line = permit.lines.stream().filter(l -> l.lineNumber == quantity.lineNumber()).findFirst()
                    .orElseThrow();
            line.approvedQuantity = quantity.quantity();
            applied.put("lines[" + line.lineNumber + "].approvedQuantity", line.approvedQuantity);
        }
        return decide(permit, change, PermitChange.Status.APPROVED, reason, applied, caller);
    }

    public PermitChangeView refuse(String number, UUID id, String reason, Caller caller) {
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalidField("reason", "is required to refuse a change");
        }
        Permit permit = permits.lockedVisible(number, caller);
        return decide(permit, pending(permit, number, id), PermitChange.Status.REFUSED, reason, Map.of(), caller);
    }

    private PermitChangeView decide(Permit permit, PermitChange change, PermitChange.Status decision, String reason,
                                    Map<String, Object> applied, Caller caller) {
        change.status = decision;
        change.decidedAt = clock.instant();
        change.decidedByKeyId = caller.keyId();
        change.decisionReason = reason == null || reason.isBlank() ? null : reason.strip();
        permit.updatedAt = clock.instant();
        Map<String, Object> recorded = new LinkedHashMap<>(applied);
        recorded.put("changeId", change.id);
        boolean approved = decision == PermitChange.Status.APPROVED;
        permits.history(permit, approved ? "approve-change" : "refuse-change", permit.status, change.decisionReason,
                caller, recorded);
        statuses.emit(permit, approved ? EventType.PERMIT_CHANGE_APPROVED : EventType.PERMIT_CHANGE_REFUSED);
        return view(permit.number, change);
    }

    private PermitChange pending(Permit permit, String number, UUID id) {
        PermitChange change = changes.ofPermit(permit.id, id).orElseThrow(() -> new ProblemException(
                ProblemType.NOT_FOUND, "Permit " + number + " has no change request " + id + "."));
        if (change.status != PermitChange.Status.PENDING) {
            throw new ProblemException(ProblemType.CONFLICT, "Change request " + id + " was " + change.status
                    + " already.");
        }
        return change;
    }

    /** Every field of the request that does not fit the licence, named as the client sent it. */
    private void check(Permit permit, ChangeRequest request, Caller caller) {
        List<FieldError> errors = new ArrayList<>();
        if (request.consigneeId() == null && request.validUntil() == null
                && (request.lines() == null || request.lines().isEmpty())) {
            errors.add(new FieldError("consigneeId", "name at least one change: consigneeId, validUntil or lines"));
        }
        if (request.consigneeId() != null && parties.findByIdOptional(request.consigneeId())
                .filter(p -> caller.isAuthority() || caller.maySeeParty(p.id, p.addedByExporterId)).isEmpty()) {
            errors.add(new FieldError("consigneeId", "names no party you can see"));
        }
        if (request.validUntil() != null) {
            LocalDate latest = permit.validFrom.plusMonths(permit.type.maxValidityMonths).minusDays(1);
            if (request.validUntil().isBefore(today()) || request.validUntil().isAfter(latest)) {
                errors.add(new FieldError("validUntil", "must be from today until " + latest + ", the most a "
                        + permit.type + " licence issued from " + permit.validFrom + " may run"));
            }
        }
        List<ChangeRequest.LineQuantity> lines = request.lines() == null ? List.of() : request.lines();
        for (int i = 0; i < lines.size(); i++) {
            ChangeRequest.LineQuantity asked = lines.get(i);
            Optional<PermitLine> line = permit.lines.stream().filter(l -> l.lineNumber == asked.lineNumber()).findFirst();
            if (line.isEmpty()) {
                errors.add(new FieldError("lines[" + i + "].lineNumber", "names no line of this permit"));
            } else if (asked.quantity().compareTo(line.get().shippedQuantity) < 0) {
                errors.add(new FieldError("lines[" + i + "].quantity", "must not be below the "
                        + line.get().shippedQuantity.toPlainString() + " already shipped"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static Map<String, Object> asked(ChangeRequest request) {
        Map<String, Object> asked = new LinkedHashMap<>();
        putIf(asked, "consigneeId", request.consigneeId());
        putIf(asked, "validUntil", request.validUntil());
        putIf(asked, "lines", request.lines());
        return asked;
    }

    private PermitChangeView view(String number, PermitChange c) {
        try {
            return new PermitChangeView(c.id, number, c.status.name(), json.readTree(c.changes), c.reason, c.requestedAt, c.decisionDueOn,
                    c.status == PermitChange.Status.PENDING && today().isAfter(c.decisionDueOn), c.decidedAt,
                    c.decisionReason);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored change is not JSON", e);
        }
    }

    private ChangeRequest read(String stored) {
        try {
            return json.readValue(stored, ChangeRequest.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored change is not JSON", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void addIf(List<String> names, boolean present, String name) {
        if (present) {
            names.add(name);
        }
    }

    private static void putIf(Map<String, Object> map, String name, Object value) {
        if (value != null) {
            map.put(name, value);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
