package io.exportpermits.permit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.agroal.api.AgroalDataSource;
import io.exportpermits.event.SubjectType;
import io.exportpermits.support.AtOnce;
import io.exportpermits.support.TestKeys;
import io.exportpermits.support.TestPermits;
import io.exportpermits.support.ToldChanges;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PermitStatusTest {
    @Inject
    AgroalDataSource pool;
    @Inject
    DataSource dataSource;
    @Inject
    ToldChanges toldChanges;

    private String exporterKey;
    private String consignee;
    private String importerKey;

    @BeforeEach
    void tenants() {
        exporterKey = TestKeys.exporterKey(TestKeys.newExporter("Status Exporter"));
        consignee = TestKeys.newParty(exporterKey, "Polling Importer Ltd");
        importerKey = TestKeys.importerKey(consignee);
    }

    private io.restassured.response.Response status(String key, String number, String ifNoneMatch) {
        var request = given().auth().oauth2(key);
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return request.get("/api/v1/permits/" + number + "/status");
    }

    @Test
    void theStatusCarriesStateValidityAndRemainingQuantities() {
        TestPermits.Ref permit = TestPermits.inState("APPROVED", exporterKey, consignee);
        status(importerKey, permit.number(), null).then().statusCode(200)
                .contentType(ContentType.JSON)
                .header("Cache-Control", "private, no-cache")
                .header("X-Poll-Interval", "60")
                .body("number", equalTo(permit.number()))
                .body("status", equalTo("APPROVED"))
                .body("validity.from", equalTo(TestPermits.VALID_FROM))
                .body("lines[0].approvedQuantity", equalTo(500))
                .body("lines[0].remainingQuantity", equalTo(500))
                .body("href", equalTo("/api/v1/permits/" + permit.number()));
    }

    @Test
    void aCurrentTagIsAnswered304WithoutBodyAndAStaleOne200() {
        TestPermits.Ref permit = TestPermits.inState("SUBMITTED", exporterKey, consignee);
        String etag = status(importerKey, permit.number(), null).then().statusCode(200)
                .body("reasonCode", equalTo("AWAITING_DECISION")).extract().header("ETag");
        status(importerKey, permit.number(), etag).then().statusCode(304)
                .header("ETag", etag).header("X-Poll-Interval", "60").body(emptyOrNullString());
        status(importerKey, permit.number(), "\"other\", " + etag).then().statusCode(304);
        status(importerKey, permit.number(), "*").then().statusCode(304);

        TestPermits.act(permit, "start-review", TestKeys.AUTHORITY, null);
        String changed = status(importerKey, permit.number(), etag).then().statusCode(200)
                .body("status", equalTo("UNDER_REVIEW")).extract().header("ETag");
        assertNotEquals(etag, changed);
    }

    @Test
    void theTagDependsOnTheStatusNotOnTheKey() {
        TestPermits.Ref permit = TestPermits.inState("SUBMITTED", exporterKey, consignee);
        String etag = status(importerKey, permit.number(), null).then().extract().header("ETag");
        String rotated = TestKeys.importerKey(consignee);
        status(rotated, permit.number(), etag).then().statusCode(304);
        assertEquals(etag, status(exporterKey, permit.number(), null).then().extract().header("ETag"));
    }

    @Test
    void aTagRevealsNothingAboutAPermitTheCallerCannotSee() {
        TestPermits.Ref permit = TestPermits.inState("SUBMITTED", exporterKey, consignee);
        String etag = status(importerKey, permit.number(), null).then().extract().header("ETag");
        String stranger = TestKeys.importerKey(TestKeys.newParty(TestKeys.AUTHORITY, "Stranger Corp"));
        status(stranger, permit.number(), etag).then().statusCode(404)
                .contentType("application/problem+json");
        status(stranger, permit.number(), null).then().statusCode(404);
        status(stranger, "EP-1999-999999", null).then().statusCode(404);
    }

    @Test
    void aShipmentChangesTheTagAndTheRemainingQuantity() {
        TestPermits.Ref permit = TestPermits.inState("APPROVED", exporterKey, consignee);
        String etag = status(importerKey, permit.number(), null).then().extract().header("ETag");
        given().auth().oauth2(exporterKey).contentType(ContentType.JSON)
                .body(Map.of("batchId", "S-1", "shippedOn", TestPermits.validityDay(2),
                        "lines", List.of(Map.of("lineNumber", 1, "quantity", "120.5"))))
                .post("/api/v1/permits/" + permit.number() + "/shipments").then().statusCode(201);
        status(importerKey, permit.number(), etag).then().statusCode(200)
                .body("lines[0].shippedQuantity", equalTo(120.5f))
                .body("lines[0].remainingQuantity", equalTo(379.5f));
    }

    @Test
    void pollIntervalRisesWhenTheConnectionPoolIsNearlyExhausted() throws Exception {
        TestPermits.Ref permit = TestPermits.inState("SUBMITTED", exporterKey, consignee);
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < 17; i++) { // 17 of 20, plus the request's own: past the saturation mark
                held.add(dataSource.getConnection());
            }
            status(importerKey, permit.number(), null).then().statusCode(200).header("X-Poll-Interval", "240");
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
        status(importerKey, permit.number(), null).then().header("X-Poll-Interval", "60");
    }

    @Test
    void aChangeAnotherInstanceCommitsIsSeenOnceItsEventIsInTheOutboxEvenUnannounced() throws Exception {
        TestPermits.Ref permit = TestPermits.inState("SUBMITTED", exporterKey, consignee);
        // Once the listener has read a permit created after this one's events, it has read those too: none
        // of them will make this instance forget the status key the first poll keeps (as one did in CI).
        toldChanges.await(SubjectType.PERMIT.wireName, TestPermits.draft(exporterKey, consignee).number());
        String etag = status(importerKey, permit.number(), null).then().statusCode(200).extract().header("ETag");
        // Another instance withdraws it, in two steps: the row first, with no event to announce it...
        try (Connection connection = dataSource.getConnection();
             var update = connection.prepareStatement("update permit set status = 'WITHDRAWN', version = version + 1, "
                     + "updated_at = now() where number = ?")) {
            update.setString(1, permit.number());
            assertEquals(1, update.executeUpdate());
        }
        // ...which this instance does not see: the poll is answered from the status key it keeps in memory.
        status(importerKey, permit.number(), etag).then().statusCode(304);
        // Then the event (its data: the permit's last status, now withdrawn), never announced, as if that
        // instance died just after its commit: every instance reads the outbox at least once a second and
        // forgets what it kept of the permit.
        try (Connection connection = dataSource.getConnection();
             var insert = connection.prepareStatement("""
                     insert into event (id, type, occurred_at, subject_type, subject_id, data, visible_to_all,
                                        exporter_id, party_ids)
                     select gen_random_uuid(), 'permit.withdrawn', now(), 'permit', subject_id,
                            jsonb_set(jsonb_set(data::jsonb, '{status}', '"WITHDRAWN"'), '{reasonCode}',
                                      '"WITHDRAWN"')::json, visible_to_all, exporter_id, party_ids
                     from event where subject_type = 'permit' and subject_id = ? order by seq desc limit 1""")) {
            insert.setString(1, permit.number());
            assertEquals(1, insert.executeUpdate());
        }
        long deadline = System.nanoTime() + 2_000_000_000L;
        int answer;
        do {
            answer = status(importerKey, permit.number(), etag).statusCode();
        } while (answer == 304 && System.nanoTime() < deadline);
        assertEquals(200, answer, "the change is seen within 2 s of its commit");
        status(importerKey, permit.number(), null).then().body("status", equalTo("WITHDRAWN"));
    }

    @Test
    void aBatchAnswersEveryPermitInOrder() {
        TestPermits.Ref current = TestPermits.inState("SUBMITTED", exporterKey, consignee);
        TestPermits.Ref changed = TestPermits.inState("DRAFT", exporterKey, consignee);
        String otherKey = TestKeys.exporterKey(TestKeys.newExporter("Other Exporter"));
        TestPermits.Ref foreign = TestPermits.inState("DRAFT", otherKey, TestKeys.newParty(otherKey, "Other Buyer"));
        String currentTag = status(importerKey, current.number(), null).then().extract().header("ETag");
        String changedTag = status(importerKey, changed.number(), null).then().extract().header("ETag");
        given().auth().oauth2(importerKey).contentType(ContentType.JSON)
                .body(Map.of("permits", List.of(
                        Map.of("number", current.number(), "etag", currentTag),
                        Map.of("number", changed.number(), "etag", "\"stale\""),
                        Map.of("number", foreign.number()),
                        Map.of("number", "EP-1999-999998"))))
                .post("/api/v1/permit-status-queries").then().statusCode(200)
                .header("X-Poll-Interval", "60")
                .body("results.number", equalTo(List.of(current.number(), changed.number(), foreign.number(),
                        "EP-1999-999998")))
                .body("results.outcome", equalTo(List.of("NOT_MODIFIED", "OK", "NOT_FOUND",
                        "NOT_FOUND")))
                .body("results[0].etag", equalTo(currentTag))
                .body("results[0].status", nullValue())
                .body("results[1].etag", equalTo(changedTag))
                .body("results[1].status.status", equalTo("DRAFT"))
                .body("results[2].etag", nullValue());
    }

    @Test
    void aBatchTakesAFixedNumberOfStatementsWhateverItsSize() {
        List<String> numbers = IntStream.range(0, 12)
                .mapToObj(i -> TestPermits.draft(exporterKey, consignee).number()).toList();
        long small = connectionsFor(numbers.subList(0, 2));
        long large = connectionsFor(numbers);
        assertEquals(small, large, "database round trips for 2 permits vs 12");
        assertEquals(true, large <= 2, "at most the keys memory lacks, then the stale permits with their lines: " + large);
    }

    /**
     * Statements run on connections taken from the pool, one each on this path: JDBC and Hibernate alike. The
     * pool's count is the whole service's: the webhook worker retrying earlier tests' deliveries may take a
     * connection during one attempt, so the fewest of ten attempts is the batch's own.
     */
    private long connectionsFor(List<String> numbers) {
        var permits = numbers.stream().map(n -> Map.of("number", n)).toList();
        var body = Map.of("permits", permits);
        given().auth().oauth2(importerKey).contentType(ContentType.JSON).body(body)
                .post("/api/v1/permit-status-queries").then().statusCode(200); // warms the key cache
        long fewest = Long.MAX_VALUE;
        for (int attempt = 0; attempt < 10; attempt++) {
            long before = pool.getMetrics().acquireCount();
            given().auth().oauth2(importerKey).contentType(ContentType.JSON).body(body)
                    .post("/api/v1/permit-status-queries").then().statusCode(200);
            fewest = Math.min(fewest, pool.getMetrics().acquireCount() - before);
        }
        return fewest;
    }

    /**
     * A thousand numbers are read in parts at once (four in tests, whatever the machine's cores): the
     * permits sit at the first and last place of every part, and each answer must still be its own.
     */
    @Test
    void aThousandNumbersReadInPartsAreEachAnsweredInTheirPlace() {
        List<Integer> places = List.of(0, 249, 250, 499, 500, 749, 750, 999);
        Map<Integer, TestPermits.Ref> permits = new HashMap<>();
        for (int place : places) {
            permits.put(place, place == 999 ? TestPermits.inState("SUBMITTED", exporterKey, consignee)
                    : TestPermits.draft(exporterKey, consignee));
        }
        String lastTag = status(importerKey, permits.get(999).number(), null).then().extract().header("ETag");
        List<Map<String, String>> items = IntStream.range(0, 1000).mapToObj(i -> !permits.containsKey(i)
                ? Map.of("number", "EP-1998-" + (100000 + i))
                : i == 999 ? Map.of("number", permits.get(i).number(), "etag", lastTag)
                : Map.of("number", permits.get(i).number())).toList();
        List<String> numbers = items.stream().map(item -> item.get("number")).toList();
        List<String> expected = IntStream.range(0, 1000).mapToObj(i -> !permits.containsKey(i) ? "NOT_FOUND"
                : i == 999 ? "NOT_MODIFIED" : "OK").toList();
        // Twice: first with no key in memory, so all thousand are read; then only the unknown numbers are.
        for (int round = 0; round < 2; round++) {
            var answer = given().auth().oauth2(importerKey).contentType(ContentType.JSON)
                    .body(Map.of("permits", items)).post("/api/v1/permit-status-queries").then().statusCode(200)
                    .body("results.number", equalTo(numbers))
                    .body("results.outcome", equalTo(expected))
                    .body("results[999].etag", equalTo(lastTag));
            for (int place : places.subList(0, 7)) {
                answer.body("results[" + place + "].status.number", equalTo(permits.get(place).number()))
                        .body("results[" + place + "].status.status", equalTo("DRAFT"));
            }
        }
    }

    /**
     * Eight batches at once, each read in four parts, with four connections of the pool's twenty free:
     * thirty-two parts queue for four connections. Every batch is answered, because no thread holds a
     * connection while it waits for another part; one that did would wait out the pool's acquisition
     * timeout and fail.
     */
    @Test
    void batchesReadInPartsAreAllAnsweredWhenThePoolIsNearlyExhausted() throws Exception {
        var permits = IntStream.range(0, 1000).mapToObj(i -> Map.of("number", "EP-1997-" + (100000 + i))).toList();
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < 16; i++) {
                held.add(dataSource.getConnection());
            }
            List<Integer> answers = AtOnce.run(8, i -> given().auth().oauth2(importerKey).contentType(ContentType.JSON)
                    .body(Map.of("permits", permits)).post("/api/v1/permit-status-queries").statusCode());
            assertEquals(Collections.nCopies(8, 200), answers);
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
    }

    @Test
    void aBatchRefusesMoreThanAThousandPermits() {
        var permits = IntStream.range(0, 1001).mapToObj(i -> Map.of("number", "EP-2026-" + (100000 + i))).toList();
        given().auth().oauth2(importerKey).contentType(ContentType.JSON).body(Map.of("permits", permits))
                .post("/api/v1/permit-status-queries").then().statusCode(400)
                .body("errors[0].field", equalTo("permits"));
    }

    @Test
    void verificationNeedsNoKeyAndSaysWhyAPermitIsNotValid() {
        TestPermits.Ref permit = TestPermits.act(TestPermits.inState("UNDER_REVIEW", exporterKey, consignee), "approve",
                TestKeys.AUTHORITY, TestPermits.approval(TestPermits.validityDay(30), TestPermits.VALID_UNTIL));
        String checkCode = given().auth().oauth2(exporterKey).get("/api/v1/permits/" + permit.number())
                .then().extract().path("checkCode");
        verify(permit.number(), checkCode).then().statusCode(200)
                .body("valid", equalTo(false)).body("reason", equalTo("NOT_YET_VALID"));
        TestPermits.act(permit, "suspend", TestKeys.AUTHORITY, Map.of("reason", "Investigation"));
        verify(permit.number(), checkCode).then().statusCode(200)
                .body("valid", equalTo(false)).body("reason", equalTo("SUSPENDED"));

        TestPermits.Ref draft = TestPermits.inState("DRAFT", exporterKey, consignee);
        String draftCode = given().auth().oauth2(exporterKey).get("/api/v1/permits/" + draft.number())
                .then().extract().path("checkCode");
        verify(draft.number(), draftCode).then().body("reason", equalTo("NOT_ISSUED"));
    }

    @Test
    void anUnknownNumberAndAWrongCheckCodeAnswerAlike() {
        TestPermits.Ref permit = TestPermits.inState("APPROVED", exporterKey, consignee);
        String wrongCode = verify(permit.number(), "wrongcode2").then().statusCode(200).extract().asString();
        String unknown = verify("EP-1999-999997", "wrongcode2").then().statusCode(200).extract().asString();
        assertEquals(wrongCode.replaceAll("\"checkedAt\":\"[^\"]+\"", ""), unknown.replaceAll("\"checkedAt\":\"[^\"]+\"", ""));
        verify(permit.number(), "wrongcode2").then().body("valid", equalTo(false)).body("reason", equalTo("NOT_FOUND"));
    }

    @Test
    void verificationWithoutItsParametersIs400() {
        given().get("/api/v1/permit-verifications?number=EP-2026-000001").then().statusCode(400)
                .body("errors[0].field", equalTo("checkCode"));
    }

    private static io.restassured.response.Response verify(String number, String checkCode) {
        return given().queryParam("number", number).queryParam("checkCode", checkCode)
                .get("/api/v1/permit-verifications");
    }
}
