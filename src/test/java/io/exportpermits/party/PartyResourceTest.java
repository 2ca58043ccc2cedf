package io.exportpermits.party;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.exportpermits.support.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PartyResourceTest {

    @Test
    void aPartyAnExporterAddsIsVisibleToItAndToAuthoritiesOnly() {
        String exporterKey = TestKeys.exporterKey(TestKeys.newExporter("Consignor Co."));
        String otherExporterKey = TestKeys.exporterKey(TestKeys.newExporter("Rival Co."));
        String party = TestKeys.newParty(exporterKey, "Magnetics Inc.");
        given().auth().oauth2(exporterKey).get("/api/v1/parties/" + party)
                .then().statusCode(200).body("name", equalTo("Magnetics Inc.")).body("country", equalTo("US"));
        given().auth().oauth2(exporterKey).get("/api/v1/parties")
                .then().statusCode(200).body("items.id", contains(party));
        given().auth().oauth2(TestKeys.AUTHORITY).get("/api/v1/parties/" + party).then().statusCode(200);
        given().auth().oauth2(otherExporterKey).get("/api/v1/parties/" + party).then().statusCode(404);
    }

    @Test
    void anImporterSeesItsOwnPartyOnly() {
        String own = TestKeys.newParty(TestKeys.AUTHORITY, "Importer One LLC");
        String other = TestKeys.newParty(TestKeys.AUTHORITY, "Importer Two LLC");
        String key = TestKeys.importerKey(own);
        given().auth().oauth2(key).get("/api/v1/parties").then().statusCode(200).body("items.id", contains(own));
        given().auth().oauth2(key).get("/api/v1/parties/" + other).then().statusCode(404);
    }

    @Test
    void anAuthorityCorrectsAPartyAndCannotClearItsNameByAccident() {
        String party = TestKeys.newParty(TestKeys.AUTHORITY, "Typo Imports");
        given().auth().oauth2(TestKeys.AUTHORITY).contentType(ContentType.JSON)
                .body(Map.of("name", "Tycho Imports", "identifier", "EIN 12-3456789"))
                .patch("/api/v1/parties/" + party)
                .then().statusCode(200).body("name", equalTo("Tycho Imports"))
                .body("addedByExporterId", nullValue());
        given().auth().oauth2(TestKeys.AUTHORITY).contentType(ContentType.JSON).body(Map.of("name", ""))
                .patch("/api/v1/parties/" + party)
                .then().statusCode(400).body("errors[0].field", equalTo("name"));
    }
}
