package io.exportpermits.hostile;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.exportpermits.support.TestControlEntries;
import io.exportpermits.support.TestKeys;
import io.exportpermits.support.TestPermits;
import io.exportpermits.support.TestPolicies;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Resources the attacks aim at, so that requests get past "not found" to the checks behind it. */
final class Fixtures {
    private static final ObjectMapper JSON = new ObjectMapper();

    final String exporterId = TestKeys.newExporter("Hostile Input Exporter");
    final String exporterKey = TestKeys.exporterKey(exporterId);
    final String party = TestKeys.newParty(exporterKey, "Hostile Input Buyer");
    final String draft = TestPermits.draft(exporterKey, party).number();
    final String approved = TestPermits.inState("APPROVED", exporterKey, party).number();
    final String policy = TestPolicies.publish().id();
    final String subscription = given().auth().oauth2(exporterKey).contentType("application/json")
            .body(Map.of("url", "http://127.0.0.1:9/hostile")).post("/api/v1/webhook-subscriptions")
            .then().statusCode(201).extract().path("subscription.id");

    Map<String, String> pathParameters(String template, String operationId) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (template.contains("{number}")) {
            parameters.put("number", operationId.equals("recordShipment") ? approved : draft);
        }
        if (template.contains("{code}")) {
            parameters.put("code", operationId.equals("saveControlEntry") ? TestControlEntries.newCode() : "1C902");
        }
        if (template.contains("{day}")) {
            parameters.put("day", "2099-12-30");
        }
        if (template.contains("{deliveryId}")) {
            parameters.put("deliveryId", "00000000-0000-4000-8000-000000000000");
        }
        if (template.contains("{id}")) {
            parameters.put("id", template.startsWith("/api/v1/exporters") ? exporterId
                    : template.startsWith("/api/v1/parties") ? party
                    : template.startsWith("/api/v1/policies") ? policy
                    : template.startsWith("/api/v1/webhook-subscriptions") ? subscription
                    : "abcdefghjkmn");
        }
        return parameters;
    }

    /** A valid body for the operation, the starting point of every field mutation. */
    byte[] body(String operationId) {
        Object body = switch (operationId) {
            case "createApiKey" -> Map.of("name", "hostile", "role", "IMPORTER", "partyId", party);
            case "saveControlEntry" -> TestControlEntries.request(TestControlEntries.ROOT, "Hostile entry");
            case "registerExporter" -> TestKeys.exporterBody("Hostile Registered Exporter");
            case "updateExporter" -> Map.of("address", "1 Hostile Road", "contact",
                    Map.of("name", "H", "email", "h@example.com"));
            case "saveHoliday" -> Map.of("name", "Hostile Day");
            case "determineLicenceRequirement" -> Map.of("exportDate", "2026-12-01", "destination", "US",
                    "endUse", "Magnets", "endUserKind", "COMMERCIAL", "items", List.of(Map.of("controlCode", "1C902.b",
                            "quantity", "5", "unit", "KGM", "value", "100", "currency", "USD")));
            case "addParty", "updateParty" -> Map.of("name", "Hostile Party", "country", "US");
            case "queryPermitStatuses" -> Map.of("permits", List.of(Map.of("number", draft, "etag", "\"x\"")));
            case "createPermit" -> TestPermits.application(party, "2026-12-01", "2027-11-30");
            case "approvePermit" -> TestPermits.approval("2026-12-01", "2027-11-30");
            case "recordShipment" -> Map.of("batchId", "H-1", "shippedOn", "2026-12-03",
                    "lines", List.of(Map.of("lineNumber", 1, "quantity", "1.5")));
            case "publishPolicy", "amendPolicy" -> TestPolicies.request(TestPolicies.newNumber(), "Hostile");
            case "repealPolicy" -> Map.of("repealedOn", "2020-01-01", "reason", "Hostile");
            case "suspendPolicy" -> Map.of("declaredBy", "mofcom-gac-2025-18", "from", "2020-01-01",
                    "until", "2020-02-01", "reason", "Hostile");
            case "createWebhookSubscription", "updateWebhookSubscription" -> Map.of("url",
                    "http://127.0.0.1:9/hostile", "eventTypes", List.of("permit.approved"),
                    "permitNumbers", List.of(draft));
            default -> Map.of("reason", "Hostile reason");
        };
        try {
            return JSON.writeValueAsBytes(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
