package io.exportpermits.permit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.exportpermits.common.http.ETags;
import io.exportpermits.common.http.Versioned;
import io.exportpermits.common.security.Caller;
import io.exportpermits.party.Party;
import io.exportpermits.party.PartyRepository;
import io.exportpermits.permit.api.CorrectionsRequest;
import io.exportpermits.permit.api.HistoryEntryView;
import io.exportpermits.permit.api.HistoryAction;
import io.exportpermits.permit.api.PermitView;
import io.exportpermits.permit.api.RequiredDocument;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Permits and their history as their reader may see them today: entity to wire mapping. */
@ApplicationScoped
class PermitViews {
    private final PartyRepository parties;
    private final HolidayRepository holidays;
    private final PermitScreenings screenings;
    private final ApplicationChecklist checklist;
    private final ObjectMapper json;
    private final Clock clock;

    PermitViews(PartyRepository parties, HolidayRepository holidays, PermitScreenings screenings,
                ApplicationChecklist checklist, ObjectMapper json, Clock clock) {
        this.checklist = checklist;
        this.parties = parties;
        this.holidays = holidays;
        this.screenings = screenings;
        this.json = json;
        this.clock = clock;
    }

    /** A permit as the list shows it (without the document checklist) on {@code today} by {@code calendar}. */
    PermitView listed(Permit permit, Map<UUID, Party> named, WorkingDays calendar, LocalDate today, Caller caller) {
        return view(permit, named, calendar, today, null, caller);
    }

    Versioned<PermitView> versioned(Permit permit, Caller caller) {
        return versioned(permit, partiesOf(permit), caller);
    }

    Versioned<PermitView> versioned(Permit permit, Map<UUID, Party> parties, Caller caller) {
        List<RequiredDocument> required = insider(permit.exporterId, caller) ? checklist.of(permit) : null;
        return new Versioned<>(view(permit, parties, holidays.workingDays(), today(), required, caller),
                ETags.of(permit.version));
    }

    private Map<UUID, Party> partiesOf(Permit permit) {
        List<UUID> ids = Stream.of(permit.consigneeId, permit.endUserId).distinct().toList();
        // Loaded by id (from the session when already there), without a query to translate.
        return parties.getSession().findMultiple(Party.class, ids).stream()
                .collect(Collectors.toMap(p -> p.id, Function.identity()));
    }

    private PermitView view(Permit p, Map<UUID, Party> named, WorkingDays calendar, LocalDate today,
                            List<RequiredDocument> required, Caller caller) {
        PermitStatus status = p.statusOn(today);
        boolean insider = insider(p.exporterId, caller);
        return new PermitView(p.number, insider ? p.checkCode : null, p.type, status, p.exporterId,
                summary(named.get(p.consigneeId)), summary(named.get(p.endUserId)), p.endUserKind, p.endUse, p.destination,
                new PermitView.Period(p.requestedValidFrom, p.requestedValidUntil),
                p.validFrom == null ? null : new PermitView.Period(p.validFrom, p.validUntil),
                p.lines.stream().map(PermitViews::line).toList(), StatutoryClocks.of(p, calendar, today), p.conditions, p.decisionReason,
                p.submittedAt, p.decidedAt, screenings.view(p.screening), required,
                insider && p.status == PermitStatus.CORRECTIONS_REQUESTED ? corrections(p) : null, caller.isAnonymous() ? List.of()
                        : PermitAction.allowedFor(p, status, caller.role()).stream().map(PermitAction::contractName)
                        .toList(),
                p.createdAt, p.updatedAt);
    }

    /** Whether the caller sees a permit of {@code exporterId} as its exporter or an authority does. */
    static boolean insider(UUID exporterId, Caller caller) {
        return caller.isAuthority() || caller.ownExporter().map(exporterId::equals).orElse(false);
    }

    private List<CorrectionsRequest.Correction> corrections(Permit p) {
        try {
            return json.readValue(p.corrections, new TypeReference<List<CorrectionsRequest.Correction>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored corrections are not JSON", e);
        }
    }

    private static PermitView.PartySummary summary(Party party) {
        return new PermitView.PartySummary(party.id, party.name, party.country);
    }

    private static PermitView.Line line(PermitLine l) {
        return new PermitView.Line(l.lineNumber, l.controlCode, l.element, l.form, l.description, l.quantity, l.unit,
                l.value, l.currency, l.licenceOutcome, l.approvedQuantity, l.shippedQuantity,
                l.approvedQuantity == null ? null : l.approvedQuantity.subtract(l.shippedQuantity));
    }

    HistoryEntryView history(PermitHistoryEntry h) {
        try {
            return new HistoryEntryView(h.id, h.occurredAt, h.actorKeyId, h.actorRole, HistoryAction.recorded(h.action),
                    h.fromStatus, h.toStatus,
                    h.reason, h.changes == null ? null : json.readTree(h.changes));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored history entry is not JSON", e);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
