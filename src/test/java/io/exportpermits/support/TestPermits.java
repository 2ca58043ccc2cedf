package io.exportpermits.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** Permits tests create and drive through the lifecycle over HTTP. */
public final class TestPermits {
    private TestPermits() {
    }

    public record Ref(String number, String etag) {
    }

    /** The permits tests make are valid for 364 days from the day the tests run. */
    public static final LocalDate VALID_FROM_DAY = LocalDate.now(ZoneOffset.UTC);
    public static final String VALID_FROM = VALID_FROM_DAY.toString();
    public static final String VALID_UNTIL = VALID_FROM_DAY.plusDays(364).toString();

    /** The day {@code days} after the first day of validity, in ISO 8601. */
    public static String validityDay(int days) {
        return VALID_FROM_DAY.plusDays(days).toString();
    }

    public static Map<String, Object> application(String consigneeId, String validFrom, String validUntil) {
        return Map.of(
                "type", "INDIVIDUAL",
                "consignee", Map.of("id", consigneeId),
                "endUser", Map.of("name", "Motor Works GmbH", "country", "DE"),
                "endUserKind", "COMMERCIAL",
                "endUse", "Permanent magnets for electric vehicle motors",
                "destination", "DE",
                "requestedValidFrom", validFrom,
                "requestedValidUntil", validUntil,
                "lines", List.of(Map.of("controlCode", "1C902.b", "description", "Samarium oxide, 99.9 %",
                        "quantity", "500.000", "unit", "KGM", "value", "125000.00", "currency", "USD")));
    }

    public static Ref draft(String exporterKey, String consigneeId) {
        var response = given().auth().oauth2(exporterKey).contentType(ContentType.JSON)
                .body(application(consigneeId, VALID_FROM, VALID_UNTIL))
                .post("/api/v1/permits").then().statusCode(201).extract();
        return new Ref(response.path("number"), response.header("ETag"));
    }

    /** Takes an action and returns the permit's new tag. */
    public static Ref act(Ref permit, String action, String key, Object body) {
        var request = given().auth().oauth2(key).header("If-Match", permit.etag()).contentType(ContentType.JSON);
        var response = request.body(body == null ? Map.of() : body)
                .post("/api/v1/permits/" + permit.number() + "/" + action).then().statusCode(200).extract();
        return new Ref(permit.number(), response.header("ETag"));
    }

    public static Map<String, Object> approval(String validFrom, String validUntil) {
        return Map.of("validFrom", validFrom, "validUntil", validUntil, "conditions", "No re-export.");
    }

    /** A permit of that exporter driven to the state named: SUBMITTED, UNDER_REVIEW, INFORMATION_REQUESTED, APPROVED. */
    public static Ref inState(String state, String exporterKey, String consigneeId) {
        Ref permit = draft(exporterKey, consigneeId);
        if (state.equals("DRAFT")) {
            return permit;
        }
        permit = act(permit, "submit", exporterKey, null);
        if (state.equals("SUBMITTED")) {
            return permit;
        }
        permit = act(permit, "accept", TestKeys.AUTHORITY, null);
        if (state.equals("UNDER_REVIEW")) {
            return permit;
        }
        if (state.equals("INFORMATION_REQUESTED")) {
            return act(permit, "request-information", TestKeys.AUTHORITY, Map.of("reason", "End-user statement?"));
        }
        permit = act(permit, "approve", TestKeys.AUTHORITY, approval(VALID_FROM, VALID_UNTIL));
        if (state.equals("APPROVED")) {
            return permit;
        }
        return act(permit, "suspend", TestKeys.AUTHORITY, Map.of("reason", "Investigation"));
    }
}
