package io.exportpermits.policy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PolicyResourceTest {

    @Test
    void holmiumPolicyIsSuspendedInsideNo70AndInForceAgainTheDayAfter() {
        given().queryParam("asOf", "2026-11-10").when().get("/api/v1/policies/mofcom-gac-2025-57")
                .then().statusCode(200)
                .body("standing.status", equalTo("SUSPENDED"))
                .body("standing.suspendedBy", equalTo("mofcom-2025-70"))
                .body("standing.suspendedUntil", equalTo("2026-11-10"))
                .body("standing.reason", containsString("No. 70 of 2025"))
                .body("lastVerifiedOn", notNullValue());
        given().queryParam("asOf", "2026-11-11").when().get("/api/v1/policies/mofcom-gac-2025-57")
                .then().statusCode(200)
                .body("standing.status", equalTo("IN_FORCE"))
                .body("standing.suspendedBy", nullValue());
    }

    /** No source says what followed No. 70's suspension: the answer rests on the schedule, and says so. */
    @Test
    void afterTheSuspensionsScheduledEndTheStandingIsScheduledNotConfirmedAndTellsTheHistory() {
        given().queryParam("asOf", "2026-12-05").when().get("/api/v1/policies/mofcom-gac-2025-57")
                .then().statusCode(200)
                .body("standing.status", equalTo("IN_FORCE"))
                .body("standing.basis", equalTo("SCHEDULED"))
                .body("standing.since", equalTo("2026-11-11"))
                .body("standing.reason", containsString("was scheduled to end"))
                .body("standing.reason", containsString("No. 70 of 2025 (2025-11-07 to 2026-11-10)"))
                .body("standing.reason", containsString("First in force on 2025-11-08"))
                .body("standing.reason", not(containsString("In force since 2025-11-08")))
                .body("suspendedBy[0].endConfirmed", equalTo(false))
                .body("lastVerifiedOn", equalTo("2026-12-05"));
        given().queryParam("asOf", "2026-06-01").when().get("/api/v1/policies/mofcom-gac-2025-57")
                .then().statusCode(200)
                .body("standing.status", equalTo("SUSPENDED"))
                .body("standing.basis", equalTo("CONFIRMED"))
                .body("standing.since", equalTo("2025-11-08"));
        given().queryParam("asOf", "2026-12-05").when().get("/api/v1/policies/mofcom-gac-2025-18")
                .then().statusCode(200)
                .body("standing.basis", equalTo("CONFIRMED"))
                .body("standing.since", equalTo("2025-04-04"));
    }

    @Test
    void publishedButNotYetEffectiveIsPending() {
        given().queryParam("asOf", "2025-10-20").when().get("/api/v1/policies/mofcom-gac-2025-55")
                .then().statusCode(200).body("standing.status", equalTo("PENDING"))
                .body("standing.reason", containsString("2025-11-08"));
    }

    @Test
    void no18WasNeverSuspended() {
        given().queryParam("asOf", "2026-06-01").when().get("/api/v1/policies/mofcom-gac-2025-18")
                .then().statusCode(200)
                .body("standing.status", equalTo("IN_FORCE"))
                .body("measures[0].controlCodes", hasItems("1C902", "1C903", "1C904"))
                .body("suspendedBy.size()", equalTo(0));
    }

    @Test
    void clauseSuspensionOfAnAnnouncementNotCarriedIsShownOnTheDeclaringPolicy() {
        given().queryParam("asOf", "2026-06-01").when().get("/api/v1/policies/mofcom-2025-72")
                .then().statusCode(200)
                .body("suspends[0].suspendedReference", equalTo("MOFCOM Announcement No. 46 of 2024"))
                .body("suspends[0].clause", equalTo("2"))
                .body("suspends[0].until", equalTo("2026-11-27"));
    }

    @Test
    void listFiltersByStatusOnTheDayAndByElement() {
        given().queryParam("asOf", "2026-06-01").queryParam("status", "SUSPENDED").queryParam("limit", 200)
                .when().get("/api/v1/policies")
                .then().statusCode(200)
                .body("items.id", hasItems("mofcom-gac-2025-55", "mofcom-gac-2025-57", "mofcom-2025-61"))
                .body("items.id", not(hasItem("mofcom-gac-2025-18")))
                .body("items.standing.status", everyItem(equalTo("SUSPENDED")));
        given().queryParam("element", "Ho").when().get("/api/v1/policies")
                .then().statusCode(200).body("items.id", hasItems("mofcom-gac-2025-57", "mofcom-2025-61"))
                .body("items.id", not(hasItem("mofcom-gac-2025-18")));
        given().queryParam("hsCode", "2846901940").when().get("/api/v1/policies")
                .then().statusCode(200).body("items.id", hasItem("mofcom-gac-2025-18"));
    }

    @Test
    void listPagesWithCursorsInPublicationOrder() {
        var first = given().queryParam("limit", 3).get("/api/v1/policies");
        first.then().statusCode(200).body("items.size()", equalTo(3)).body("items[0].id", equalTo("mofcom-2026-1"));
        given().queryParam("limit", 3).queryParam("cursor", (String) first.path("next")).get("/api/v1/policies")
                .then().statusCode(200).body("items.size()", equalTo(3))
                .body("items.id", not(hasItem("mofcom-2026-1")));
    }

    @Test
    void readsCarryETagCacheControlAndAnswer304() {
        var response = given().queryParam("asOf", "2026-06-01").get("/api/v1/policies/mofcom-gac-2025-57");
        response.then().statusCode(200).header("Cache-Control", "public, max-age=300");
        String etag = response.header("ETag");
        given().queryParam("asOf", "2026-06-01").header("If-None-Match", etag).get("/api/v1/policies/mofcom-gac-2025-57")
                .then().statusCode(304).header("ETag", etag);
        given().queryParam("asOf", "2026-11-20").header("If-None-Match", etag).get("/api/v1/policies/mofcom-gac-2025-57")
                .then().statusCode(200);
    }

    @Test
    void unknownPolicyIs404AndBadFiltersAre400() {
        given().get("/api/v1/policies/no-such-policy").then().statusCode(404).contentType("application/problem+json");
        given().queryParam("asOf", "2026-02-30").get("/api/v1/policies")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("asOf"))
                .body("errors[0].message", containsString("ISO 8601"));
        given().queryParam("status", "DORMANT").queryParam("element", "Xx").get("/api/v1/policies")
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
        given().queryParam("element", "Xx").get("/api/v1/policies")
                .then().statusCode(400).body("errors[0].field", equalTo("element"));
    }

    @Test
    void controlListAsTreeNestsSubItemsAndFiltersKeepAncestors() {
        given().queryParam("view", "TREE").queryParam("element", "Sm").get("/api/v1/control-list")
                .then().statusCode(200)
                .body("items.code", equalTo(java.util.List.of("1C902")))
                .body("items[0].children.code", hasItems("1C902.a", "1C902.b", "1C902.c"));
        given().queryParam("hsCode", "2846901993").get("/api/v1/control-list")
                .then().statusCode(200).body("items.code", equalTo(java.util.List.of("1C902.b")));
        given().get("/api/v1/control-list/1C902").then().statusCode(200)
                .body("children.size()", equalTo(3)).body("lastVerifiedOn", notNullValue());
        given().get("/api/v1/control-list/1C905").then().statusCode(404)
                .body("detail", containsString("does not mean the item is uncontrolled"));
    }

    @Test
    void theControlEntriesVerifiedInDecember2026AreCarriedAndYtterbiumIsMarkedUnverified() {
        given().get("/api/v1/control-list/1C904").then().statusCode(200)
                .body("children.code", hasItems("1C904.a", "1C904.b", "1C904.c"))
                .body("sources[0]", containsString("Announcement No. 18 of 2025"));
        for (String code : java.util.List.of("1C909", "1C910", "1C911", "1C912")) {
            given().get("/api/v1/control-list/" + code).then().statusCode(200)
                    .body("children.size()", equalTo(3)).body("verificationNote", nullValue())
                    .body("sources[0]", containsString("Announcement No. 57 of 2025"));
        }
        given().get("/api/v1/control-list/1C913").then().statusCode(200)
                .body("verificationNote", containsString("UNVERIFIED"))
                .body("children.size()", equalTo(0));
        given().queryParam("asOf", "2026-06-01").get("/api/v1/policies/mofcom-gac-2025-57").then().statusCode(200)
                .body("measures[0].controlCodes", equalTo(java.util.List.of("1C909", "1C910", "1C911", "1C912", "1C913")));
    }
}
