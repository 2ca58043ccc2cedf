package io.exportpermits.permit.statistics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exportpermits.support.TestKeys;
import io.exportpermits.support.TestPermits;
import io.exportpermits.support.TestPermits.Ref;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Licensing statistics against figures worked out by hand: applications are made over HTTP and then
 * moved back in time (history included) to a month no other test touches.
 */
@QuarkusTest
class LicensingStatisticsTest {
    private static final String LICENSING = "/api/v1/statistics/licensing";

    @Inject
    DataSource database;

    /**
     * March 2021, with Wednesday the 10th a holiday: working days, paused clocks and a decision taken while
     * paused, counted as the statutory clock counts them, for one exporter's own figures.
     */
    @Test
    void workingDaysSkipWeekendsHolidaysAndPausedTimeAsTheStatutoryClockDoes() throws SQLException {
        given().auth().oauth2(TestKeys.AUTHORITY).contentType(ContentType.JSON).body(Map.of("name", "Test holiday"))
                .put("/api/v1/holidays/2021-03-10").then().statusCode(200);
        String exporterKey = TestKeys.exporterKey(TestKeys.newExporter("Statistics Clock Co."));
        String consignee = TestKeys.newParty(exporterKey, "Statistics Consignee");

        // 20 working days from Tue 2 to Wed 31 March (the 10th is a holiday), 5 of them paused earlier: 15.
        Ref approved = TestPermits.inState("APPROVED", exporterKey, consignee);
        sql("update permit set received_on = '2021-03-01', submitted_at = '2021-03-01T09:00Z', accepted_on = "
                + "'2021-03-02', decided_at = '2021-03-31T10:00Z', clock_paused_working_days = 5 where number = ?",
                approved.number());
        // 11 working days from Wed 3 to Fri 19 March.
        Ref refused = TestPermits.act(TestPermits.inState("UNDER_REVIEW", exporterKey, consignee), "refuse",
                TestKeys.AUTHORITY, Map.of("reason", "End use not established"));
        sql("update permit set received_on = '2021-03-03', submitted_at = '2021-03-03T09:00Z', accepted_on = "
                + "'2021-03-03', decided_at = '2021-03-19T10:00Z' where number = ?", refused.number());
        // 15 working days from Thu 4 to Fri 26 March, decided while paused since Wed 24: 13 counted, 2 paused.
        Ref decidedWhilePaused = TestPermits.inState("APPROVED", exporterKey, consignee);
        sql("update permit set received_on = '2021-03-04', submitted_at = '2021-03-04T09:00Z', accepted_on = "
                + "'2021-03-04', decided_at = '2021-03-26T10:00Z', clock_paused_since = '2021-03-24', "
                + "clock_pause_reason = 'EXPERT_CONSULTATION' where number = ?", decidedWhilePaused.number());
        Ref withdrawn = TestPermits.act(TestPermits.inState("SUBMITTED", exporterKey, consignee), "withdraw",
                exporterKey, Map.of("reason", "Order cancelled"));
        sql("update permit set received_on = '2021-03-08', submitted_at = '2021-03-08T09:00Z', "
                + "updated_at = '2021-03-12T10:00Z' where number = ?", withdrawn.number());
        backdateHistory(withdrawn.number(), "withdraw", "2021-03-12T10:00Z");
        Ref returned = TestPermits.act(TestPermits.inState("SUBMITTED", exporterKey, consignee), "request-corrections",
                TestKeys.AUTHORITY, Map.of("items", Stream.of("APPLICATION_FORM", "IDENTITY_DOCUMENTS", "CONTRACT",
                        "TECHNICAL_DESCRIPTION", "END_USER_CERTIFICATE")
                        .map(kind -> Map.of("kind", kind, "problem", "MISSING", "detail", "Please add it")).toList()));
        sql("update permit set received_on = '2021-03-05', submitted_at = '2021-03-05T09:00Z' where number = ?",
                returned.number());
        backdateHistory(returned.number(), "request-corrections", "2021-03-09T10:00Z");
        // Accepted in January, due on 8 March, still undecided: past its due day at the end of March.
        Ref overdue = TestPermits.inState("UNDER_REVIEW", exporterKey, consignee);
        sql("update permit set received_on = '2021-01-04', submitted_at = '2021-01-04T09:00Z', accepted_on = "
                + "'2021-01-04', decision_due_on = '2021-03-08' where number = ?", overdue.number());

        JsonPath own = given().auth().oauth2(exporterKey).queryParam("from", "2021-03").queryParam("to", "2021-03")
                .get(LICENSING).then().statusCode(200).extract().jsonPath();
        assertEquals("PUBLIC", own.getString("disclosureControl"));
        Map<String, Object> march = own.getMap("rows[0].own");
        assertEquals("2021-03", own.getString("rows[0].group"));
        assertEquals(5, march.get("received"));
        assertEquals(3, march.get("accepted"));
        assertEquals(2, march.get("approved"));
        assertEquals(1, march.get("refused"));
        assertEquals(1, march.get("withdrawn"));
        assertEquals(1, march.get("returnedForCorrections"));
        assertEquals(0.6667f, march.get("approvalRate"));
        assertEquals(13, march.get("medianWorkingDays"), "11, 13 and 15 working days");
        assertEquals(15, march.get("p90WorkingDays"));
        assertEquals(1, march.get("withinLimitShare"));
        assertEquals(0.1522f, march.get("pausedShare"), "7 paused of 46 working days");
        assertEquals(1, march.get("openPastDue"));
        List<Map<String, Object>> bands = own.getList("rows[0].own.decisionsByWorkingDays");
        assertEquals(List.of("0-5", "6-10", "11-15", "16-20", "21-25", "26-30", "31-35", "36-40", "41-45", "46-60",
                "61+", "NO_TIME_LIMIT"), bands.stream().map(band -> band.get("band")).toList());
        assertEquals(Map.of("band", "11-15", "fromWorkingDays", 11, "toWorkingDays", 15, "decisions", 3), bands.get(2),
                "11, 13 and 15 working days");
        assertEquals(3, bands.stream().mapToInt(band -> (Integer) band.get("decisions")).sum());
        assertEquals(march, own.getMap("total.own"), "one month: the total is the month");

        JsonPath january = given().auth().oauth2(exporterKey).queryParam("from", "2021-01").queryParam("to", "2021-02")
                .get(LICENSING).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("2021-01", "2021-02"), january.getList("rows.group"));
        assertEquals(1, january.getInt("rows[0].own.received"));
        assertEquals(1, january.getInt("rows[0].own.accepted"));
        assertEquals(0, january.getInt("rows[0].own.openPastDue"), "not yet due on 31 January");
        assertEquals(0, january.getInt("rows[1].own.openPastDue"), "due on 8 March");
        assertNull(january.get("rows[0].own.medianWorkingDays"), "nothing decided");
    }

    /**
     * Four exporters in one month, by destination. Received (and, since nobody acted within 5 working days,
     * accepted by law) per exporter: DE A1 B1 C1; FR A5 B1 C1; US A6 B1 C1; KR A2. US has one exporter at
     * 75 %, KR one exporter: both withheld, and together A would make 80 % of what the total less DE and FR
     * reveals, so DE, the smallest shown, is withheld too. The total (A 14 of 20) is shown.
     */
    @Test
    void noPublicAnswerSinglesOutAnExporter() throws SQLException {
        YearMonth month = unusedMonth();
        Map<String, Map<String, Integer>> plan = new LinkedHashMap<>();
        plan.put("DE", Map.of("A", 1, "B", 1, "C", 1));
        plan.put("FR", Map.of("A", 5, "B", 1, "C", 1));
        plan.put("US", Map.of("A", 6, "B", 1, "C", 1));
        plan.put("KR", Map.of("A", 2));
        Map<String, String> keys = new HashMap<>();
        for (String exporter : List.of("A", "B", "C")) {
            keys.put(exporter, TestKeys.exporterKey(TestKeys.newExporter("Statistics Exporter " + exporter)));
        }
        int day = 1;
        for (var destination : plan.entrySet()) {
            for (var contribution : destination.getValue().entrySet()) {
                String key = keys.get(contribution.getKey());
                String consignee = TestKeys.newParty(key, "Buyer in " + destination.getKey());
                for (int i = 0; i < contribution.getValue(); i++) {
                    Map<String, Object> application = new HashMap<>(TestPermits.application(consignee,
                            TestPermits.VALID_FROM, TestPermits.VALID_UNTIL));
                    application.put("destination", destination.getKey());
                    var draft = given().auth().oauth2(key).contentType(ContentType.JSON).body(application)
                            .post("/api/v1/permits").then().statusCode(201).extract();
                    Ref submitted = TestPermits.act(new Ref(draft.path("number"), draft.header("ETag")), "submit", key,
                            null);
                    sql("update permit set received_on = ?::date, submitted_at = ?::date where number = ?",
                            month.atDay(day).toString(), month.atDay(day).toString(), submitted.number());
                    day = day % 28 + 1;
                }
            }
        }

        JsonPath anonymous = table(given(), month, "DESTINATION");
        assertEquals("PUBLIC", anonymous.getString("disclosureControl"));
        assertEquals(List.of("DE", "FR", "KR", "US"), anonymous.getList("rows.group"));
        assertWithheld(anonymous, "DE", "PROTECTS_ANOTHER_CELL");
        assertEquals(7, anonymous.getInt("rows.find { it.group == 'FR' }.figures.received"));
        assertWithheld(anonymous, "KR", "FEWER_THAN_3_EXPORTERS");
        assertWithheld(anonymous, "US", "ONE_EXPORTER_75_PERCENT");
        assertEquals(20, anonymous.getInt("total.figures.received"));
        assertEquals(20, anonymous.getInt("total.figures.accepted"), "accepted by law on the day of receipt");
        assertNothingRecoverable(anonymous, plan);

        JsonPath byMonth = table(given(), month, "MONTH");
        assertEquals(20, byMonth.getInt("rows[0].figures.received"));
        assertEquals(20, byMonth.getInt("total.figures.received"));

        JsonPath authority = table(given().auth().oauth2(TestKeys.AUTHORITY), month, "DESTINATION");
        assertEquals("NONE", authority.getString("disclosureControl"));
        assertEquals(List.of(3, 7, 2, 8), authority.getList("rows.figures.received"));
        assertEquals(List.of(), authority.getList("rows.suppressed.flatten()"));

        JsonPath exporterA = table(given().auth().oauth2(keys.get("A")), month, "DESTINATION");
        assertEquals(List.of(1, 5, 2, 6), exporterA.getList("rows.own.received"));
        assertEquals(14, exporterA.getInt("total.own.received"));
        assertNull(exporterA.get("rows.find { it.group == 'US' }.figures.received"), "public figures stay withheld");

        String tag = given().queryParam("from", month.toString()).queryParam("to", month.toString())
                .queryParam("groupBy", "DESTINATION").get(LICENSING).then().statusCode(200)
                .header("Cache-Control", "public, no-cache").extract().header("ETag");
        given().header("If-None-Match", tag).queryParam("from", month.toString()).queryParam("to", month.toString())
                .queryParam("groupBy", "DESTINATION").get(LICENSING).then().statusCode(304);

        String csv = given().accept("text/csv").queryParam("from", month.toString()).queryParam("to", month.toString())
                .queryParam("groupBy", "DESTINATION").get(LICENSING).then().statusCode(200)
                .contentType(startsWith("text/csv")).header("ETag", org.hamcrest.Matchers.not(tag))
                .extract().asString();
        List<String> lines = csv.lines().toList();
        assertTrue(lines.get(0).startsWith("row,group,received,accepted,approved,refused,withdrawn,"), lines.get(0));
        assertTrue(lines.contains("GROUP,FR,7,7,0,0,0,0,,,,,,0,0,0,0,0,0,0,0,0,0,0,0,0,"), csv);
        assertTrue(lines.get(0).contains(",decisionsByWorkingDays.61+,decisionsByWorkingDays.NO_TIME_LIMIT,suppressed"),
                "names unquoted: " + lines.get(0));
        assertTrue(lines.get(lines.size() - 1).startsWith("TOTAL,,20,20,"), csv);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("GROUP,US,,,0,0,0,0,")
                && l.contains("received:ONE_EXPORTER_75_PERCENT")), csv);
    }

    /**
     * Decisions of one month by working days: A, B and C each decide once within 5 working days (A three
     * times), A alone once after more than 60. The 61+ band is A's alone, and the month's decisions less the
     * bands shown would give it: the 0-5 band is withheld with it, in the month and in the total (which, of
     * one month, is the month). Approvals (A 4 of 6) are shown.
     */
    @Test
    void aBandOfWorkingDaysOneExporterMakesUpIsWithheldWithWhatWouldRevealIt() throws SQLException {
        YearMonth month = unusedMonth();
        String decided = month.atDay(1) + "T10:00Z";
        Map<String, String> keys = new HashMap<>();
        for (String exporter : List.of("A", "B", "C")) {
            keys.put(exporter, TestKeys.exporterKey(TestKeys.newExporter("Band Statistics " + exporter)));
        }
        for (String exporter : List.of("A", "A", "A", "B", "C")) {
            String key = keys.get(exporter);
            Ref quick = TestPermits.inState("APPROVED", key, TestKeys.newParty(key, "Band Buyer"));
            sql("update permit set received_on = ?::date, accepted_on = ?::date, decided_at = ?::timestamptz "
                    + "where number = ?", month.atDay(1).toString(), month.atDay(1).toString(), decided, quick.number());
        }
        Ref slow = TestPermits.inState("APPROVED", keys.get("A"), TestKeys.newParty(keys.get("A"), "Band Buyer"));
        String accepted = month.minusMonths(4).atDay(1).toString();
        sql("update permit set received_on = ?::date, accepted_on = ?::date, decided_at = ?::timestamptz "
                + "where number = ?", accepted, accepted, decided, slow.number());

        JsonPath table = given().queryParam("from", month.toString()).queryParam("to", month.toString()).get(LICENSING)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(6, table.getInt("rows[0].figures.approved"));
        for (String row : List.of("rows[0]", "total")) {
            List<Map<String, Object>> bands = table.getList(row + ".figures.decisionsByWorkingDays");
            assertNull(bands.get(0).get("decisions"), row + " 0-5");
            assertNull(bands.get(10).get("decisions"), row + " 61+");
            assertEquals(0, bands.stream().map(band -> band.get("decisions")).filter(java.util.Objects::nonNull)
                    .mapToInt(decisions -> (Integer) decisions).sum(), row + ": every other band is empty");
            List<Map<String, String>> suppressed = table.getList(row + ".suppressed");
            assertTrue(suppressed.contains(Map.of("figure", "decisionsByWorkingDays.61+", "reason",
                    "FEWER_THAN_3_EXPORTERS")), row + ": " + suppressed);
            assertTrue(suppressed.contains(Map.of("figure", "decisionsByWorkingDays.0-5", "reason",
                    "PROTECTS_ANOTHER_CELL")), row + ": " + suppressed);
        }
        JsonPath authority = given().auth().oauth2(TestKeys.AUTHORITY).queryParam("from", month.toString())
                .queryParam("to", month.toString()).get(LICENSING).then().statusCode(200).extract().jsonPath();
        assertEquals(5, authority.getInt("rows[0].figures.decisionsByWorkingDays[0].decisions"));
        assertEquals(1, authority.getInt("rows[0].figures.decisionsByWorkingDays[10].decisions"));
    }

    /** Every shown figure is made up by 3 or more exporters, none at 75 %; so is what the total less them reveals. */
    private static void assertNothingRecoverable(JsonPath table, Map<String, Map<String, Integer>> plan) {
        Map<String, Integer> revealed = new HashMap<>();
        int shownSum = 0;
        for (var destination : plan.entrySet()) {
            Object shown = table.get("rows.find { it.group == '" + destination.getKey() + "' }.figures.received");
            if (shown == null) {
                destination.getValue().forEach((exporter, count) -> revealed.merge(exporter, count, Integer::sum));
            } else {
                assertPasses(destination.getValue(), "shown " + destination.getKey());
                shownSum += (Integer) shown;
            }
        }
        assertEquals(table.getInt("total.figures.received") - shownSum,
                revealed.values().stream().mapToInt(Integer::intValue).sum());
        assertPasses(revealed, "the total less the shown figures");
    }

    private static void assertPasses(Map<String, Integer> contributions, String what) {
        int sum = contributions.values().stream().mapToInt(Integer::intValue).sum();
        int largest = contributions.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        assertTrue(contributions.size() >= 3, what + ": " + contributions);
        assertTrue(largest * 4 < sum * 3, what + ": " + contributions);
    }

    private static void assertWithheld(JsonPath table, String group, String reason) {
        String row = "rows.find { it.group == '" + group + "' }";
        assertNull(table.get(row + ".figures.received"), group);
        assertTrue(table.getList(row + ".suppressed", Map.class).contains(Map.of("figure", "received", "reason", reason)),
                group + ": " + table.getList(row + ".suppressed"));
    }

    @Test
    void malformedPeriodsAndGroupingsAreRefusedNamingTheParameter() {
        given().queryParam("from", "2026-13").get(LICENSING).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("from"));
        given().queryParam("from", "2026-06").queryParam("to", "2026-05").get(LICENSING).then().statusCode(400)
                .body("errors.field", hasItem("from")).body("errors.message", hasItem(containsString("after to")));
        given().queryParam("from", "2000-01").queryParam("to", "2010-01").get(LICENSING).then().statusCode(400)
                .body("errors.message", hasItem(containsString("at most 120 months")));
        given().queryParam("to", "26-01").get(LICENSING).then().statusCode(400).body("errors.field", hasItem("to"));
        given().queryParam("groupBy", "WEEK").get(LICENSING).then().statusCode(400)
                .body("errors.field", hasItem("groupBy"));
    }

    @Test
    void withoutAPeriodTheLastTwelveMonthsAreCounted() {
        JsonPath table = given().get(LICENSING).then().statusCode(200).extract().jsonPath();
        YearMonth now = YearMonth.now(java.time.ZoneOffset.UTC);
        assertEquals(now.minusMonths(11).toString(), table.getString("from"));
        assertEquals(now.toString(), table.getString("to"));
        assertEquals(12, table.getList("rows").size());
        assertEquals("MONTH", table.getString("groupBy"));
        assertFalse(table.getString("countedAt").isEmpty());
    }

    private static JsonPath table(RequestSpecification request, YearMonth month, String groupBy) {
        return request.queryParam("from", month.toString()).queryParam("to", month.toString())
                .queryParam("groupBy", groupBy).get(LICENSING).then().statusCode(200).extract().jsonPath();
    }

    /** A month of the last century nothing was received in: earlier runs of this test each took one. */
    private static YearMonth unusedMonth() {
        while (true) {
            YearMonth month = YearMonth.of(1901 + ThreadLocalRandom.current().nextInt(99),
                    1 + ThreadLocalRandom.current().nextInt(12));
            if (table(given().auth().oauth2(TestKeys.AUTHORITY), month, "MONTH").getInt("total.figures.received") == 0) {
                return month;
            }
        }
    }

    private void sql(String statement, String... values) throws SQLException {
        try (var connection = database.getConnection(); var update = connection.prepareStatement(statement)) {
            for (int i = 0; i < values.length; i++) {
                update.setString(i + 1, values[i]);
            }
            assertEquals(1, update.executeUpdate());
        }
    }

    /** History refuses rewrites; a test moving an application back in time sets its triggers aside for one statement. */
    private void backdateHistory(String number, String action, String at) throws SQLException {
        try (var connection = database.getConnection()) {
            connection.setAutoCommit(false);
            try (var replica = connection.createStatement();
                 var update = connection.prepareStatement("update permit_history set occurred_at = ?::timestamptz "
                         + "where action = ? and permit_id = (select id from permit where number = ?)")) {
                replica.execute("set local session_replication_role = replica");
                update.setString(1, at);
                update.setString(2, action);
                update.setString(3, number);
                assertEquals(1, update.executeUpdate());
            }
            connection.commit();
        }
    }
}
