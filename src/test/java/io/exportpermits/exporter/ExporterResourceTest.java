package io.exportpermits.exporter;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.exportpermits.support.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExporterResourceTest {

    @Test
    void registeringReturns201WithLocationETagAndNormalisedIdentifier() {
        Map<String, Object> body = new HashMap<>(TestKeys.exporterBody("Fujian Acme Rare Earths Co., Ltd."));
        String uscc = (String) body.get("nationalIdentifier");
        body.put("nationalIdentifier", uscc.substring(0, 6) + " " + uscc.substring(6).toLowerCase());
        body.put("legalNameLocal", "福建艾克美稀土有限公司");
        body.put("generalLicenceEligibility", Map.of("from", "2025-12-18", "until", "2026-12-17"));
        String id = given().auth().oauth2(TestKeys.AUTHORITY).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/exporters")
                .then().statusCode(201)
                .header("ETag", notNullValue())
                .body("nationalIdentifier", equalTo(uscc))
                .body("status", equalTo("ACTIVE"))
                .body("legalNameLocal", equalTo("福建艾克美稀土有限公司"))
                .body("generalLicenceEligibility.until", equalTo("2026-12-17"))
                .extract().path("id");
        given().auth().oauth2(TestKeys.AUTHORITY).when().get("/api/v1/exporters/" + id)
                .then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void locationHeaderPointsAtTheNewExporter() {
        String location = given().auth().oauth2(TestKeys.AUTHORITY).contentType(ContentType.JSON)
                .body(TestKeys.exporterBody("Located Co.")).post("/api/v1/exporters")
                .then().statusCode(201).extract().header("Location");
        given().auth().oauth2(TestKeys.AUTHORITY).get(location).then().statusCode(200)
                .body("legalName", equalTo("Located Co."));
    }

    @Test
    void secondRegistrationOfTheSameIdentifierIs409() {
        Map<String, Object> body = TestKeys.exporterBody("Twice Registered Co.");
        given().auth().oauth2(TestKeys.AUTHORITY).contentType(ContentType.JSON).body(body)
                .post("/api/v1/exporters").then().statusCode(201);
        given().auth().oauth2(TestKeys.AUTHORITY).contentType(ContentType.JSON).body(body)
                .post("/api/v1/exporters")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://export-permits.io/problems/conflict"));
    }

    @Test
    void invalidUnifiedSocialCreditCodeIs400NamingTheField() {
        Map<String, Object> body = new HashMap<>(TestKeys.exporterBody("Bad Code Co."));
        body.put("nationalIdentifier", "91350100M000100Y44");
        given().auth().oauth2(TestKeys.AUTHORITY).contentType(ContentType.JSON).body(body)
                .post("/api/v1/exporters")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("nationalIdentifier"))
                .body("errors[0].message", containsString("check character"));
    }

    @Test
    void unknownCountryAndEligibilityEndingBeforeItStartsAreRefused() {
        Map<String, Object> body = new HashMap<>(TestKeys.exporterBody("Odd Co."));
        body.put("country", "XX");
        body.put("generalLicenceEligibility", Map.of("from", "2026-01-02", "until", "2026-01-01"));
        given().auth().oauth2(TestKeys.AUTHORITY).contentType(ContentType.JSON).body(body)
                .post("/api/v1/exporters")
                .then().statusCode(400)
                .body("errors.field", contains("country", "generalLicenceEligibility.until"));
    }

    @Test
    void searchFiltersByNameAndIdentifier() {
        String marker = "Searchable " + UUID.randomUUID();
        String id = TestKeys.newExporter(marker + " Magnets Ltd.");
        given().auth().oauth2(TestKeys.AUTHORITY).queryParam("name", marker.toLowerCase())
                .when().get("/api/v1/exporters")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(id));
        String identifier = given().auth().oauth2(TestKeys.AUTHORITY).get("/api/v1/exporters/" + id).path("nationalIdentifier");
        given().auth().oauth2(TestKeys.AUTHORITY).queryParam("nationalIdentifier", identifier)
                .queryParam("country", "CN").queryParam("status", "ACTIVE")
                .when().get("/api/v1/exporters")
                .then().statusCode(200).body("items.id", contains(id));
    }

    @Test
    void anExporterSeesOnlyItselfAndOthersAre404() {
        String own = TestKeys.newExporter("Own Co.");
        String other = TestKeys.newExporter("Other Co.");
        String key = TestKeys.exporterKey(own);
        given().auth().oauth2(key).when().get("/api/v1/exporters")
                .then().statusCode(200).body("items.id", contains(own));
        given().auth().oauth2(key).when().get("/api/v1/exporters/" + other)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(key).when().get("/api/v1/exporters/" + UUID.randomUUID())
                .then().statusCode(404);
    }

    @Test
    void anExporterMayChangeItsContactButNotItsStatus() {
        String own = TestKeys.newExporter("Self Service Co.");
        String key = TestKeys.exporterKey(own);
        given().auth().oauth2(key).contentType(ContentType.JSON)
                .body(Map.of("contact", Map.of("name", "New Desk", "email", "desk@example.com", "phone", "+86 591 1234 5678")))
                .when().patch("/api/v1/exporters/" + own)
                .then().statusCode(200).body("contact.name", equalTo("New Desk"));
        given().auth().oauth2(key).contentType(ContentType.JSON).body(Map.of("status", "ACTIVE"))
                .when().patch("/api/v1/exporters/" + own)
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("status"));
    }

    @Test
    void currentCopyIs304WithoutBodyAndAChangeMakesIt200Again() {
        String id = TestKeys.newExporter("Polled Co.");
        String etag = given().auth().oauth2(TestKeys.AUTHORITY).get("/api/v1/exporters/" + id).header("ETag");
        given().auth().oauth2(TestKeys.AUTHORITY).header("If-None-Match", "W/" + etag)
                .when().get("/api/v1/exporters/" + id)
                .then().statusCode(304).header("ETag", etag).body(org.hamcrest.Matchers.emptyString());
        given().auth().oauth2(TestKeys.AUTHORITY).contentType(ContentType.JSON).body(Map.of("address", "Moved\nXiamen"))
                .patch("/api/v1/exporters/" + id).then().statusCode(200);
        given().auth().oauth2(TestKeys.AUTHORITY).header("If-None-Match", etag)
                .when().get("/api/v1/exporters/" + id)
                .then().statusCode(200).body("address", equalTo("Moved\nXiamen"));
    }

    @Test
    void staleIfMatchIs412AndCurrentOneSucceeds() {
        String id = TestKeys.newExporter("Versioned Co.");
        String etag = given().auth().oauth2(TestKeys.AUTHORITY).get("/api/v1/exporters/" + id).header("ETag");
        String next = given().auth().oauth2(TestKeys.AUTHORITY).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("status", "SUSPENDED"))
                .when().patch("/api/v1/exporters/" + id)
                .then().statusCode(200).body("status", equalTo("SUSPENDED")).extract().header("ETag");
        given().auth().oauth2(TestKeys.AUTHORITY).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("status", "ACTIVE"))
                .when().patch("/api/v1/exporters/" + id)
                .then().statusCode(412).contentType("application/problem+json")
                .body("type", equalTo("https://export-permits.io/problems/precondition-failed"))
                .body("detail", containsString(next));
    }
}
