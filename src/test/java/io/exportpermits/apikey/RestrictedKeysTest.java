package io.exportpermits.apikey;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.exportpermits.support.TestKeys;
import io.exportpermits.support.TestPermits;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Keys limited to some permissions, as Stripe's restricted keys: a request outside them is a 403 naming what is missing. */
@QuarkusTest
class RestrictedKeysTest {

    private static String key(String creator, Map<String, Object> request) {
        return given().auth().oauth2(creator).contentType(ContentType.JSON).body(request)
                .post("/api/v1/api-keys").then().statusCode(201).extract().path("secret");
    }

    private static Map<String, Object> exporterKeyRequest(String exporter, Object permissions) {
        Map<String, Object> request = new HashMap<>(Map.of("name", "restricted", "role", "EXPORTER",
                "exporterId", exporter));
        request.put("permissions", permissions);
        return request;
    }

    @Test
    void aReadOnlyKeyReadsAndIsToldWhichPermissionAWriteNeeds() {
        String exporter = TestKeys.newExporter("Read-Only Co.");
        String full = TestKeys.exporterKey(exporter);
        String party = TestKeys.newParty(full, "Read-Only Buyer");
        TestPermits.Ref permit = TestPermits.draft(full, party);
        String readOnly = key(full, Map.of("name", "dashboard", "role", "EXPORTER", "exporterId", exporter,
                "readOnly", true));
        given().auth().oauth2(readOnly).get("/api/v1/permits/" + permit.number()).then().statusCode(200);
        given().auth().oauth2(readOnly).get("/api/v1/events").then().statusCode(200);
        // What anyone may read, any key may read: no permission names public data.
        given().auth().oauth2(readOnly).get("/api/v1/policies").then().statusCode(200);
        given().auth().oauth2(readOnly).get("/api/v1/statistics/licensing").then().statusCode(200);
        given().auth().oauth2(readOnly).get("/api/v1/api-keys/current").then().statusCode(200)
                .body("permissions", hasItem("permits:read")).body("permissions", not(hasItem("permits:write")));
        given().auth().oauth2(readOnly).contentType(ContentType.JSON)
                .body(TestPermits.application(party, TestPermits.VALID_FROM, TestPermits.VALID_UNTIL))
                .post("/api/v1/permits").then().statusCode(403)
                .body("detail", containsString("lacks the permission permits:write"));
        given().auth().oauth2(readOnly).header("If-Match", permit.etag()).contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/permits/" + permit.number() + "/submit").then().statusCode(403);
        given().auth().oauth2(readOnly).get("/api/v1/api-keys").then().statusCode(403)
                .body("detail", containsString("keys:manage"));
        // nothing changed: the draft is still a draft
        given().auth().oauth2(full).get("/api/v1/permits/" + permit.number()).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void aRestrictedKeyCreatesOnlyKeysWithPermissionsItHas() {
        String exporter = TestKeys.newExporter("Key Manager Co.");
        String full = TestKeys.exporterKey(exporter);
        String manager = key(full, exporterKeyRequest(exporter, List.of("keys:manage", "permits:read")));
        String narrower = key(manager, exporterKeyRequest(exporter, List.of("permits:read")));
        given().auth().oauth2(narrower).get("/api/v1/api-keys/current").then()
                .body("permissions", equalTo(List.of("permits:read")));
        given().auth().oauth2(manager).contentType(ContentType.JSON)
                .body(exporterKeyRequest(exporter, List.of("permits:read", "permits:write")))
                .post("/api/v1/api-keys").then().statusCode(403).body("detail", containsString("lacks permits:write"));
        given().auth().oauth2(manager).contentType(ContentType.JSON).body(exporterKeyRequest(exporter, null))
                .post("/api/v1/api-keys").then().statusCode(403).body("detail", containsString("restricted too"));
        given().auth().oauth2(narrower).contentType(ContentType.JSON)
                .body(exporterKeyRequest(exporter, List.of("permits:read")))
                .post("/api/v1/api-keys").then().statusCode(403).body("detail", containsString("keys:manage"));
        // rotation keeps the restriction
        given().auth().oauth2(manager).contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/api-keys/" + TestKeys.idOf(narrower) + "/rotate").then().statusCode(201)
                .body("key.permissions", equalTo(List.of("permits:read")));
    }

    @Test
    void badPermissionsAre400sNamingThem() {
        String exporter = TestKeys.newExporter("Bad Permissions Co.");
        given().auth().oauth2(TestKeys.AUTHORITY).contentType(ContentType.JSON)
                .body(exporterKeyRequest(exporter, List.of("permits:read", "permits:delete")))
                .post("/api/v1/api-keys").then().statusCode(400)
                .body("errors[0].field", equalTo("permissions[1]"))
                .body("errors[0].message", containsString("permits:write"));
        // An empty list is what generated clients send for a list left unset: no restriction, as when absent.
        given().auth().oauth2(TestKeys.AUTHORITY).contentType(ContentType.JSON)
                .body(exporterKeyRequest(exporter, List.of()))
                .post("/api/v1/api-keys").then().statusCode(201).body("key.permissions", nullValue());
        Map<String, Object> both = exporterKeyRequest(exporter, List.of("permits:read"));
        both.put("readOnly", true);
        given().auth().oauth2(TestKeys.AUTHORITY).contentType(ContentType.JSON).body(both)
                .post("/api/v1/api-keys").then().statusCode(400).body("errors[0].field", equalTo("permissions"));
    }

    /**
     * The contract's x-permission is what the service enforces, for every operation that needs a key: a key of
     * a role that may call it, restricted to another permission, is refused naming exactly that one.
     */
    @Test
    void everyKeyedOperationNeedsThePermissionTheContractNames() throws IOException {
        String exporter = TestKeys.newExporter("Restricted Roles Co.");
        String party = TestKeys.newParty(TestKeys.exporterKey(exporter), "Restricted Roles Buyer");
        Map<String, List<String>> restricted = new HashMap<>();
        for (String granted : List.of("permits:read", "reference-data:write")) {
            restricted.put(granted, List.of(
                    key(TestKeys.AUTHORITY, Map.of("name", "authority", "role", "AUTHORITY", "permissions", List.of(granted))),
                    key(TestKeys.AUTHORITY, Map.of("name", "exporter", "role", "EXPORTER", "exporterId", exporter,
                            "permissions", List.of(granted))),
                    key(TestKeys.AUTHORITY, Map.of("name", "importer", "role", "IMPORTER", "partyId", party,
                            "permissions", List.of(granted)))));
        }
        JsonNode paths = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi").asString())
                .path("paths");
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (var path : (Iterable<Map.Entry<String, JsonNode>>) paths::fields) {
            for (var operation : (Iterable<Map.Entry<String, JsonNode>>) path.getValue()::fields) {
                JsonNode security = operation.getValue().path("security");
                if (!security.isArray() || security.isEmpty()) {
                    continue;
                }
                String permission = operation.getValue().path("x-permission").asText(null);
                String id = operation.getValue().path("operationId").asText();
                if (permission == null) {
                    if (!id.equals("getCurrentApiKey")) {
                        mismatches.add(id + " names no permission");
                    }
                    continue;
                }
                String url = path.getKey().replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000000");
                List<String> answers = new ArrayList<>();
                for (String key : restricted.get(permission.equals("permits:read") ? "reference-data:write"
                        : "permits:read")) {
                    var response = given().auth().oauth2(key).contentType(ContentType.JSON).body("{}")
                            .request(operation.getKey().toUpperCase(), url);
                    answers.add(response.statusCode() + " " + response.path("detail"));
                }
                checked++;
                if (answers.stream().noneMatch(a -> a.startsWith("403") && a.contains("lacks the permission " + permission))
                        || answers.stream().anyMatch(a -> a.contains("lacks the permission")
                        && !a.contains("lacks the permission " + permission + " "))) {
                    mismatches.add(id + ": expected a 403 naming " + permission + ", got " + answers);
                }
            }
        }
        assertTrue(checked > 60, "operations checked: " + checked);
        assertEquals(List.of(), mismatches);
    }

    @Test
    void answersWarnOfAKeyExpiringWithinTwoWeeks() {
        String exporter = TestKeys.newExporter("Expiring Co.");
        Instant soon = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        String expiring = key(TestKeys.AUTHORITY, Map.of("name", "expiring", "role", "EXPORTER", "exporterId", exporter,
                "expiresAt", soon.toString()));
        given().auth().oauth2(expiring).get("/api/v1/permits").then().statusCode(200)
                .header("Api-Key-Expires", soon.toString());
        given().auth().oauth2(expiring).get("/api/v1/permits/EP-1999-999999").then().statusCode(404)
                .header("Api-Key-Expires", soon.toString());
        String later = key(TestKeys.AUTHORITY, Map.of("name", "later", "role", "EXPORTER", "exporterId", exporter,
                "expiresAt", Instant.now().plus(30, ChronoUnit.DAYS).toString()));
        given().auth().oauth2(later).get("/api/v1/permits").then().statusCode(200)
                .header("Api-Key-Expires", nullValue());
    }
}
