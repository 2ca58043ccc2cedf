package io.exportpermits.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.exportpermits.common.AfterCompletion;
import io.exportpermits.common.TimeOrderedIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Writes events into the outbox, inside the caller's transaction: the event commits with its change
 * or not at all, and so do the webhook deliveries a trigger queues for it (V13). Plain JDBC on the
 * pool's connection for the current transaction, since the event table is an append-only log with
 * database-assigned positions, not an entity. Once the transaction commits, every instance is told
 * ({@link EventSignals}).
 */
@ApplicationScoped
public class EventLog {
    /** An event to write: {@code data} is the subject's new representation. */
    public record Event(EventType type, SubjectType subjectType, String subjectId, Audience audience, Object data,
                        String etag) {
    }

    // A select rather than values, so that a statement writing more can make the event depend on its rows.
    private static final String INSERT = """
            insert into event (id, type, occurred_at, subject_type, subject_id, etag, data, visible_to_all, exporter_id,
                               party_ids)
            select ?, ?, ?, ?, ?, ?, cast(? as json), ?, ?, cast(? as uuid[])""";

    private final DataSource dataSource;
    private final ObjectMapper json;
    private final EventSignals signals;
    private final AfterCompletion afterCompletion;
    private final Clock clock;

    EventLog(DataSource dataSource, ObjectMapper json, EventSignals signals, AfterCompletion afterCompletion,
             Clock clock) {
        this.dataSource = dataSource;
        this.json = json;
        this.signals = signals;
        this.afterCompletion = afterCompletion;
        this.clock = clock;
    }

    /** Records that {@code type} happened to the subject, whose new representation is {@code data}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void emit(EventType type, SubjectType subjectType, String subjectId, Audience audience, Object data,
                     String etag) {
        emit(new Event(type, subjectType, subjectId, audience, data, etag));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void emit(Event event) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            bind(insert, 1, event);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not record the " + event.type().wireName + " event", e);
        }
    }

    /**
     * The insert of one event as part of a larger statement (a data-modifying CTE), written once for each
     * row of {@code source}; {@link #bind} gives its parameters.
     */
    public static String insertForEachRowOf(String source) {
        return INSERT + " from " + source;
    }

    /** Binds the event's parameters from {@code first} on; returns the index after them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int bind(PreparedStatement statement, int first, Event event) throws SQLException {
        int i = first;
        statement.setObject(i++, TimeOrderedIds.next());
        statement.setString(i++, event.type().wireName);
        statement.setTimestamp(i++, Timestamp.from(clock.instant()));
        statement.setString(i++, event.subjectType().wireName);
        statement.setString(i++, event.subjectId());
        statement.setString(i++, event.etag());
        try {
            statement.setString(i++, json.writeValueAsString(event.data()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the " + event.type().wireName + " event", e);
        }
        statement.setBoolean(i++, event.audience().toEveryone());
        statement.setObject(i++, event.audience().exporterId());
        statement.setString(i++, event.audience().partyIds().stream().map(UUID::toString)
                .collect(Collectors.joining(",", "{", "}")));
        afterCompletion.runIfCommitted(signals::announce);
        return i;
    }
}
