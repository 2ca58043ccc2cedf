package io.exportpermits.permit;

import io.exportpermits.permit.api.ClockPause;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads what the polled status shows, for one permit or a thousand, in one statement (or one per part
 * of a long list): the permit's status columns joined with its lines, straight from JDBC. The hot path
 * of polling, so it skips the entity machinery (hydration, snapshots, a second query for the lines)
 * that a full permit needs.
 * The permits it returns are detached and partly filled: enough for {@link StatusKey}, the status
 * view and a shipment's checks ({@link ShipmentWrites} reads the same columns), never to be persisted
 * by the entity manager.
 */
@ApplicationScoped
class StatusRows {
    /** What a status needs of a permit (p) and its lines (l), read by {@link #read}; 26 columns. */
    static final String COLUMNS = """
            p.id, p.number, p.version, p.status, p.valid_from, p.valid_until, p.clock_paused_since,
                   p.exporter_id, p.consignee_id, p.end_user_id, p.submitted_at, p.decided_at, p.updated_at,
                   p.decision_due_on, p.clock_paused_working_days,
                   l.line_number, l.unit, l.quantity, l.approved_quantity, l.shipped_quantity,
                   p.received_on, p.accepted_on, p.accepted_by_law, p.clock_pause_reason, p.referred_to_state_council_on,
                   coalesce(position('"WATCH_LISTED"' in p.screening_parties::text) > 0, false)""";
    private static final String SELECT = "select " + COLUMNS + """

            from permit p left join permit_line l on l.permit_id = p.id
            where p.number %s
            order by p.number, l.line_number""";
    // One number is asked with "=", not "= any": PostgreSQL plans a one-element array afresh on every
    // execution (its generic plan guesses ten elements and never wins), which costs more than the read.
    private static final String ONE = SELECT.formatted("= ?");
    private static final String MANY = SELECT.formatted("= any(?)");

    /** Fewer numbers than this are read in one statement: below it a second round trip costs more than it saves. */
    private static final int SMALLEST_PART = 250;

    private final DataSource dataSource;
    private final Executor workers;
    private final int maxParts;

    StatusRows(DataSource dataSource,
               @ConfigProperty(name = "export-permits.polling.batch-read-parts") Optional<Integer> maxParts) {
        this.dataSource = dataSource;
        this.workers = Infrastructure.getDefaultWorkerPool();
        this.maxParts = maxParts.orElseGet(Runtime.getRuntime()::availableProcessors);
    }

    /**
     * The permits with these numbers that exist, by number. A long list is read in parts at the same time,
     * one per core, each on its own connection: one statement over a thousand numbers keeps one database
     * core busy while the other waits, and a poll of a thousand permits then takes as long as its slowest
     * part, not the sum. Each part reads what is committed when it runs; every answer is about one permit,
     * so no part needs another's snapshot.
     */
    Map<String, Permit> byNumber(Collection<String> numbers) {
        List<String> all = List.copyOf(numbers);
        int parts = Math.max(1, Math.min(maxParts, all.size() / SMALLEST_PART));
        if (parts == 1) {
            return readPart(all);
        }
        int size = (all.size() + parts - 1) / parts;
        List<FutureTask<Map<String, Permit>>> others = new ArrayList<>();
        for (int start = size; start < all.size(); start += size) {
            List<String> part = all.subList(start, Math.min(all.size(), start + size));
            FutureTask<Map<String, Permit>> task = new FutureTask<>(() -> readPart(part));
            others.add(task);
            try {
                workers.execute(task);
            } catch (RejectedExecutionException e) {
                // Run below on this thread, like a part no worker has taken yet.
            }
        }
        Map<String, Permit> found = readPart(all.subList(0, size));
        for (FutureTask<Map<String, Permit>> task : others) {
            // Runs the part here if no worker has started it: this thread holds no connection while it
            // waits, and never waits for a worker that is itself waiting, so a busy pool cannot deadlock it.
            task.run();
            found.putAll(result(task));
        }
        return found;
    }

    private static Map<String, Permit> result(FutureTask<Map<String, Permit>> task) {
        try {
            return task.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading permit statuses", e);
        }
    }

    private Map<String, Permit> readPart(List<String> numbers) {
        Map<String, Permit> found = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(numbers.size() == 1 ? ONE : MANY)) {
            if (numbers.size() == 1) {
                statement.setString(1, numbers.get(0));
            } else {
                statement.setArray(1, connection.createArrayOf("varchar", numbers.toArray()));
            }
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    read(row, found);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read permit statuses", e);
        }
        return found;
    }

    /** Adds the permit or line of the current row of a query that selects {@link #COLUMNS} first. */
    static Permit read(ResultSet row, Map<String, Permit> found) throws SQLException {
        Permit permit = found.computeIfAbsent(row.getString(2), number -> permit(row, number));
        if (row.getObject(16) != null) {
            permit.lines.add(line(row));
        }
        return permit;
    }

    private static Permit permit(ResultSet row, String number) {
        try {
            Permit p = new Permit();
            p.id = row.getObject(1, UUID.class);
            p.number = number;
            p.version = row.getLong(3);
            p.status = PermitStatus.valueOf(row.getString(4));
            p.validFrom = row.getObject(5, LocalDate.class);
            p.validUntil = row.getObject(6, LocalDate.class);
            p.clockPausedSince = row.getObject(7, LocalDate.class);
            p.exporterId = row.getObject(8, UUID.class);
            p.consigneeId = row.getObject(9, UUID.class);
            p.endUserId = row.getObject(10, UUID.class);
            p.submittedAt = instant(row, 11);
            p.decidedAt = instant(row, 12);
            p.updatedAt = instant(row, 13);
            p.decisionDueOn = row.getObject(14, LocalDate.class);
            p.clockPausedWorkingDays = row.getInt(15);
            p.receivedOn = row.getObject(21, LocalDate.class);
            p.acceptedOn = row.getObject(22, LocalDate.class);
            p.acceptedByLaw = row.getBoolean(23);
            String pause = row.getString(24);
            p.clockPauseReason = pause == null ? null : ClockPause.valueOf(pause);
            p.referredToStateCouncilOn = row.getObject(25, LocalDate.class);
            p.screening = PermitScreening.summary(row.getBoolean(26));
            return p;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read a permit status", e);
        }
    }

    private static PermitLine line(ResultSet row) throws SQLException {
        PermitLine line = new PermitLine();
        line.lineNumber = row.getInt(16);
        line.unit = row.getString(17);
        line.quantity = row.getBigDecimal(18);
        line.approvedQuantity = row.getBigDecimal(19);
        line.shippedQuantity = row.getBigDecimal(20);
        return line;
    }

    static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
