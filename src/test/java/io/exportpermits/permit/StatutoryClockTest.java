package io.exportpermits.permit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.exportpermits.support.TestKeys;
import io.exportpermits.support.TestPermits;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StatutoryClockTest {
    @Inject
    DataSource database;

    private String exporterKey;
    private String consignee;

    @BeforeEach
    void exporterWithAConsignee() {
        exporterKey = TestKeys.exporterKey(TestKeys.newExporter("Clocked Co."));
        consignee = TestKeys.newParty(exporterKey, "Clocked Consignee");
    }

    private LocalDate dueOf(TestPermits.Ref permit) {
        return LocalDate.parse(given().auth().oauth2(exporterKey).get("/api/v1/permits/" + permit.number())
                .jsonPath().getString("statutoryClock.decisionDueOn"));
    }

    @Test
    void aSubmittedApplicationIsDue45WorkingDaysLaterOnAWeekday() {
        var permit = TestPermits.inState("SUBMITTED", exporterKey, consignee);
        given().auth().oauth2(exporterKey).get("/api/v1/permits/" + permit.number())
                .then().statusCode(200)
                .body("statutoryClock.workingDaysElapsed", equalTo(0))
                .body("statutoryClock.workingDaysRemaining", equalTo(45))
                .body("statutoryClock.overdue", equalTo(false));
        java.util.Set<String> holidays = new java.util.HashSet<>(
                given().queryParam("limit", 200).get("/api/v1/holidays").jsonPath().getList("items.day", String.class));
        LocalDate expected = LocalDate.now(java.time.ZoneOffset.UTC);
        for (int counted = 0; counted < 45; ) {
            expected = expected.plusDays(1);
            boolean weekend = expected.getDayOfWeek() == DayOfWeek.SATURDAY || expected.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (!weekend && !holidays.contains(expected.toString())) {
                counted++;
            }
        }
        assertEquals(expected, dueOf(permit));
    }

    @Test
    void aHolidayInTheCalendarPushesTheDueDayOneWorkingDayLater() {
        var before = TestPermits.inState("SUBMITTED", exporterKey, consignee);
        LocalDate dueBefore = dueOf(before);
        LocalDate holiday = dueBefore.minusWeeks(2).with(DayOfWeek.WEDNESDAY);
        given().auth().oauth2(TestKeys.AUTHORITY).contentType(ContentType.JSON).body(Map.of("name", "Test holiday"))
                .put("/api/v1/holidays/" + holiday).then().statusCode(200);
        try {
            given().get("/api/v1/holidays").then().body("items.day", hasItem(holiday.toString()));
            LocalDate dueAfter = dueOf(TestPermits.inState("SUBMITTED", exporterKey, consignee));
            LocalDate expected = dueBefore.plusDays(dueBefore.getDayOfWeek() == DayOfWeek.FRIDAY ? 3 : 1);
            assertEquals(expected, dueAfter);
        } finally {
            given().auth().oauth2(TestKeys.AUTHORITY).delete("/api/v1/holidays/" + holiday).then().statusCode(204);
        }
    }

    @Test
    void theClockPausesWhileInformationIsRequestedAndStopsAtTheDecision() {
        var permit = TestPermits.inState("INFORMATION_REQUESTED", exporterKey, consignee);
        given().auth().oauth2(exporterKey).get("/api/v1/permits/" + permit.number())
                .then().body("statutoryClock.paused", equalTo(true)).body("statutoryClock.overdue", equalTo(false));
        var answered = TestPermits.act(permit, "respond", exporterKey, Map.of("reason", "Here it is."));
        TestPermits.act(answered, "refuse", TestKeys.AUTHORITY, Map.of("reason", "End use not credible."));
        given().auth().oauth2(exporterKey).get("/api/v1/permits/" + permit.number())
                .then().body("statutoryClock.paused", equalTo(false))
                .body("statutoryClock.workingDaysRemaining", nullValue());
    }

    @Test
    void anApplicationPastItsDueDayIsOverdueAndListedAsSuch() throws SQLException {
        var permit = TestPermits.inState("UNDER_REVIEW", exporterKey, consignee);
        // Seventy days pass: moved in the database, as the service's clock cannot be wound forward.
        try (var connection = database.getConnection();
             var update = connection.prepareStatement("update permit set submitted_at = now() - interval '70 days', "
                     + "received_on = current_date - 70, accepted_on = current_date - 70, "
                     + "decision_due_on = current_date - 5 where number = ?")) {
            update.setString(1, permit.number());
            assertEquals(1, update.executeUpdate());
        }
        given().auth().oauth2(exporterKey).get("/api/v1/permits/" + permit.number())
                .then().body("statutoryClock.overdue", equalTo(true))
                .body("statutoryClock.workingDaysRemaining", lessThan(0));
        given().auth().oauth2(exporterKey).queryParam("overdue", true).get("/api/v1/permits")
                .then().statusCode(200).body("items.number", hasItem(permit.number()));
        given().auth().oauth2(exporterKey).queryParam("overdue", false).get("/api/v1/permits")
                .then().statusCode(200).body("items.number", not(hasItem(permit.number())));
    }
}
