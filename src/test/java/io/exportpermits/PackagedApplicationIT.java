package io.exportpermits;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.Test;

/** The packaged jar, not just the test build, serves the API and reaches its database. */
@QuarkusIntegrationTest
class PackagedApplicationIT {

    @Test
    void packagedServiceAnswersAndIsReady() {
        given().when().get("/api/v1").then().statusCode(200).body("apiVersion", equalTo("v1"));
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
        given().when().get("/api/v1/nowhere").then().statusCode(404).contentType("application/problem+json");
    }
}
