package io.exportpermits.index;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.exportpermits.support.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
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
        for (String link : given().get("/api/v1").jsonPath().<String>getList("links.collect { it.value.href }")) {
            given().auth().oauth2(TestKeys.AUTHORITY).when().get(link).then().statusCode(equalTo(200));
        }
    }
}
