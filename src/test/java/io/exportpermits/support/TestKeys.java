package io.exportpermits.support;

import static io.restassured.RestAssured.given;

import io.exportpermits.common.validation.LegalEntityIdentifier;
import io.exportpermits.exporter.NationalIdentifiers;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Creates tenants and their keys over the API, each test its own, so no test depends on another's rows. */
public final class TestKeys {
    /** The bootstrap AUTHORITY key the test profile configures. */
    public static final String AUTHORITY = "ep_test_authority_key";

    private TestKeys() {
    }

    /** A fresh, valid Chinese unified social credit code. */
    public static String newUscc() {
        StringBuilder code = new StringBuilder("91");
        for (int i = 0; i < 15; i++) {
            code.append(ThreadLocalRandom.current().nextInt(10));
        }
        return code.append(NationalIdentifiers.usccCheckCharacter(code.toString())).toString();
    }

    /** A fresh, valid LEI (ISO 17442), its check digits computed by the service's own rule. */
    public static String newLei() {
        String alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        StringBuilder first = new StringBuilder("9845");
        for (int i = 0; i < 14; i++) {
            first.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
        }
        return first + LegalEntityIdentifier.Validator.checkDigits(first.toString());
    }

    /** A verified importer organisation, registered by an authority; returns its id. */
    public static String newImporter(String legalName, String lei) {
        return given().auth().oauth2(AUTHORITY).contentType(ContentType.JSON)
                .body(Map.of("legalName", legalName, "country", "US", "lei", lei,
                        "contactEmail", "trade@importer.example"))
                .post("/api/v1/importers").then().statusCode(201).extract().path("id");
    }

    public static String importerOrganisationKey(String importerId) {
        return newKey(Map.of("name", "importer organisation key", "role", "IMPORTER", "importerId", importerId));
    }

    public static Map<String, Object> exporterBody(String legalName) {
        return Map.of(
                "legalName", legalName,
                "country", "CN",
                "nationalIdentifier", newUscc(),
                "address", "No. 1 Rare Earth Road\nFuzhou, Fujian 350000",
                "contact", Map.of("name", "Li Wei", "email", "compliance@example.com"));
    }

    public static String newExporter(String legalName) {
        return given().auth().oauth2(AUTHORITY).contentType(ContentType.JSON).body(exporterBody(legalName))
                .post("/api/v1/exporters").then().statusCode(201).extract().path("id");
    }

    public static String newParty(String asKey, String name) {
        return given().auth().oauth2(asKey).contentType(ContentType.JSON)
                .body(Map.of("name", name, "country", "US"))
                .post("/api/v1/parties").then().statusCode(201).extract().path("id");
    }

    public static String exporterKey(String exporterId) {
        return newKey(Map.of("name", "exporter key", "role", "EXPORTER", "exporterId", exporterId));
    }

    public static String importerKey(String partyId) {
        return newKey(Map.of("name", "importer key", "role", "IMPORTER", "partyId", partyId));
    }

    public static String authorityKey() {
        return newKey(Map.of("name", "officer key", "role", "AUTHORITY"));
    }

    public static String newKey(Map<String, Object> request) {
        return given().auth().oauth2(AUTHORITY).contentType(ContentType.JSON).body(request)
                .post("/api/v1/api-keys").then().statusCode(201).extract().path("secret");
    }

    /** The public id inside a secret (`ep_<id>_<secret>`). */
    public static String idOf(String secret) {
        return secret.substring(3, 15);
    }
}
