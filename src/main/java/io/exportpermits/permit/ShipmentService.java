package io.exportpermits.permit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

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
    private final ShipmentRepository shipments;
    private final PermitStatusService statuses;
    private final ObjectMapper json;
    private final Clock clock;

    ShipmentService(PermitService permits, ShipmentRepository shipments, PermitStatusService statuses,
                    ObjectMapper json, Clock clock) {
        this.permits = permits;
        this.statuses = statuses;
        this.shipments = shipments;
        this.json = json;
        this.clock = clock;
    }

    public Recorded record(String number, ShipmentRequest request, Caller caller) {
        Permit permit = permits.lockedVisible(number, caller);
        LocalDate shippedOn = request.shippedOn() != null ? request.shippedOn() : LocalDate.now(clock);
        var earlier = shipments.findBatch(permit.id, request.batchId());
        if (earlier.isPresent()) {
            return replay(earlier.get(), request, shippedOn);
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

        Shipment shipment = new Shipment();
        shipment.id = UUID.randomUUID();
        shipment.permitId = permit.id;
        shipment.batchId = request.batchId();
        shipment.shippedOn = shippedOn;
        shipment.reportedAt = clock.instant();
        shipment.reportedByKeyId = caller.keyId();
        shipment.reportedByRole = caller.role().name();
        List<ShipmentView.Line> shipped = new ArrayList<>();
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("batchId", request.batchId());
        for (ShipmentRequest.Line requested : request.lines()) {
            PermitLine line = lines.get(requested.lineNumber());
            line.shippedQuantity = line.shippedQuantity.add(requested.quantity());
            BigDecimal remaining = line.approvedQuantity.subtract(line.shippedQuantity);
            shipped.add(new ShipmentView.Line(line.lineNumber, requested.quantity(), remaining));
            changes.put("lines[" + line.lineNumber + "].shippedQuantity", line.shippedQuantity);
            ShipmentLine shipmentLine = new ShipmentLine();
            shipmentLine.shipment = shipment;
            shipmentLine.lineNumber = line.lineNumber;
            shipmentLine.quantity = requested.quantity();
            shipment.lines.add(shipmentLine);
        }
        PermitStatus before = permit.status;
        if (permit.lines.stream().allMatch(l -> l.shippedQuantity.compareTo(l.approvedQuantity) >= 0)) {
            permit.status = PermitStatus.EXHAUSTED;
        }
        permit.updatedAt = shipment.reportedAt;
        permits.history(permit, "ship", before, null, caller, changes);
        ShipmentView view = new ShipmentView(shipment.batchId, permit.number, shippedOn, shipment.reportedAt, shipped,
                permit.status);
        shipment.response = write(view);
        shipments.persistAndFlush(shipment);
        statuses.emit(permit, EventType.PERMIT_SHIPMENT_RECORDED);
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
                    overdrawn.add(new FieldError("lines[" + i + "].quantity", "only " + remaining.toPlainString() + " "
                            + line.unit + " remain on line " + line.lineNumber));
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
    private Recorded replay(Shipment earlier, ShipmentRequest request, LocalDate shippedOn) {
        boolean same = earlier.shippedOn.equals(shippedOn) && earlier.lines.size() == request.lines().size()
                && request.lines().stream().allMatch(l -> earlier.lines.stream().anyMatch(e ->
                Objects.equals(e.lineNumber, l.lineNumber()) && e.quantity.compareTo(l.quantity()) == 0));
        if (!same) {
            throw new ProblemException(ProblemType.CONFLICT, "Batch " + earlier.batchId + " was reported before with "
                    + "other lines or another date; a batch id is reported once.");
        }
        return new Recorded(true, read(earlier.response));
    }

    private String write(ShipmentView view) {
        try {
            return json.writeValueAsString(view);
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
