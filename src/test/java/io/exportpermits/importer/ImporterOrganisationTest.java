package io.exportpermits.importer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.exportpermits.support.AtOnce;
import io.exportpermits.support.TestKeys;
import io.exportpermits.support.TestPermits;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** One importer organisation sees the permits naming any of its parties, from every exporter, and nothing else. */
@QuarkusTest
class ImporterOrganisationTest {
    /** Keys are cached for up to a second, so a link's effect may take that long to show. */
    private static final Duration WITHIN = Duration.ofSeconds(5);

    private static Map<String, Object> importer(String lei) {
        Map<String, Object> body = new HashMap<>(Map.of("legalName", "Magnetics Inc.", "country", "US",
                "contactEmail", "trade@magnetics.example"));
        if (lei != null) {
            body.put("lei", lei);
        }
        return body;
    }

    private static Response eventually(Supplier<Response> call, int status) throws InterruptedException {
        Instant deadline = Instant.now().plus(WITHIN);
        Response response = call.get();
        while (response.statusCode() != status && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            response = call.get();
        }
        return response;
    }

    @Test
    void anLeiWithWrongCheckDigitsIsRefusedNamingTheDigitsItNeeds() {
        String lei = TestKeys.newLei();
        String wrong = lei.substring(0, 18) + (lei.endsWith("00") ? "01" : "00");
        given().auth().oauth2(TestKeys.AUTHORITY).contentType(ContentType.JSON).body(importer(wrong))
                .post("/api/v1/importers").then().statusCode(400)
                .body("errors[0].field", equalTo("lei"))
                .body("errors[0].message", containsString("ends in " + lei.substring(18)));
        given().auth().oauth2(TestKeys.AUTHORITY).contentType(ContentType.JSON).body(importer(lei.toLowerCase()))
                .post("/api/v1/importers").then().statusCode(400).body("errors[0].field", equalTo("lei"));
        given().auth().oauth2(TestKeys.AUTHORITY).contentType(ContentType.JSON).body(importer(null))
                .post("/api/v1/importers").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("lei", "nationalIdentifier"));
        // nothing was kept: the LEI is still free
        given().auth().oauth2(TestKeys.AUTHORITY).contentType(ContentType.JSON).body(importer(lei))
                .post("/api/v1/importers").then().statusCode(201).body("status", equalTo("VERIFIED"));
        given().auth().oauth2(TestKeys.AUTHORITY).contentType(ContentType.JSON).body(importer(lei))
                .post("/api/v1/importers").then().statusCode(409).body("detail", containsString(lei));
    }

    @Test
    void anImporterSeesThePermitsOfEveryExporterThatNamesItsPartiesAndNoOthers() throws Exception {
        String lei = TestKeys.newLei();
        String importerId = TestKeys.newImporter("Magnetics Inc.", lei);
        String importerKey = TestKeys.importerOrganisationKey(importerId);

        String exporterA = TestKeys.exporterKey(TestKeys.newExporter("Supplier A"));
        String exporterB = TestKeys.exporterKey(TestKeys.newExporter("Supplier B"));
        // A names the importer with its LEI: linked at once. B names it by name only and confirms the link.
        String partyA = given().auth().oauth2(exporterA).contentType(ContentType.JSON)
                .body(Map.of("name", "Magnetics Inc.", "country", "US", "lei", lei))
                .post("/api/v1/parties").then().statusCode(201)
                .body("importerLink.importerId", equalTo(importerId))
                .body("importerLink.basis", equalTo("MATCHING_LEI")).extract().path("id");
        String partyB = TestKeys.newParty(exporterB, "Magnetics Incorporated");
        given().auth().oauth2(exporterA).contentType(ContentType.JSON).body(Map.of("importerId", importerId))
                .post("/api/v1/parties/" + partyB + "/importer-link").then().statusCode(404);
        given().auth().oauth2(exporterB).contentType(ContentType.JSON).body(Map.of("importerId", importerId))
                .post("/api/v1/parties/" + partyB + "/importer-link").then().statusCode(201)
                .body("basis", equalTo("EXPORTER_CONFIRMED")).body("importerLegalName", equalTo("Magnetics Inc."));
        given().auth().oauth2(exporterB).contentType(ContentType.JSON).body(Map.of("importerId", importerId))
                .post("/api/v1/parties/" + partyB + "/importer-link").then().statusCode(409)
                .body("detail", containsString("already linked"));

        TestPermits.Ref fromA = TestPermits.inState("SUBMITTED", exporterA, partyA);
        TestPermits.Ref fromB = TestPermits.inState("DRAFT", exporterB, partyB);
        TestPermits.Ref unrelated = TestPermits.inState("DRAFT", exporterB, TestKeys.newParty(exporterB, "Other Buyer"));

        eventually(() -> given().auth().oauth2(importerKey).get("/api/v1/permits/" + fromB.number()), 200);
        given().auth().oauth2(importerKey).get("/api/v1/permits").then().statusCode(200)
                .body("items.number", hasItems(fromA.number(), fromB.number()))
                .body("items.number", not(hasItem(unrelated.number())));
        given().auth().oauth2(importerKey).get("/api/v1/permits/" + fromA.number()).then().statusCode(200)
                .body("checkCode", nullValue());
        given().auth().oauth2(importerKey).get("/api/v1/permits/" + fromA.number() + "/status").then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        given().auth().oauth2(importerKey).get("/api/v1/permits/" + unrelated.number() + "/status").then()
                .statusCode(404);
        given().auth().oauth2(importerKey).contentType(ContentType.JSON)
                .body(Map.of("permits", List.of(Map.of("number", fromA.number()), Map.of("number", fromB.number()),
                        Map.of("number", unrelated.number()))))
                .post("/api/v1/permit-status-queries").then().statusCode(200)
                .body("results.outcome", equalTo(List.of("OK", "OK", "NOT_FOUND")));
        given().auth().oauth2(importerKey).queryParam("types", "permit.created").queryParam("limit", 200)
                .get("/api/v1/events").then().statusCode(200)
                .body("items.subject.id", containsInAnyOrder(fromA.number(), fromB.number()));
        given().auth().oauth2(importerKey).get("/api/v1/parties").then().statusCode(200)
                .body("items.id", containsInAnyOrder(partyA, partyB));
        // importers read, never write
        given().auth().oauth2(importerKey).contentType(ContentType.JSON)
                .body(TestPermits.application(partyA, TestPermits.VALID_FROM, TestPermits.VALID_UNTIL))
                .post("/api/v1/permits").then().statusCode(403);

        // B's link removed: B's permits go out of sight, A's stay; the history keeps both changes
        given().auth().oauth2(exporterB).delete("/api/v1/parties/" + partyB + "/importer-link").then().statusCode(204);
        eventually(() -> given().auth().oauth2(importerKey).get("/api/v1/permits/" + fromB.number()), 404)
                .then().statusCode(404);
        given().auth().oauth2(importerKey).get("/api/v1/permits/" + fromA.number() + "/status").then().statusCode(200);
        given().auth().oauth2(exporterB).get("/api/v1/parties/" + partyB + "/history").then().statusCode(200)
                .body("items.action", equalTo(List.of("LINKED_TO_IMPORTER", "UNLINKED_FROM_IMPORTER")))
                .body("items[0].basis", equalTo("EXPORTER_CONFIRMED"))
                .body("items[1].actorRole", equalTo("EXPORTER"));
        given().auth().oauth2(exporterB).get("/api/v1/parties/" + partyB + "/importer-link").then().statusCode(404);
    }

    @Test
    void aSelfRegisteredImporterSeesNothingUntilVerifiedAndThenFindsItsPartiesByLei() throws Exception {
        String lei = TestKeys.newLei();
        String exporter = TestKeys.exporterKey(TestKeys.newExporter("Supplier C"));
        String party = given().auth().oauth2(exporter).contentType(ContentType.JSON)
                .body(Map.of("name", "Magnetics Inc.", "country", "US", "lei", lei))
                .post("/api/v1/parties").then().statusCode(201)
                .body("importerLink", nullValue()).extract().path("id");
        TestPermits.Ref permit = TestPermits.inState("DRAFT", exporter, party);

        var registration = given().contentType(ContentType.JSON).body(importer(lei))
                .post("/api/v1/importer-registrations").then().statusCode(201)
                .header("Cache-Control", "no-store")
                .body("importer.status", equalTo("PENDING")).body("importer.selfRegistered", equalTo(true))
                .body("apiKey.key.role", equalTo("IMPORTER")).extract().jsonPath();
        String importerId = registration.getString("importer.id");
        String key = registration.getString("apiKey.secret");
        given().contentType(ContentType.JSON).body(importer(lei)).post("/api/v1/importer-registrations")
                .then().statusCode(409);

        given().auth().oauth2(key).get("/api/v1/permits/" + permit.number() + "/status").then().statusCode(403)
                .body("type", equalTo("https://export-permits.io/problems/importer-not-verified"));
        given().auth().oauth2(key).get("/api/v1/permits").then().statusCode(403);
        given().auth().oauth2(key).get("/api/v1/events").then().statusCode(403);
        given().auth().oauth2(key).get("/api/v1/importers/" + importerId).then().statusCode(200)
                .body("status", equalTo("PENDING"));
        given().auth().oauth2(key).get("/api/v1/api-keys/current").then().statusCode(200)
                .body("importerId", equalTo(importerId));
        given().auth().oauth2(key).post("/api/v1/importers/" + importerId + "/verify").then().statusCode(403);

        // Found among the registrations to verify by its LEI: the shared test schema keeps every earlier run's.
        given().auth().oauth2(TestKeys.AUTHORITY).queryParam("status", "PENDING").queryParam("lei", lei)
                .get("/api/v1/importers").then().statusCode(200).body("items.id", equalTo(List.of(importerId)));
        given().auth().oauth2(TestKeys.AUTHORITY).post("/api/v1/importers/" + importerId + "/verify").then()
                .statusCode(200).body("status", equalTo("VERIFIED"));
        given().auth().oauth2(exporter).get("/api/v1/parties/" + party).then().statusCode(200)
                .body("importerLink.importerId", equalTo(importerId))
                .body("importerLink.basis", equalTo("MATCHING_LEI"));
        eventually(() -> given().auth().oauth2(key).get("/api/v1/permits/" + permit.number() + "/status"), 200)
                .then().statusCode(200);
    }

    @Test
    void aRejectedRegistrationKeepsSeeingNothingAndFreesItsLei() {
        String lei = TestKeys.newLei();
        var registration = given().contentType(ContentType.JSON).body(importer(lei))
                .post("/api/v1/importer-registrations").then().statusCode(201).extract().jsonPath();
        String importerId = registration.getString("importer.id");
        given().auth().oauth2(TestKeys.AUTHORITY).contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/importers/" + importerId + "/reject").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        given().auth().oauth2(TestKeys.AUTHORITY).contentType(ContentType.JSON)
                .body(Map.of("reason", "No such company in the state register."))
                .post("/api/v1/importers/" + importerId + "/reject").then().statusCode(200)
                .body("status", equalTo("REJECTED"));
        given().auth().oauth2(TestKeys.AUTHORITY).post("/api/v1/importers/" + importerId + "/verify").then()
                .statusCode(409);
        given().auth().oauth2(registration.getString("apiKey.secret")).get("/api/v1/permits").then().statusCode(403);
        TestKeys.newImporter("Magnetics Inc.", lei);
    }

    @Test
    void linksArePrivateToThoseTheyConcern() {
        String importerId = TestKeys.newImporter("Linked Buyer", TestKeys.newLei());
        String otherImporter = TestKeys.newImporter("Other Buyer", TestKeys.newLei());
        String exporter = TestKeys.exporterKey(TestKeys.newExporter("Supplier D"));
        String party = TestKeys.newParty(exporter, "Linked Buyer");
        given().auth().oauth2(TestKeys.AUTHORITY).contentType(ContentType.JSON).body(Map.of("importerId", importerId))
                .post("/api/v1/parties/" + party + "/importer-link").then().statusCode(201)
                .body("basis", equalTo("AUTHORITY"));
        String otherKey = TestKeys.importerOrganisationKey(otherImporter);
        given().auth().oauth2(otherKey).get("/api/v1/parties/" + party).then().statusCode(404);
        given().auth().oauth2(otherKey).delete("/api/v1/parties/" + party + "/importer-link").then().statusCode(404);
        given().auth().oauth2(otherKey).get("/api/v1/importers/" + importerId).then().statusCode(404);
        given().auth().oauth2(exporter).get("/api/v1/importers/" + importerId).then().statusCode(403);
        given().auth().oauth2(TestKeys.AUTHORITY).queryParam("importerId", importerId).get("/api/v1/parties")
                .then().statusCode(200).body("items.id", equalTo(List.of(party)));
        given().auth().oauth2(TestKeys.AUTHORITY).contentType(ContentType.JSON)
                .body(Map.of("importerId", TestKeys.newImporter("Third Buyer", TestKeys.newLei())))
                .post("/api/v1/parties/" + party + "/importer-link").then().statusCode(409);
        // the importer itself may say "that is not us"
        String importerKey = TestKeys.importerOrganisationKey(importerId);
        given().auth().oauth2(importerKey).delete("/api/v1/parties/" + party + "/importer-link").then().statusCode(204);
    }

    @Test
    void linkingOnePartyFourTimesAtOnceMakesOneLink() throws Exception {
        String importerId = TestKeys.newImporter("Raced Buyer", TestKeys.newLei());
        String exporter = TestKeys.exporterKey(TestKeys.newExporter("Supplier E"));
        String party = TestKeys.newParty(exporter, "Raced Buyer");
        List<Integer> statuses = AtOnce.run(4, i -> given().auth().oauth2(exporter).contentType(ContentType.JSON)
                .body(Map.of("importerId", importerId)).post("/api/v1/parties/" + party + "/importer-link")
                .statusCode());
        assertEquals(List.of(201, 409, 409, 409), statuses.stream().sorted().toList());
        given().auth().oauth2(exporter).get("/api/v1/parties/" + party + "/history").then()
                .body("items.action", equalTo(List.of("LINKED_TO_IMPORTER")));
    }
}
