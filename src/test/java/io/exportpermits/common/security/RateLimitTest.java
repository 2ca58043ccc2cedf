package io.exportpermits.common.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exportpermits.support.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(RateLimitTest.SmallLimits.class)
class RateLimitTest {

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("export-permits.rate-limit.keyed-per-minute", "5",
                    "export-permits.rate-limit.anonymous-per-minute", "3",
                    "export-permits.rate-limit.strict-per-minute", "2");
        }
    }

    @Test
    void anonymousCallsAreLimitedPerAddressWith429AndRetryAfter() {
        // Every test of this class draws on one address's allowance: keep to one test that spends it.
        for (int i = 3; i > 0; i--) {
            given().get("/api/v1").then().statusCode(200)
                    .header("RateLimit-Limit", "3")
                    .header("RateLimit-Remaining", String.valueOf(i - 1))
                    .header("RateLimit-Reset", notNullValue());
        }
        var refused = given().get("/api/v1").then().statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("https://export-permits.io/problems/rate-limited"))
                .header("RateLimit-Remaining", "0")
                .extract();
        assertTrue(Integer.parseInt(refused.header("Retry-After")) >= 1);
    }

    @Test
    void eachKeyHasItsOwnAllowanceAndConditionalRequestsCostATenth() {
        String key = TestKeys.authorityKey();
        // Five full requests' worth of allowance: forty conditional ones that end in 304 would fit,
        // but conditional requests that end in 200 are charged in full.
        for (int i = 0; i < 4; i++) {
            given().auth().oauth2(key).header("If-None-Match", "\"nothing\"").get("/api/v1/api-keys/current")
                    .then().statusCode(200);
        }
        int lastAllowed = given().auth().oauth2(key).get("/api/v1/api-keys/current").statusCode();
        assertEquals(200, lastAllowed);
        given().auth().oauth2(key).get("/api/v1/api-keys/current").then().statusCode(429)
                .header("Retry-After", notNullValue());
        given().auth().oauth2(TestKeys.authorityKey()).get("/api/v1/api-keys/current").then().statusCode(200);
    }

    @Test
    void conditionalRequestsAnsweredNotModifiedCostATenth() {
        String key = TestKeys.authorityKey();
        String party = TestKeys.newParty(key, "Polled Party LLC");
        String etag = given().auth().oauth2(key).get("/api/v1/parties/" + party).header("ETag");
        // Two full requests spent (create, read): three remain. Charged in full, 304s would run out after
        // three; at a tenth they last for thirty, after which not even one full request is left.
        for (int i = 0; i < 30; i++) {
            given().auth().oauth2(key).header("If-None-Match", etag).get("/api/v1/parties/" + party)
                    .then().statusCode(304);
        }
        given().auth().oauth2(key).get("/api/v1/parties/" + party).then().statusCode(429);
    }

    @Test
    void verificationHasItsOwnStrictAllowancePerAddressKeyOrNot() {
        for (int i = 0; i < 2; i++) {
            given().queryParam("number", "EP-2026-000001").queryParam("checkCode", "guess" + i)
                    .get("/api/v1/permit-verifications").then().statusCode(200).header("RateLimit-Limit", "2");
        }
        given().auth().oauth2(TestKeys.authorityKey()).queryParam("number", "EP-2026-000001")
                .queryParam("checkCode", "guess").get("/api/v1/permit-verifications").then().statusCode(429)
                .body("detail", org.hamcrest.Matchers.containsString("to this operation"));
    }

    @Test
    void aBatchStatusQueryCostsATenthOfARequestPerPermit() {
        String key = TestKeys.authorityKey();
        var permits = java.util.stream.IntStream.range(0, 40)
                .mapToObj(i -> Map.of("number", "EP-1999-" + (900000 + i))).toList();
        // One request (10 tokens) plus 40 permits at one token each: the key's whole minute of 50 tokens.
        given().auth().oauth2(key).contentType(io.restassured.http.ContentType.JSON).body(Map.of("permits", permits))
                .post("/api/v1/permit-status-queries").then().statusCode(200);
        given().auth().oauth2(key).get("/api/v1/api-keys/current").then().statusCode(429);
    }
}
