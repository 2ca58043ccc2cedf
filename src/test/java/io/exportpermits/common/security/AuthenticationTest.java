package io.exportpermits.common.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exportpermits.support.TestLog;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuthenticationTest {
    private static final String PROBLEM = "application/problem+json";

    @Test
    void missingKeyOnAProtectedOperationIs401WithBearerChallenge() {
        given().when().get("/api/v1/exporters")
                .then().statusCode(401)
                .contentType(PROBLEM)
                .header("WWW-Authenticate", equalTo("Bearer realm=\"export-permits\""))
                .body("type", equalTo("https://export-permits.io/problems/unauthorized"));
    }

    @Test
    void wrongSchemeIs401EvenOnPublicOperations() {
        given().header("Authorization", "Basic dXNlcjpwYXNz").when().get("/api/v1")
                .then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", containsString("invalid_token"))
                .body("detail", containsString("Bearer"));
    }

    @Test
    void unknownKeyIs401AndItsSecretIsNeverLogged() {
        String secret = "ep_abcdefghjkmn_" + "Q".repeat(43);
        given().auth().oauth2(secret).when().get("/api/v1/exporters")
                .then().statusCode(401).contentType(PROBLEM)
                .body("detail", equalTo("The API key is not recognised. (key ep_abcdefghjkmn)"));
        assertFalse(TestLog.linesContaining("Authentication failed").isEmpty());
        assertTrue(TestLog.linesContaining("Q".repeat(43)).isEmpty(), "the secret must never reach the log");
    }

    @Test
    void failedAuthenticationsAreCounted() {
        given().auth().oauth2("not-a-key").get("/api/v1/exporters").then().statusCode(401);
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("export_permits_authentication_failures_total"));
    }

    @Test
    void validKeyWithTheWrongRoleIs403() {
        String party = io.exportpermits.support.TestKeys.newParty(io.exportpermits.support.TestKeys.AUTHORITY, "Role Test LLC");
        String importer = io.exportpermits.support.TestKeys.importerKey(party);
        given().auth().oauth2(importer).when().get("/api/v1/exporters")
                .then().statusCode(403).contentType(PROBLEM)
                .body("type", equalTo("https://export-permits.io/problems/forbidden"));
    }
}
