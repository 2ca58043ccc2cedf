package io.exportpermits.permit;

import io.exportpermits.common.TimeOrderedIds;
import io.exportpermits.common.security.Caller;
import io.exportpermits.event.EventLog;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The statements of a shipment report, straight from JDBC on the transaction's connection: the
 * write path of usage reports, where the entity machinery (a query per association, a statement per
 * changed row) cost more than the work. Everything a shipment changes is written by one statement.
 */
@ApplicationScoped
class ShipmentWrites {
    // The lines are locked with the permit: after waiting for a lock, PostgreSQL re-reads only the rows it
    // locks, so unlocked lines would show the quantities from before the writer that held it. The earlier
    // answer comes from before the wait: a report of the same batch committed meanwhile is caught by the
    // write, which then changes nothing.
    private static final String LOCK = "select " + StatusRows.COLUMNS + """
            ,
                   (select s.response from shipment s where s.permit_id = p.id and s.batch_id = ?)
            from permit p join permit_line l on l.permit_id = p.id
            where p.number = ?
            order by l.line_number
            for update of p, l""";
    private static final int EARLIER_ANSWER = 27;
    private static final String EARLIER = "select response from shipment where permit_id = ? and batch_id = ?";
    // Data-modifying CTEs share one snapshot and run as one statement: one round trip for the whole report,
    // its event included.
    private static final String RECORD = """
            with recorded as (
                insert into shipment (id, permit_id, batch_id, shipped_on, reported_at, reported_by_key_id,
                                      reported_by_role, response)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict on constraint shipment_batch_unique do nothing
                returning id
            ), shipped as (
                insert into shipment_line (shipment_id, line_number, quantity)
                select recorded.id, line_number, quantity
                from recorded, unnest(?, ?) as s(line_number, quantity)
            ), drawn as (
                update permit_line l set shipped_quantity = l.shipped_quantity + s.quantity
                from recorded, unnest(?, ?) as s(line_number, quantity)
                where l.permit_id = ? and l.line_number = s.line_number
            ), logged as (
                insert into permit_history (id, permit_id, occurred_at, actor_key_id, actor_role, action,
                                            from_status, to_status, changes)
                select ?, ?, ?, ?, ?, 'ship', ?, ?, ? from recorded
            ), evented as (
            """ + EventLog.insertForEachRowOf("recorded") + """
            )
            update permit set status = ?, updated_at = ?, version = version + 1
            where id = ? and exists (select from recorded)""";

    private final DataSource dataSource;
    private final EventLog events;

    ShipmentWrites(DataSource dataSource, EventLog events) {
        this.dataSource = dataSource;
        this.events = events;
    }

    /** A permit locked until the transaction ends, and the answer to an earlier report of the batch. */
    record Locked(Permit permit, Optional<String> earlierAnswer) {
    }

    Optional<Locked> lock(String number, String batchId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(LOCK)) {
            select.setString(1, batchId);
            select.setString(2, number);
            try (ResultSet row = select.executeQuery()) {
                Map<String, Permit> found = new HashMap<>(1);
                Permit permit = null;
                String earlier = null;
                while (row.next()) {
                    permit = StatusRows.read(row, found);
                    earlier = row.getString(EARLIER_ANSWER);
                }
                return permit == null ? Optional.empty() : Optional.of(new Locked(permit, Optional.ofNullable(earlier)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not lock permit " + number, e);
        }
    }

    /** The answer given to the first report of this batch, if there was one. */
    Optional<String> earlierAnswer(UUID permitId, String batchId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(EARLIER)) {
            select.setObject(1, permitId);
            select.setString(2, batchId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not look up batch " + batchId, e);
        }
    }

    /** A shipment drawn from a locked permit, already updated in memory to what this writes. */
    record Report(UUID id, Permit permit, String batchId, LocalDate shippedOn, Instant reportedAt, Caller caller,
                  List<Integer> lineNumbers, List<BigDecimal> quantities, PermitStatus before, String changes,
                  String response, EventLog.Event event) {
    }

    /** False when a report of the same batch committed while this one waited for the lock: nothing written. */
    boolean record(Report report) {
        Permit permit = report.permit();
        OffsetDateTime reportedAt = report.reportedAt().atOffset(ZoneOffset.UTC);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement write = connection.prepareStatement(RECORD)) {
            Array lineNumbers = connection.createArrayOf("integer", report.lineNumbers().toArray());
            Array quantities = connection.createArrayOf("numeric", report.quantities().toArray());
            int i = 0;
            write.setObject(++i, report.id());
            write.setObject(++i, permit.id);
            write.setString(++i, report.batchId());
            write.setObject(++i, report.shippedOn());
            write.setObject(++i, reportedAt);
            write.setString(++i, report.caller().keyId());
            write.setString(++i, report.caller().role().name());
            write.setString(++i, report.response());
            write.setArray(++i, lineNumbers);
            write.setArray(++i, quantities);
            write.setArray(++i, lineNumbers);
            write.setArray(++i, quantities);
            write.setObject(++i, permit.id);
            write.setObject(++i, TimeOrderedIds.next());
            write.setObject(++i, permit.id);
            write.setObject(++i, reportedAt);
            write.setString(++i, report.caller().keyId());
            write.setString(++i, report.caller().role().name());
            write.setString(++i, report.before().name());
            write.setString(++i, permit.status.name());
            write.setString(++i, report.changes());
            i = events.bind(write, i + 1, report.event()) - 1;
            write.setString(++i, permit.status.name());
            write.setObject(++i, reportedAt);
            write.setObject(++i, permit.id);
            return write.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("could not record batch " + report.batchId(), e);
        }
    }
}
