package io.exportpermits.policy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.exportpermits.support.TestKeys;
import io.exportpermits.support.TestPolicies;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PolicyChangesTest {

    @Test
    void publishingCreatesThePolicyAndItsFirstRevision() {
        var published = TestPolicies.publish();
        given().get("/api/v1/policies/" + published.id()).then().statusCode(200)
                .body("standing.status", equalTo("IN_FORCE"))
                .body("measures[0].hsCodePrefixes", equalTo(List.of("7777")));
        given().get("/api/v1/policies/" + published.id() + "/revisions").then().statusCode(200)
                .body("items[0].revision", equalTo(1))
                .body("items[0].kind", equalTo("CREATED"))
                .body("items[0].changedByKeyId", notNullValue())
                .body("items[0].previous", nullValue());
    }

    @Test
    void publishingTheSameNumberTwiceIs409() {
        int number = TestPolicies.newNumber();
        given().auth().oauth2(TestKeys.AUTHORITY).contentType(ContentType.JSON)
                .body(TestPolicies.request(number, "first")).post("/api/v1/policies").then().statusCode(201);
        given().auth().oauth2(TestKeys.AUTHORITY).contentType(ContentType.JSON)
                .body(TestPolicies.request(number, "second")).post("/api/v1/policies").then().statusCode(409);
    }

    @Test
    void amendingNeedsIfMatchRefusesAStaleOneAndKeepsTheEarlierText() {
        var published = TestPolicies.publish();
        Map<String, Object> corrected = new HashMap<>(TestPolicies.request(0, "Corrected summary."));
        corrected.put("number", Integer.parseInt(published.id().substring(published.id().lastIndexOf('-') + 1)));
        corrected.put("reason", "Correction: the summary was misread from the source.");
        String path = "/api/v1/policies/" + published.id();

        given().auth().oauth2(TestKeys.AUTHORITY).contentType(ContentType.JSON).body(corrected).put(path)
                .then().statusCode(428).contentType("application/problem+json")
                .body("type", equalTo("https://export-permits.io/problems/precondition-required"));
        String next = given().auth().oauth2(TestKeys.AUTHORITY).header("If-Match", published.etag())
                .contentType(ContentType.JSON).body(corrected).put(path)
                .then().statusCode(200).body("summary", equalTo("Corrected summary.")).extract().header("ETag");
        given().auth().oauth2(TestKeys.AUTHORITY).header("If-Match", published.etag())
                .contentType(ContentType.JSON).body(corrected).put(path)
                .then().statusCode(412).body("detail", containsString(next));

        given().get(path + "/revisions").then().statusCode(200)
                .body("items.kind", equalTo(List.of("AMENDED", "CREATED")))
                .body("items[0].reason", equalTo("Correction: the summary was misread from the source."))
                .body("items[0].previous.summary", equalTo("A test policy."));
    }

    @Test
    void ofFiveOfficersAmendingAtOnceWithOneETagExactlyOneWins() throws Exception {
        var published = TestPolicies.publish();
        int number = Integer.parseInt(published.id().substring(published.id().lastIndexOf('-') + 1));
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(5);
        try {
            List<java.util.concurrent.Future<Integer>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < 5; i++) {
                Map<String, Object> amendment = new HashMap<>(TestPolicies.request(number, "Amendment " + i));
                calls.add(pool.submit(() -> {
                    start.await();
                    return given().auth().oauth2(TestKeys.AUTHORITY).header("If-Match", published.etag())
                            .contentType(ContentType.JSON).body(amendment)
                            .put("/api/v1/policies/" + published.id()).statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var call : calls) {
                statuses.add(call.get());
            }
            org.junit.jupiter.api.Assertions.assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
            org.junit.jupiter.api.Assertions.assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 409 || s == 412),
                    statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        given().get("/api/v1/policies/" + published.id() + "/revisions").then()
                .body("items.kind", equalTo(List.of("AMENDED", "CREATED")));
    }

    @Test
    void aRecordedSuspensionSuspendsThePolicyOnlyForItsDays() {
        var published = TestPolicies.publish();
        var declaring = TestPolicies.publish();
        given().auth().oauth2(TestKeys.AUTHORITY).header("If-Match", published.etag()).contentType(ContentType.JSON)
                .body(Map.of("declaredBy", declaring.id(), "from", "2020-01-01", "until", "2020-12-31",
                        "reason", "Suspended by the declaring test policy."))
                .post("/api/v1/policies/" + published.id() + "/suspensions")
                .then().statusCode(200).body("suspendedBy[0].declaredBy", equalTo(declaring.id()));
        given().queryParam("asOf", "2020-06-01").get("/api/v1/policies/" + published.id())
                .then().body("standing.status", equalTo("SUSPENDED"));
        given().queryParam("asOf", "2021-01-01").get("/api/v1/policies/" + published.id())
                .then().body("standing.status", equalTo("IN_FORCE"));
    }

    @Test
    void repealingMakesThePolicyRepealedFromThatDay() {
        var published = TestPolicies.publish();
        given().auth().oauth2(TestKeys.AUTHORITY).header("If-Match", published.etag()).contentType(ContentType.JSON)
                .body(Map.of("repealedOn", "2021-01-01", "reason", "Repealed by a later test announcement."))
                .post("/api/v1/policies/" + published.id() + "/repeal")
                .then().statusCode(200).body("repealedOn", equalTo("2021-01-01"));
        given().queryParam("asOf", "2020-12-31").get("/api/v1/policies/" + published.id())
                .then().body("standing.status", equalTo("IN_FORCE"));
        given().queryParam("asOf", "2021-01-01").get("/api/v1/policies/" + published.id())
                .then().body("standing.status", equalTo("REPEALED"));
        given().get("/api/v1/policies/" + published.id() + "/revisions")
                .then().body("items.kind", hasItems("REPEALED", "CREATED"));
    }

    @Test
    void aMeasureThatNamesNothingAndAnUnknownAuthorityAreRefused() {
        Map<String, Object> request = new HashMap<>(TestPolicies.request(TestPolicies.newNumber(), "x"));
        request.put("authorities", List.of("NOPE"));
        request.put("measures", List.of(Map.of("clause", "1", "kind", "LICENCE_REQUIRED", "description", "vague")));
        given().auth().oauth2(TestKeys.AUTHORITY).contentType(ContentType.JSON).body(request)
                .post("/api/v1/policies")
                .then().statusCode(400).body("errors.field", hasItems("authorities[0]", "measures[0]"));
    }
}
