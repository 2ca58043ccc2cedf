package io.exportpermits.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * database-assigned positions, not an entity.
 */
@ApplicationScoped
public class EventLog {
    private static final String INSERT = """
            insert into event (id, type, occurred_at, subject_type, subject_id, etag, data, visible_to_all, exporter_id,
                               party_ids)
            values (?, ?, ?, ?, ?, ?, cast(? as json), ?, ?, cast(? as uuid[]))""";

    private final DataSource dataSource;
    private final ObjectMapper json;
    private final Clock clock;

    EventLog(DataSource dataSource, ObjectMapper json, Clock clock) {
        this.dataSource = dataSource;
        this.json = json;
        this.clock = clock;
    }

    /** Records that {@code type} happened to the subject, whose new representation is {@code data}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void emit(EventType type, SubjectType subjectType, String subjectId, Audience audience, Object data,
                     String etag) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, type.wireName);
            insert.setTimestamp(3, Timestamp.from(clock.instant()));
            insert.setString(4, subjectType.wireName);
            insert.setString(5, subjectId);
            insert.setString(6, etag);
            insert.setString(7, json.writeValueAsString(data));
            insert.setBoolean(8, audience.toEveryone());
            insert.setObject(9, audience.exporterId());
            insert.setString(10, audience.partyIds().stream().map(UUID::toString)
                    .collect(Collectors.joining(",", "{", "}")));
            insert.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("could not record the " + type.wireName + " event", e);
        }
    }
}
