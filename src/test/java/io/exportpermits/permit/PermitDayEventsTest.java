package io.exportpermits.permit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.exportpermits.support.AtOnce;
import io.exportpermits.support.TestEvents;
import io.exportpermits.support.TestKeys;
import io.exportpermits.support.TestPermits;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** A licence's validity starting and ending are announced once each, however many instances look. */
@QuarkusTest
class PermitDayEventsTest {
    private static final String DAY_EVENTS = "permit.validity_started,permit.expired";

    @Inject
    PermitDayEvents dayEvents;

    @Inject
    DataSource database;

    private void update(String sql, String number) throws SQLException {
        try (var connection = database.getConnection(); var update = connection.prepareStatement(sql)) {
            update.setString(1, number);
            assertEquals(1, update.executeUpdate());
        }
    }

    private static List<Object> types(List<Map<String, Object>> events) {
        return events.stream().map(e -> e.get("type")).toList();
    }

    @Test
    void aLicenceApprovedInAdvanceAnnouncesItsStartAndItsEndOnceEachEvenFromTwoInstancesAtOnce() throws Exception {
        String exporterKey = TestKeys.exporterKey(TestKeys.newExporter("Dated Co."));
        String consignee = TestKeys.newParty(exporterKey, "Dated Consignee");
        String importerKey = TestKeys.importerKey(consignee);
        var licence = TestPermits.inState("APPROVED", exporterKey, consignee);
        // Approved three weeks ago to start a week ago, while the service was down: nothing was written the day
        // it became valid, and the days since were never looked at.
        update("update permit set decided_at = now() - interval '21 days', valid_from = current_date - 7, "
                + "valid_until = current_date + 100 where number = ?", licence.number());
        try (var connection = database.getConnection()) {
            connection.createStatement().executeUpdate("update permit_day_event_progress set through_day = "
                    + "least(through_day, current_date - 21)");
        }
        AtOnce.run(2, i -> dayEvents.emitDue());
        assertEquals(List.of("permit.validity_started"), types(TestEvents.about(licence.number(), importerKey,
                DAY_EVENTS)));
        // Its last day passes.
        update("update permit set valid_until = current_date - 1 where number = ?", licence.number());
        AtOnce.run(3, i -> dayEvents.emitDue());
        dayEvents.emitDue();
        List<Map<String, Object>> events = TestEvents.about(licence.number(), importerKey, DAY_EVENTS);
        assertEquals(List.of("permit.validity_started", "permit.expired"), types(events));
        assertEquals("EXPIRED", ((Map<?, ?>) events.get(1).get("data")).get("status"));
    }
}
