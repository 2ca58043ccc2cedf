package io.exportpermits.index;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.exportpermits.support.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ApiIndexTest {

    @Test
    void indexGivesVersionAndLinksThatResolve() {
        given().when().get("/api/v1")
                .then().statusCode(200)
                .contentType("application/json")
                .body("apiVersion", equalTo("v1"))
                .body("links.self.href", equalTo("/api/v1"))
                .body("links.openapi.href", equalTo("/q/openapi"));
        JsonPath index = given().get("/api/v1").jsonPath();
        for (String link : index.<String>getList("links.findAll { it.value.methods.contains('GET') && "
                + "it.value.href != '/api/v1/permit-verifications' }.collect { it.value.href }")) {
            given().auth().oauth2(TestKeys.AUTHORITY).when().get(link).then().statusCode(equalTo(200));
        }
    }

    /** A newcomer reading the index finds every collection the contract has, and how to call it. */
    @Test
    void indexLinksEveryCollectionOfTheContractWithItsMethods() throws IOException {
        JsonNode paths = new ObjectMapper().readTree(Path.of("openapi", "openapi.json").toFile()).path("paths");
        Map<String, List<String>> collections = new TreeMap<>();
        paths.fields().forEachRemaining(path -> {
            if (path.getKey().startsWith("/api/v1") && !path.getKey().contains("{")) {
                List<String> methods = new ArrayList<>();
                path.getValue().fieldNames().forEachRemaining(method -> methods.add(method.toUpperCase()));
                collections.put(path.getKey(), methods.stream().sorted().toList());
            }
        });
        Map<String, List<String>> linked = new TreeMap<>();
        for (Map<String, Object> link : given().get("/api/v1").jsonPath().<Map<String, Object>>getList("links.collect { it.value }")) {
            String href = (String) link.get("href");
            if (href.startsWith("/api/v1")) {
                @SuppressWarnings("unchecked")
                List<String> methods = (List<String>) link.get("methods");
                linked.put(href, methods.stream().sorted().toList());
            }
        }
        assertEquals(collections, linked);
    }
}
