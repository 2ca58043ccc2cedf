package io.exportpermits.support;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reading the event feed in tests, whatever other tests have written to it before. */
public final class TestEvents {
    private TestEvents() {
    }

    /** Every event of those types about the subject that the key may see, through all pages of the feed. */
    public static List<Map<String, Object>> about(String subjectId, String key, String types) {
        List<Map<String, Object>> about = new ArrayList<>();
        String cursor = null;
        boolean more = true;
        while (more) {
            var request = given().auth().oauth2(key).queryParam("limit", 200).queryParam("types", types);
            if (cursor != null) {
                request.queryParam("after", cursor);
            }
            var page = request.get("/api/v1/events").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            items.stream().filter(e -> subjectId.equals(((Map<?, ?>) e.get("subject")).get("id"))).forEach(about::add);
            cursor = page.getString("next");
            more = page.getBoolean("more");
        }
        return about;
    }
}
