package io.exportpermits.permit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.exportpermits.common.TimeOrderedIds;
import io.exportpermits.common.http.CanonicalDecimals;
import io.exportpermits.common.paging.CreationOrder;
import io.exportpermits.common.paging.Page;
import io.exportpermits.common.paging.PageRequest;
import io.exportpermits.common.problem.FieldError;
import io.exportpermits.common.problem.ProblemException;
import io.exportpermits.common.problem.ProblemType;
import io.exportpermits.common.security.Caller;
import io.exportpermits.event.EventType;
import io.exportpermits.permit.api.ShipmentRequest;
import io.exportpermits.permit.api.ShipmentView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shipments against a permit's quantities. The permit row is locked while remaining quantities are
 * checked and decremented, so concurrent reports queue up and the sum never exceeds what was approved
 * (the database's check constraint is the last line of defence).
 */
@ApplicationScoped
@Transactional
public class ShipmentService {
    /** A recorded shipment, and whether this answer replays the first report of its batch. */
    public record Recorded(boolean replayed, ShipmentView shipment) {
    }

    private final PermitService permits;
    private final ShipmentWrites writes;
    private final ShipmentRepository shipments;
    private final PermitStatusService statuses;
    private final ObjectMapper json;
    private final Clock clock;

    ShipmentService(PermitService permits, ShipmentWrites writes, ShipmentRepository shipments,
                    PermitStatusService statuses, ObjectMapper json, Clock clock) {
        this.permits = permits;
        this.writes = writes;
        this.statuses = statuses;
        this.shipments = shipments;
        this.json = json;
        this.clock = clock;
    }

    public Recorded record(String number, ShipmentRequest request, Caller caller) {
        var locked = writes.lock(number, request.batchId());
        Permit permit = PermitService.visible(locked.map(ShipmentWrites.Locked::permit), number, caller);
        LocalDate shippedOn = request.shippedOn() != null ? request.shippedOn() : LocalDate.now(clock);
        if (locked.get().earlierAnswer().isPresent()) {
            return replay(read(locked.get().earlierAnswer().get()), request, shippedOn);
        }
        PermitStatus status = permit.statusOn(LocalDate.now(clock));
        if (status != PermitStatus.APPROVED) {
            throw new ProblemException(ProblemType.CONFLICT, "Permit " + number + " is " + status
                    + ": only an issued, valid permit can be shipped against.");
        }
        if (shippedOn.isBefore(permit.validFrom) || shippedOn.isAfter(permit.validUntil)) {
            throw ProblemException.invalidField("shippedOn", "must be within the permit's validity, " + permit.validFrom
                    + " to " + permit.validUntil);
        }
        Map<Integer, PermitLine> lines = new LinkedHashMap<>();
        permit.lines.forEach(l -> lines.put(l.lineNumber, l));
        checkLines(request, lines);

        Instant reportedAt = clock.instant();
        List<ShipmentView.Line> shipped = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        List<BigDecimal> quantities = new ArrayList<>();
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("batchId", request.batchId());
        for (ShipmentRequest.Line requested : request.lines()) {
            PermitLine line = lines.get(requested.lineNumber());
            line.shippedQuantity = line.shippedQuantity.add(requested.quantity());
            BigDecimal remaining = line.approvedQuantity.subtract(line.shippedQuantity);
            shipped.add(new ShipmentView.Line(line.lineNumber, requested.quantity(), remaining));
            changes.put("lines[" + line.lineNumber + "].shippedQuantity", line.shippedQuantity);
            lineNumbers.add(line.lineNumber);
            quantities.add(requested.quantity());
        }
        PermitStatus before = permit.status;
        if (permit.lines.stream().allMatch(l -> l.shippedQuantity.compareTo(l.approvedQuantity) >= 0)) {
            permit.status = PermitStatus.EXHAUSTED;
        }
        permit.updatedAt = reportedAt;
        permit.version++; // as the statement below does: the status tag moves
        ShipmentView view = new ShipmentView(request.batchId(), permit.number, shippedOn, reportedAt, shipped,
                permit.status);
        boolean recorded = writes.record(new ShipmentWrites.Report(TimeOrderedIds.next(), permit, request.batchId(),
                shippedOn, reportedAt, caller, lineNumbers, quantities, before, write(changes), write(view),
                statuses.event(permit, EventType.PERMIT_SHIPMENT_RECORDED)));
        if (!recorded) {
            return replay(read(writes.earlierAnswer(permit.id, request.batchId()).orElseThrow()), request, shippedOn);
        }
        return new Recorded(false, view);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ShipmentView> list(String number, PageRequest page, Caller caller) {
        Permit permit = permits.visible(number, caller);
        List<Shipment> rows = shipments.page(permit.id, CreationOrder.after(page.cursor), page.limit + 1);
        Page<Shipment> fetched = Page.fromLookahead(rows, page.limit, s -> CreationOrder.cursor(s.reportedAt, s.id));
        return new Page<>(fetched.items().stream().map(s -> read(s.response)).toList(), fetched.next());
    }

    private void checkLines(ShipmentRequest request, Map<Integer, PermitLine> lines) {
        List<FieldError> invalid = new ArrayList<>();
        List<FieldError> overdrawn = new ArrayList<>();
        var seen = new HashSet<Integer>();
        for (int i = 0; i < request.lines().size(); i++) {
            ShipmentRequest.Line requested = request.lines().get(i);
            PermitLine line = lines.get(requested.lineNumber());
            if (line == null) {
                invalid.add(new FieldError("lines[" + i + "].lineNumber", "names no line of this permit"));
            } else if (!seen.add(requested.lineNumber())) {
                invalid.add(new FieldError("lines[" + i + "].lineNumber", "repeats a line of this shipment"));
            } else {
                BigDecimal remaining = line.approvedQuantity.subtract(line.shippedQuantity);
                if (requested.quantity().compareTo(remaining) > 0) {
                    overdrawn.add(new FieldError("lines[" + i + "].quantity", "only " + CanonicalDecimals.text(remaining)
                            + " " + line.unit + " remain on line " + line.lineNumber, remaining, line.unit));
                }
            }
        }
        if (!invalid.isEmpty()) {
            throw ProblemException.invalid(invalid);
        }
        if (!overdrawn.isEmpty()) {
            throw new ProblemException(ProblemType.CONFLICT, "The shipment is more than remains on the permit; nothing "
                    + "was recorded.", overdrawn);
        }
    }

    /** The first answer again, unless the repeat carries different content under the same batch id. */
    private Recorded replay(ShipmentView first, ShipmentRequest request, LocalDate shippedOn) {
        boolean same = first.shippedOn().equals(shippedOn) && first.lines().size() == request.lines().size()
                && request.lines().stream().allMatch(l -> first.lines().stream().anyMatch(e ->
                e.lineNumber() == l.lineNumber() && e.quantity().compareTo(l.quantity()) == 0));
        if (!same) {
            throw new ProblemException(ProblemType.CONFLICT, "Batch " + first.batchId() + " was reported before with "
                    + "other lines or another date; a batch id is reported once.");
        }
        return new Recorded(true, first);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ShipmentView read(String stored) {
        try {
            return json.readValue(stored, ShipmentView.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored shipment answer is not JSON", e);
        }
    }
}
