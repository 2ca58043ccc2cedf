package io.exportpermits.event;

import io.exportpermits.common.paging.Cursor;
import io.exportpermits.common.problem.ProblemException;
import io.exportpermits.common.problem.ProblemType;
import io.exportpermits.common.security.Caller;
import io.exportpermits.event.api.EventPage;
import io.exportpermits.event.api.EventView;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Reads the outbox in feed order, up to the horizon below which no transaction is still running (see
 * V9): a consumer resuming from its cursor never misses an event that committed late, nor sees one
 * twice.
 */
@ApplicationScoped
public class EventFeed {
    private static final String HORIZON = "select pg_snapshot_xmin(pg_current_snapshot())::text";
    // One statement, so one snapshot: every transaction below its xmin (the horizon) had finished when it was
    // taken, so the page is final even if the horizon moves on while it is sent. The left join keeps the
    // horizon's row when no event follows the cursor, and SQL keeps the page's order only when told again.
    // With a cursor, the time retention deleted events beyond it, if it has. Ordered by the qualified
    // columns: a bare "tx" would name the selected tx::text, which sorts as text ("10" before "9") and
    // cannot use the position index.
    private static final String PAGE = """
            with horizon as (select pg_snapshot_xmin(pg_current_snapshot()) as tx)
            select horizon.tx::text as horizon,
                   (select pruned_before from event_retention
                    where ? and (pruned_through_tx, pruned_through_seq) > (cast(? as xid8), ?)) as pruned_before,
                   page.*
            from horizon left join lateral (
                select seq, tx::text as tx, id, type, occurred_at, subject_type, subject_id, etag, data::text as data
                from event
                where (event.tx, seq) > (cast(? as xid8), ?) and event.tx < horizon.tx
                  and (? or visible_to_all or exporter_id = ? or party_ids && cast(? as uuid[]))
                  and (cardinality(cast(? as text[])) = 0 or type = any(cast(? as text[])))
                order by event.tx, event.seq
                limit ?) page on true
            order by cast(page.tx as xid8), page.seq""";

    /** A position in the feed: the transaction, then the insertion order within it. */
    record Position(String tx, long seq) {
        static final Position START = new Position("0", 0);

        String cursor() {
            return Cursor.encode(tx, Long.toString(seq));
        }

        static Position later(Position a, Position b) {
            int byTx = new java.math.BigInteger(a.tx).compareTo(new java.math.BigInteger(b.tx));
            return byTx > 0 || byTx == 0 && a.seq >= b.seq ? a : b;
        }

        static Position of(String cursor) {
            if (cursor == null) {
                return START;
            }
            List<String> keys = Cursor.decode(cursor, 2, "after");
            try {
                if (!keys.get(0).matches("[0-9]{1,20}")) {
                    throw new NumberFormatException(keys.get(0));
                }
                return new Position(keys.get(0), Long.parseLong(keys.get(1)));
            } catch (NumberFormatException e) {
                throw ProblemException.invalidField("after", "is not a cursor this feed issued");
            }
        }
    }

    private final DataSource dataSource;

    EventFeed(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Validates a client's cursor before any waiting starts. */
    public void checkCursor(String after) {
        Position.of(after);
    }

    public EventPage read(Caller caller, String after, Set<String> types, int limit) {
        Position from = Position.of(after);
        String typeArray = "{" + String.join(",", types) + "}";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(PAGE)) {
            statement.setBoolean(1, after != null);
            statement.setString(2, from.tx());
            statement.setLong(3, from.seq());
            statement.setString(4, from.tx());
            statement.setLong(5, from.seq());
            statement.setBoolean(6, caller.isAuthority());
            statement.setObject(7, caller.ownExporter().orElse(null), java.sql.Types.OTHER);
            statement.setString(8, "{" + caller.importerTenancy().stream().map(UUID::toString)
                    .collect(Collectors.joining(",")) + "}");
            statement.setString(9, typeArray);
            statement.setString(10, typeArray);
            statement.setInt(11, limit + 1);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                refuseIfPruned(rows.getObject("pruned_before", OffsetDateTime.class));
                String horizon = rows.getString("horizon");
                List<EventView> items = new ArrayList<>();
                Position last = from;
                boolean more = false;
                // Without events after the cursor the one row is the horizon's alone.
                if (rows.getObject("seq") != null) {
                    do {
                        if (items.size() == limit) {
                            more = true;
                            break;
                        }
                        last = new Position(rows.getString("tx"), rows.getLong("seq"));
                        items.add(view(rows));
                    } while (rows.next());
                }
                // Caught up: every event below the horizon has been considered, including those this caller may
                // not see, so the next read starts at the horizon instead of scanning them again.
                Position next = more ? last : Position.later(last, new Position(horizon, 0));
                return new EventPage(items, next.cursor(), more);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the event feed", e);
        }
    }

    /**
     * A cursor behind the point retention deleted events up to would skip them without a word: the client is
     * told to read its resources again instead.
     */
    private static void refuseIfPruned(OffsetDateTime prunedBefore) {
        if (prunedBefore != null) {
            throw new ProblemException(ProblemType.CURSOR_EXPIRED, "This cursor is older than the events "
                    + "kept: those that occurred before " + prunedBefore.toInstant() + " have been deleted. "
                    + "Read the resources you follow again (permits: GET /api/v1/permits?updatedSince=...), "
                    + "then read the feed afresh, without after.");
        }
    }

    /** The oldest transaction still running: every event of an older one is final. */
    static String horizon(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(HORIZON);
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getString(1);
        }
    }

    /** The events at these positions, as the feed shows them (webhook bodies). */
    public Map<Long, EventView> bySeq(Connection connection, Collection<Long> seqs) throws SQLException {
        Map<Long, EventView> events = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                select seq, tx::text as tx, id, type, occurred_at, subject_type, subject_id, etag, data::text as data
                from event where seq = any(?)""")) {
            statement.setArray(1, connection.createArrayOf("bigint", seqs.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    events.put(rows.getLong(1), view(rows));
                }
            }
        }
        return events;
    }

    private static EventView view(ResultSet row) throws SQLException {
        SubjectType subject = SubjectType.ofWireName(row.getString("subject_type"));
        String subjectId = row.getString("subject_id");
        return new EventView(row.getObject("id", UUID.class), row.getString("type"),
                row.getTimestamp("occurred_at").toInstant(),
                new EventView.Subject(subject.wireName, subjectId, subject.href(subjectId)), row.getString("etag"),
                row.getString("data"));
    }
}
