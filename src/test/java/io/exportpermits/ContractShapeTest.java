package io.exportpermits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.exportpermits.event.EventType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a client generated from the committed contract relies on to need no cast: required where the
 * service requires, closed where the service refuses more, enumerated where the values are closed, and
 * the events discriminated. OpenApiContractTest holds the committed contract to what the service serves.
 */
class ContractShapeTest {
    private static JsonNode contract;
    private static JsonNode schemas;

    @BeforeAll
    static void load() throws IOException {
        contract = new ObjectMapper().readTree(Path.of("openapi", "openapi.json").toFile());
        schemas = contract.path("components").path("schemas");
    }

    @Test
    void ifMatchIsRequiredWhereTheServiceRequiresIt() {
        for (String path : List.of("/api/v1/permits/{number}/approve", "/api/v1/permits/{number}/submit",
                "/api/v1/policies/{id}/repeal")) {
            JsonNode ifMatch = parameter(contract.path("paths").path(path).path("post"), "If-Match");
            assertTrue(ifMatch.path("required").asBoolean(), path);
        }
        // Creating a control entry needs none: there is nothing to have read yet.
        JsonNode save = contract.path("paths").path("/api/v1/control-list/{code}").path("put");
        assertFalse(parameter(save, "If-Match").path("required").asBoolean());
    }

    @Test
    void everyEventTypeNamesTheSchemaOfItsData() {
        JsonNode events = schemas.path("EventView");
        JsonNode mapping = events.path("discriminator").path("mapping");
        assertEquals("type", events.path("discriminator").path("propertyName").asText());
        for (EventType type : EventType.values()) {
            String variant = mapping.path(type.wireName).asText().replace("#/components/schemas/", "");
            JsonNode schema = schemas.path(variant);
            assertTrue(enumeration(schema.path("properties").path("type").path("enum")).contains(type.wireName),
                    type.wireName);
            assertEquals(Set.of("id", "type", "occurredAt", "subject", "etag", "data"),
                    new HashSet<>(enumeration(schema.path("required"))), variant);
        }
        assertEquals("#/components/schemas/PermitStatusView",
                schemas.path("PermitEvent").path("properties").path("data").path("$ref").asText());
    }

    @Test
    void closedListsAreEnumerationsAndFreeMapsSaySo() {
        assertEquals("#/components/schemas/PermitAction",
                schemas.path("PermitView").path("properties").path("allowedActions").path("items").path("$ref").asText());
        assertEquals("#/components/schemas/ItemForm",
                schemas.path("PermitLineView").path("properties").path("form").path("$ref").asText());
        assertEquals("#/components/schemas/PermitHistoryAction",
                schemas.path("HistoryEntryView").path("properties").path("action").path("$ref").asText());
        assertTrue(schemas.path("HistoryEntryView").path("properties").path("changes").path("additionalProperties")
                .asBoolean());
    }

    @Test
    void requestBodiesAreClosedAndDecimalsCarryTheirScaleNotMultipleOf() {
        List<String> open = new ArrayList<>();
        contract.path("paths").forEach(path -> path.forEach(operation -> {
            String ref = operation.path("requestBody").path("content").path("application/json").path("schema")
                    .path("$ref").asText();
            if (!ref.isEmpty()) {
                JsonNode schema = schemas.path(ref.replace("#/components/schemas/", ""));
                if (!schema.has("additionalProperties") || schema.path("additionalProperties").asBoolean(true)) {
                    open.add(ref);
                }
            }
        }));
        assertEquals(List.of(), open);
        assertFalse(contract.toString().contains("\"multipleOf\""));
        JsonNode quantity = schemas.path("PermitLineRequest").path("properties").path("quantity");
        assertEquals(6, quantity.path("x-decimal-places").asInt());
    }

    private static JsonNode parameter(JsonNode operation, String name) {
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("name").asText().equals(name)) {
                return parameter;
            }
        }
        throw new AssertionError("no parameter " + name);
    }

    private static List<String> enumeration(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
