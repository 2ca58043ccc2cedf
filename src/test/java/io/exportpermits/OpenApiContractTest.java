package io.exportpermits;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
        assertFalse(committed.has("servers"), "servers entries would pin the contract to one machine");
    }

    @Test
    void swaggerUiIsServed() {
        given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger-ui"));
    }
}
