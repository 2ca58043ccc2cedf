package io.exportpermits.policy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.exportpermits.support.TestControlEntries;
import io.exportpermits.support.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ControlEntryChangesTest {

    @Test
    void anAuthorityAddsAnEntryThenCorrectsItWithIfMatchKeepingTheEarlierText() {
        String code = TestControlEntries.newCode();
        String path = "/api/v1/control-list/" + code;
        String etag = given().auth().oauth2(TestKeys.AUTHORITY).contentType(ContentType.JSON)
                .body(TestControlEntries.request(TestControlEntries.ROOT, "Neodymium oxide (test)"))
                .put(path).then().statusCode(201).extract().header("ETag");
        given().get("/api/v1/control-list/" + TestControlEntries.ROOT)
                .then().body("children.code", hasItem(code));

        Map<String, Object> correction = new java.util.HashMap<>(
                TestControlEntries.request(TestControlEntries.ROOT, "Neodymium oxide, corrected (test)"));
        correction.put("reason", "Description corrected against the source.");
        given().auth().oauth2(TestKeys.AUTHORITY).contentType(ContentType.JSON).body(correction).put(path)
                .then().statusCode(428);
        given().auth().oauth2(TestKeys.AUTHORITY).header("If-Match", "\"stale\"").contentType(ContentType.JSON)
                .body(correction).put(path).then().statusCode(412);
        given().auth().oauth2(TestKeys.AUTHORITY).header("If-Match", etag).contentType(ContentType.JSON)
                .body(correction).put(path)
                .then().statusCode(200).body("description", equalTo("Neodymium oxide, corrected (test)"));
        given().get(path + "/revisions").then().statusCode(200)
                .body("items.kind", equalTo(List.of("AMENDED", "CREATED")))
                .body("items[0].reason", equalTo("Description corrected against the source."))
                .body("items[0].previous.description", equalTo("Neodymium oxide (test)"));
    }

    @Test
    void parentsMustExistAndCannotBeTheEntryItself() {
        String code = TestControlEntries.newCode();
        given().auth().oauth2(TestKeys.AUTHORITY).contentType(ContentType.JSON)
                .body(TestControlEntries.request("9E998.nothere", "orphan"))
                .put("/api/v1/control-list/" + code)
                .then().statusCode(400).body("errors[0].field", equalTo("parentCode"));
        given().auth().oauth2(TestKeys.AUTHORITY).contentType(ContentType.JSON)
                .body(TestControlEntries.request(code, "its own parent"))
                .put("/api/v1/control-list/" + code)
                .then().statusCode(400).body("errors[0].field", equalTo("parentCode"));
    }

    @Test
    void ifMatchOnAnEntryThatDoesNotExistIs412() {
        given().auth().oauth2(TestKeys.AUTHORITY).header("If-Match", "\"x\"").contentType(ContentType.JSON)
                .body(TestControlEntries.request(TestControlEntries.ROOT, "ghost"))
                .put("/api/v1/control-list/" + TestControlEntries.newCode())
                .then().statusCode(412);
    }
}
