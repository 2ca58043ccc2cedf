package io.exportpermits.permit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.exportpermits.support.TestKeys;
import io.exportpermits.support.TestPermits;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Periods the 45 working days do not count, and referrals after which none apply (Art. 17). */
@QuarkusTest
class ClockPauseTest {
    @Inject
    DataSource database;

    private String exporterKey;
    private String consignee;

    @BeforeEach
    void exporter() {
        exporterKey = TestKeys.exporterKey(TestKeys.newExporter("Paused Co."));
        consignee = TestKeys.newParty(exporterKey, "Paused Consignee");
    }

    private JsonPath permit(String number) {
        return given().auth().oauth2(TestKeys.AUTHORITY).get("/api/v1/permits/" + number).then().statusCode(200)
                .extract().jsonPath();
    }

    private void update(String sql, String number) throws SQLException {
        try (var connection = database.getConnection(); var update = connection.prepareStatement(sql)) {
            update.setString(1, number);
            assertEquals(1, update.executeUpdate());
        }
    }

    @Test
    void anExpertConsultationStopsTheClockAndMovesTheDueDayByItsWorkingDays() throws SQLException {
        var permit = TestPermits.inState("UNDER_REVIEW", exporterKey, consignee);
        LocalDate dueBefore = LocalDate.parse(permit(permit.number()).getString("statutoryClock.decisionDueOn"));
        given().auth().oauth2(TestKeys.AUTHORITY).header("If-Match", permit.etag()).contentType("application/json")
                .body(Map.of("pause", "INFORMATION_REQUEST", "reason", "x"))
                .post("/api/v1/permits/" + permit.number() + "/pause-clock").then().statusCode(400)
                .body("errors[0].field", equalTo("pause"));
        var paused = TestPermits.act(permit, "pause-clock", TestKeys.AUTHORITY,
                Map.of("pause", "EXPERT_CONSULTATION", "reason", "Purity to be confirmed by a testing institute."));
        JsonPath view = permit(paused.number());
        assertEquals("UNDER_REVIEW", view.getString("status"));
        assertEquals(true, view.getBoolean("statutoryClock.paused"));
        assertEquals("EXPERT_CONSULTATION", view.getString("statutoryClock.pausedFor"));
        given().auth().oauth2(TestKeys.AUTHORITY).get("/api/v1/permits/" + paused.number()).then()
                .body("allowedActions", hasItem("resume-clock"))
                .body("allowedActions", not(hasItem("pause-clock")))
                .body("allowedActions", not(hasItem("request-information")));
        given().auth().oauth2(TestKeys.AUTHORITY).header("If-Match", paused.etag()).contentType("application/json")
                .body(Map.of("reason", "And the end user?"))
                .post("/api/v1/permits/" + paused.number() + "/request-information").then().statusCode(409)
                .body("type", equalTo("https://export-permits.io/problems/invalid-transition"))
                .body("allowedActions", hasItem("resume-clock"));
        // The consultation took a week, Monday to Monday: five working days, weekends and holidays aside.
        LocalDate since = LocalDate.now().minusDays(7);
        update("update permit set clock_paused_since = current_date - 7 where number = ?", paused.number());
        String etag = given().auth().oauth2(TestKeys.AUTHORITY).get("/api/v1/permits/" + paused.number())
                .header("ETag");
        TestPermits.act(new TestPermits.Ref(paused.number(), etag), "resume-clock", TestKeys.AUTHORITY, null);
        JsonPath resumed = permit(paused.number());
        assertEquals(false, resumed.getBoolean("statutoryClock.paused"));
        LocalDate dueAfter = LocalDate.parse(resumed.getString("statutoryClock.decisionDueOn"));
        Set<String> holidays = Set.copyOf(given().queryParam("limit", 200).get("/api/v1/holidays").jsonPath()
                .getList("items.day", String.class));
        assertEquals(workingDays(since, LocalDate.now(), holidays), workingDays(dueBefore, dueAfter, holidays),
                "the due day moved on by the working days paused");
        given().auth().oauth2(TestKeys.AUTHORITY).get("/api/v1/permits/" + paused.number() + "/history").then()
                .body("items.find { it.action == 'pause-clock' }.changes.clockPause", equalTo("EXPERT_CONSULTATION"));
    }

    /** Working days after {@code from}, up to and including {@code until}. */
    private static int workingDays(LocalDate from, LocalDate until, Set<String> holidays) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(until); day = day.plusDays(1)) {
            count += day.getDayOfWeek().getValue() <= 5 && !holidays.contains(day.toString()) ? 1 : 0;
        }
        return count;
    }

    @Test
    void aReferralToTheStateCouncilLeavesNoTimeLimitAndNothingOverdue() throws SQLException {
        var permit = TestPermits.inState("UNDER_REVIEW", exporterKey, consignee);
        given().auth().oauth2(TestKeys.AUTHORITY).header("If-Match", permit.etag()).contentType("application/json")
                .body(Map.of()).post("/api/v1/permits/" + permit.number() + "/refer-to-state-council").then()
                .statusCode(400).body("errors[0].field", equalTo("reason"));
        TestPermits.act(permit, "refer-to-state-council", TestKeys.AUTHORITY, Map.of("reason", "Major security matter."));
        update("update permit set decision_due_on = current_date - 30 where number = ?", permit.number());
        JsonPath referred = permit(permit.number());
        assertEquals("UNDER_REVIEW", referred.getString("status"));
        assertEquals("NONE", referred.getString("statutoryClock.timeLimit"));
        assertNull(referred.getString("statutoryClock.decisionDueOn"));
        assertEquals(false, referred.getBoolean("statutoryClock.overdue"));
        given().auth().oauth2(exporterKey).get("/api/v1/permits/" + permit.number() + "/status").then()
                .statusCode(200).body("decisionDueOn", nullValue());
        given().auth().oauth2(exporterKey).queryParam("overdue", true).get("/api/v1/permits").then()
                .statusCode(200).body("items.number", not(hasItem(permit.number())));
        given().auth().oauth2(exporterKey).queryParam("overdue", false).get("/api/v1/permits").then()
                .statusCode(200).body("items.number", hasItem(permit.number()));
    }
}
