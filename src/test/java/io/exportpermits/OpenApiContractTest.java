package io.exportpermits;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The committed openapi/ documents are the contract: they must be exactly what the code serves. */
@QuarkusTest
class OpenApiContractTest {
    private static final String REFRESH = "openapi/ is out of date with the code: run `./mvnw package -DskipTests` "
            + "and commit openapi/openapi.yaml and openapi/openapi.json";

    @Test
    void committedYamlIsWhatTheServiceServes() throws IOException {
        JsonNode served = new YAMLMapper().readTree(given().accept("application/yaml").get("/q/openapi").asString());
        JsonNode committed = new YAMLMapper().readTree(Files.readString(Path.of("openapi/openapi.yaml")));
        assertEquals(committed, served, REFRESH);
    }

    @Test
    void committedJsonIsWhatTheServiceServes() throws IOException {
        JsonNode served = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi").asString());
        JsonNode committed = new ObjectMapper().readTree(Files.readString(Path.of("openapi/openapi.json")));
        assertEquals(committed, served, REFRESH);
    }

    @Test
    void committedContractNamesNoMachineSpecificServer() throws IOException {
        JsonNode committed = new ObjectMapper().readTree(Files.readString(Path.of("openapi/openapi.json")));
        for (JsonNode server : committed.path("servers")) {
            assertTrue(server.path("url").asText().startsWith("/"),
                    "a server with a host would pin the contract to one machine: " + server);
        }
    }

    /** Generated clients type a response only if its schema is declared, which annotations easily drop. */
    @Test
    void everySuccessfulResponseWithABodyDeclaresItsSchema() throws IOException {
        JsonNode committed = new ObjectMapper().readTree(Files.readString(Path.of("openapi/openapi.json")));
        java.util.List<String> untyped = new java.util.ArrayList<>();
        committed.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            JsonNode responses = op.getValue().path("responses");
            for (String code : java.util.List.of("200", "201", "202")) {
                if (responses.has(code) && !responses.get(code).has("content")) {
                    untyped.add(op.getKey().toUpperCase() + " " + path.getKey() + " " + code);
                }
            }
        }));
        assertEquals(java.util.List.of(), untyped);
    }

    @Test
    void swaggerUiIsServed() {
        given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger-ui"));
    }
}
