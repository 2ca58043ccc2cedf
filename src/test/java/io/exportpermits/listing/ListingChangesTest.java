package io.exportpermits.listing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exportpermits.support.AtOnce;
import io.exportpermits.support.TestListings;
import io.exportpermits.support.TestListings.Added;
import io.exportpermits.support.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** An authority's changes to the lists, on listings of {@link TestListings}. */
@QuarkusTest
class ListingChangesTest {
    @Inject
    DataSource dataSource;

    @Test
    void anAddedListingIsServedRevisedAnnouncedAndScreened() {
        Added added = TestListings.add();
        given().queryParam("asOf", "2099-06-01").get("/api/v1/listed-parties/" + added.id()).then().statusCode(200)
                .body("standing.status", equalTo("LISTED"))
                .body("announcement.numberConfirmed", equalTo(true));
        given().get("/api/v1/listed-parties/" + added.id() + "/revisions").then().statusCode(200)
                .body("items.kind", equalTo(List.of("CREATED")))
                .body("items[0].reason", equalTo("Listed by a test"));
        JsonPath events = given().auth().oauth2(TestKeys.AUTHORITY).queryParam("types", "listed_party.added")
                .queryParam("limit", 200).get("/api/v1/events").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> all = new ArrayList<>(events.getList("items"));
        String next = events.getString("next");
        while (events.getBoolean("more")) {
            events = given().auth().oauth2(TestKeys.AUTHORITY).queryParam("types", "listed_party.added")
                    .queryParam("limit", 200).queryParam("after", next).get("/api/v1/events").then().statusCode(200)
                    .extract().jsonPath();
            all.addAll(events.getList("items"));
            next = events.getString("next");
        }
        assertTrue(all.stream().anyMatch(e -> added.etag().equals(e.get("etag"))
                && ((Map<?, ?>) e.get("subject")).get("href").toString().endsWith(added.id())), "the event of the addition");

        // A change through this instance is screened against at once.
        given().contentType(ContentType.JSON).body(Map.of("asOf", "2099-06-01",
                        "parties", List.of(Map.of("name", added.name().toUpperCase() + " LTD", "country", "AQ"))))
                .post("/api/v1/party-screenings").then().statusCode(200)
                .body("results[0].candidates[0].listedPartyId", equalTo(added.id()))
                .body("results[0].candidates[0].list", equalTo("WATCH"));
        given().auth().oauth2(TestKeys.AUTHORITY).contentType(ContentType.JSON).body(TestListings.request(added.name()))
                .post("/api/v1/listed-parties").then().statusCode(409);
    }

    /**
     * Screenings reuse the listings read last, checked against the table at most once a second: a change
     * made through another instance (here an update behind the service's back) is screened against within
     * about a second, never missed.
     */
    @Test
    void aListingChangedThroughAnotherInstanceIsScreenedAgainstWithinASecond() throws Exception {
        Added added = TestListings.add();
        String renamed = TestListings.newName();
        Map<String, Object> screening = Map.of("asOf", "2099-06-01", "parties", List.of(Map.of("name", renamed,
                "country", "AQ")));
        given().contentType(ContentType.JSON).body(screening).post("/api/v1/party-screenings").then().statusCode(200)
                .body("results[0].outcome", equalTo("NO_MATCH"));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "update listed_party set name = ?, updated_at = clock_timestamp() where id = ?")) {
            update.setString(1, renamed);
            update.setObject(2, UUID.fromString(added.id()));
            assertEquals(1, update.executeUpdate());
        }
        long changed = System.nanoTime();
        String outcome;
        do {
            outcome = given().contentType(ContentType.JSON).body(screening).post("/api/v1/party-screenings").then()
                    .statusCode(200).extract().path("results[0].outcome");
        } while (!outcome.equals("POSSIBLE_MATCH") && System.nanoTime() - changed < 5_000_000_000L);
        double seconds = (System.nanoTime() - changed) / 1e9;
        assertEquals("POSSIBLE_MATCH", outcome);
        assertTrue(seconds <= ListedPartyRepository.CHECK_EVERY_NANOS / 1e9 + 1, "screened against after " + seconds + " s");
    }

    @Test
    void correctionsNeedIfMatchRefuseAStaleOneAndKeepTheEarlierText() {
        Added added = TestListings.add();
        String path = "/api/v1/listed-parties/" + added.id();
        Map<String, Object> corrected = TestListings.request(added.name());
        corrected.put("nameZh", "测试极地仪器公司");
        corrected.put("reason", "The Chinese name was missing");
        given().auth().oauth2(TestKeys.AUTHORITY).contentType(ContentType.JSON).body(corrected).put(path)
                .then().statusCode(428);
        String next = given().auth().oauth2(TestKeys.AUTHORITY).header("If-Match", added.etag())
                .contentType(ContentType.JSON).body(corrected).put(path).then().statusCode(200)
                .body("nameZh", equalTo("测试极地仪器公司")).extract().header("ETag");
        given().auth().oauth2(TestKeys.AUTHORITY).header("If-Match", added.etag())
                .contentType(ContentType.JSON).body(corrected).put(path).then().statusCode(412)
                .body("detail", containsString(next));
        Map<String, Object> moved = new HashMap<>(corrected);
        moved.put("list", "CONTROL");
        given().auth().oauth2(TestKeys.AUTHORITY).header("If-Match", next).contentType(ContentType.JSON).body(moved)
                .put(path).then().statusCode(400).body("errors[0].field", equalTo("list"));
        given().get(path + "/revisions").then().statusCode(200)
                .body("items.kind", equalTo(List.of("AMENDED", "CREATED")))
                .body("items[0].previous.nameZh", equalTo(null));
    }

    @Test
    void aSuspensionAndALiftChangeTheStandingOnlyForTheirDays() {
        Added added = TestListings.add();
        String path = "/api/v1/listed-parties/" + added.id();
        String suspended = given().auth().oauth2(TestKeys.AUTHORITY).header("If-Match", added.etag())
                .contentType(ContentType.JSON).body(Map.of("decision", "MOFCOM statement (test)", "from", "2099-04-01",
                        "until", "2099-04-30", "source", "test fixture", "reason", "Suspended by a test"))
                .post(path + "/suspensions").then().statusCode(200).extract().header("ETag");
        given().queryParam("asOf", "2099-04-15").get(path).then().body("standing.status", equalTo("SUSPENDED"))
                .body("standing.suspendedUntil", equalTo("2099-04-30"));
        given().queryParam("asOf", "2099-05-01").get(path).then().body("standing.status", equalTo("LISTED"))
                .body("standing.basis", equalTo("SCHEDULED")).body("standing.since", equalTo("2099-05-01"));
        given().queryParam("asOf", "2099-03-15").get(path).then().body("standing.status", equalTo("LISTED"));
        given().auth().oauth2(TestKeys.AUTHORITY).header("If-Match", suspended).contentType(ContentType.JSON)
                .body(Map.of("decision", "MOFCOM statement (test)", "from", "2099-04-20", "source", "test fixture",
                        "reason", "Overlapping"))
                .post(path + "/suspensions").then().statusCode(400).body("errors[0].field", equalTo("from"));
        String lifted = given().auth().oauth2(TestKeys.AUTHORITY).header("If-Match", suspended)
                .contentType(ContentType.JSON).body(Map.of("liftedOn", "2099-06-01",
                        "decision", "MOFCOM No. 9 of 2099 (test)", "reason", "Lifted by a test"))
                .post(path + "/lift").then().statusCode(200).extract().header("ETag");
        given().queryParam("asOf", "2099-06-01").get(path).then().body("standing.status", equalTo("LIFTED"))
                .body("standing.reason", containsString("MOFCOM No. 9 of 2099 (test)"));
        given().queryParam("asOf", "2099-05-31").get(path).then().body("standing.status", equalTo("LISTED"));
        given().auth().oauth2(TestKeys.AUTHORITY).header("If-Match", lifted).contentType(ContentType.JSON)
                .body(Map.of("liftedOn", "2099-07-01", "decision", "again", "reason", "again"))
                .post(path + "/lift").then().statusCode(409);
        given().get(path + "/revisions").then()
                .body("items.kind", equalTo(List.of("LIFTED", "SUSPENDED", "CREATED")));
    }

    @Test
    void ofFiveOfficersCorrectingAtOnceWithOneETagExactlyOneWins() throws Exception {
        Added added = TestListings.add();
        List<Integer> statuses = AtOnce.run(5, i -> {
            Map<String, Object> corrected = TestListings.request(added.name());
            corrected.put("note", "Correction " + i);
            return given().auth().oauth2(TestKeys.AUTHORITY).header("If-Match", added.etag())
                    .contentType(ContentType.JSON).body(corrected).put("/api/v1/listed-parties/" + added.id())
                    .statusCode();
        });
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 409 || s == 412), statuses.toString());
        given().get("/api/v1/listed-parties/" + added.id() + "/revisions").then()
                .body("items.kind", equalTo(List.of("AMENDED", "CREATED")));
    }

    @Test
    void onlyAnAuthorityChangesTheListsAndBadBodiesAre400sThatChangeNothing() {
        String exporterKey = TestKeys.exporterKey(TestKeys.newExporter("Listing Test Exporter"));
        given().auth().oauth2(exporterKey).contentType(ContentType.JSON).body(TestListings.request("Qzvrt Forbidden"))
                .post("/api/v1/listed-parties").then().statusCode(403);
        given().contentType(ContentType.JSON).body(TestListings.request("Qzvrt Anonymous")).post("/api/v1/listed-parties")
                .then().statusCode(401);
        Map<String, Object> bad = TestListings.request("Qzvrt Bad " + UUID.randomUUID());
        bad.put("authority", "NOPE");
        bad.put("lastVerifiedOn", "2099-01-01");
        given().auth().oauth2(TestKeys.AUTHORITY).contentType(ContentType.JSON).body(bad)
                .post("/api/v1/listed-parties").then().statusCode(400)
                .body("errors.field", hasItems("authority", "lastVerifiedOn"));
        Map<String, Object> missing = new HashMap<>(TestListings.request("x"));
        missing.remove("name");
        missing.remove("sources");
        missing.put("country", "Antarctica");
        given().auth().oauth2(TestKeys.AUTHORITY).contentType(ContentType.JSON).body(missing)
                .post("/api/v1/listed-parties").then().statusCode(400)
                .body("errors.field", hasItems("name", "sources", "country"));
        given().queryParam("q", "Qzvrt Bad").get("/api/v1/listed-parties").then().statusCode(200)
                .body("items.size()", equalTo(0));
        given().get("/api/v1/listed-parties/" + UUID.randomUUID() + "/revisions").then().statusCode(404)
                .body("type", notNullValue());
    }
}
