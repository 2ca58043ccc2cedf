package io.exportpermits.common.paging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PagingTest {

    @Test
    void firstPageHasItemsNextCursorAndLinkHeader() {
        Response first = given().queryParam("limit", 50).when().get("/test-fixtures/numbers");
        first.then().statusCode(200)
                .body("items", hasSize(50))
                .body("items[0]", equalTo(1))
                .body("next", notNullValue());
        String next = first.path("next");
        assertEquals("</test-fixtures/numbers?limit=50&cursor=" + next + ">; rel=\"next\"", first.header("Link"));
    }

    @Test
    void followingTheCursorWalksEveryItemOnceAndEndsWithoutNext() {
        Response second = given().queryParam("limit", 50).queryParam("cursor", Cursor.encode("50"))
                .when().get("/test-fixtures/numbers");
        second.then().statusCode(200).body("items[0]", equalTo(51)).body("items", hasSize(50));
        Response last = given().queryParam("limit", 50).queryParam("cursor", (String) second.path("next"))
                .when().get("/test-fixtures/numbers");
        last.then().statusCode(200)
                .body("items", hasSize(20))
                .body("items[19]", equalTo(120))
                .body("next", nullValue())
                .header("Link", nullValue());
    }

    @Test
    void defaultLimitIs50() {
        given().when().get("/test-fixtures/numbers").then().statusCode(200).body("items", hasSize(50));
    }

    @Test
    void limitAboveTheCapOrBelowOneIsRejected() {
        given().queryParam("limit", 201).when().get("/test-fixtures/numbers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("limit"));
        given().queryParam("limit", 0).when().get("/test-fixtures/numbers")
                .then().statusCode(400).body("errors.field", contains("limit"));
    }

    @Test
    void tamperedCursorIs400NamingTheCursor() {
        given().queryParam("cursor", "not-a-cursor!").when().get("/test-fixtures/numbers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("cursor"));
    }
}
