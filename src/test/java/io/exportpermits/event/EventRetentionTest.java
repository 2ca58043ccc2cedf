package io.exportpermits.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exportpermits.common.paging.Cursor;
import io.exportpermits.support.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Events past the retention horizon go from the start of the feed, with their deliveries; a cursor from before
 * the point they went to is told to resynchronise. In a schema of its own, made afresh, so that old events can
 * be put at the start of the feed.
 */
@QuarkusTest
@TestProfile(EventRetentionTest.FreshSchema.class)
class EventRetentionTest {
    public static class FreshSchema implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("export-permits.db.schema", "export_permits_retention_test",
                    "quarkus.flyway.clean-disabled", "false", "quarkus.flyway.clean-at-start", "true");
        }
    }

    private static final String OLD_EVENT = """
            insert into event (id, type, occurred_at, subject_type, subject_id, data, visible_to_all)
            values (gen_random_uuid(), 'exporter.updated', now() - interval '500 days', 'exporter', 'old', '{}', false)""";

    @Inject
    EventRetention retention;
    @Inject
    DataSource dataSource;

    @Test
    void thePrefixOfOldEventsGoesACursorIntoItGets410AndNothingElseDeletesEvents() throws Exception {
        // Written as the outbox writes them, but dated 500 days ago, past the 400-day horizon.
        for (int i = 0; i < 3; i++) {
            sql(OLD_EVENT);
        }
        String intoTheOld = position("order by event.tx, event.seq limit 1");
        String lastOld = position("order by event.tx desc, event.seq desc limit 1");
        String exporter = TestKeys.newExporter("Kept Exporter");
        sql(OLD_EVENT); // old, but after a recent one in feed order: kept until the events before it go

        int deleted = 0;
        for (int batch = retention.prune(); batch > 0; batch = retention.prune()) {
            deleted += batch;
        }

        assertEquals(3, deleted);
        assertEquals(1, count("select count(*) from event where subject_id = 'old'"));
        given().auth().oauth2(TestKeys.AUTHORITY).queryParam("after", intoTheOld).get("/api/v1/events").then()
                .statusCode(410).body("type", equalTo("https://export-permits.io/problems/cursor-expired"))
                .body("detail", containsString("GET /api/v1/permits?updatedSince="));
        given().auth().oauth2(TestKeys.AUTHORITY).queryParam("after", intoTheOld).queryParam("wait", 1)
                .get("/api/v1/events").then().statusCode(410);
        for (String after : new String[] {lastOld, null}) {
            var request = given().auth().oauth2(TestKeys.AUTHORITY).queryParam("types", "exporter.registered");
            if (after != null) {
                request.queryParam("after", after);
            }
            request.get("/api/v1/events").then().statusCode(200).body("items.subject.id", hasItem(exporter));
        }

        // Nothing but retention deletes or rewrites an event.
        SQLException refused = assertThrows(SQLException.class,
                () -> sql("delete from event where subject_id = 'old'"));
        assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
        assertThrows(SQLException.class, () -> sql("update event set type = type where subject_id = 'old'"));
    }

    private void sql(String statement) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().executeUpdate(statement);
        }
    }

    /** A feed cursor at the event the clause picks. */
    private String position(String clause) throws SQLException {
        // Ordered by the qualified columns: a bare "tx" would name the selected text, which sorts "9" after "10".
        try (Connection connection = dataSource.getConnection();
             var rows = connection.createStatement().executeQuery("select tx::text, seq from event " + clause)) {
            rows.next();
            return Cursor.encode(rows.getString(1), Long.toString(rows.getLong(2)));
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); var rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
