package io.exportpermits.policy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DeterminationTest {

    private static ValidatableResponse determine(String date, String destination, String endUserKind, Map<?, ?>... items) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("date", date, "destination", destination, "endUserKind", endUserKind, "items", List.of(items)))
                .when().post("/api/v1/licence-determinations")
                .then().statusCode(200).contentType(ContentType.JSON);
    }

    @Test
    void samariumOxideNeedsALicenceUnderNo18() {
        determine("2026-06-01", "US", "COMMERCIAL", Map.of("hsCode", "2846901940", "quantity", 100, "unit", "KGM"))
                .body("items[0].outcome", equalTo("LICENCE_REQUIRED"))
                .body("items[0].controlEntries.code", hasItem("1C902.b"))
                .body("items[0].licenceTypes", hasItems("INDIVIDUAL", "GENERAL"))
                .body("items[0].policies.find { it.applies }.policyId", equalTo("mofcom-gac-2025-18"))
                .body("items[0].reasons[0]", containsString("No. 18 of 2025"))
                .body("dataLastVerifiedOn", notNullValue());
    }

    @Test
    void holmiumInsideTheNo70SuspensionNeedsNoLicenceCitingNo70() {
        determine("2026-06-01", "DE", "COMMERCIAL", Map.of("element", "Ho", "form", "OXIDE"))
                .body("items[0].outcome", equalTo("NOT_REQUIRED"))
                .body("items[0].policies[0].policyId", equalTo("mofcom-gac-2025-57"))
                .body("items[0].policies[0].status", equalTo("SUSPENDED"))
                .body("items[0].policies[0].applies", equalTo(false))
                .body("items[0].reasons[0]", containsString("No. 70 of 2025"));
    }

    @Test
    void theSameHolmiumItemNeedsALicenceOn20261111() {
        determine("2026-11-11", "DE", "COMMERCIAL", Map.of("element", "Ho", "form", "OXIDE"))
                .body("items[0].outcome", equalTo("LICENCE_REQUIRED"))
                .body("items[0].policies[0].status", equalTo("IN_FORCE"));
    }

    /** The licence requirement after No. 70's scheduled end rests on that schedule alone; each item says so. */
    @Test
    void anOutcomeThatRestsOnAnUnconfirmedScheduledEndCarriesTheCaveat() {
        determine("2026-12-05", "DE", "COMMERCIAL", Map.of("controlCode", "1C909.b"))
                .body("items[0].outcome", equalTo("LICENCE_REQUIRED"))
                .body("items[0].basis", equalTo("SCHEDULED"))
                .body("items[0].controlEntries.code", equalTo(List.of("1C909", "1C909.b")))
                .body("items[0].controlEntries.matchedBy", everyItem(equalTo("CONTROL_CODE")))
                .body("items[0].policies[0].policyId", equalTo("mofcom-gac-2025-57"))
                .body("items[0].policies[0].basis", equalTo("SCHEDULED"))
                .body("items[0].policies[0].reason", containsString("was scheduled to end"))
                .body("items[0].reasons", hasItem(containsString("Caveat")));
        determine("2026-12-05", "DE", "COMMERCIAL", Map.of("element", "Er", "form", "OXIDE"))
                .body("items[0].controlEntries.code", equalTo(List.of("1C910.b")))
                .body("items[0].controlEntries[0].matchedBy", equalTo("ELEMENT_AND_FORM"));
        determine("2026-12-05", "DE", "COMMERCIAL", Map.of("element", "Tb", "form", "OXIDE"))
                .body("items[0].outcome", equalTo("LICENCE_REQUIRED"))
                .body("items[0].basis", equalTo("CONFIRMED"))
                .body("items[0].controlEntries.code", equalTo(List.of("1C904.b")));
    }

    @Test
    void japaneseMilitaryEndUserIsProhibitedUnderNo1Of2026() {
        determine("2026-02-01", "JP", "MILITARY", Map.of("controlCode", "1C902.b"))
                .body("items[0].outcome", equalTo("PROHIBITED"))
                .body("items[0].policies.find { it.policyId == 'mofcom-2026-1' }.applies", equalTo(true))
                .body("items[0].reasons", hasItem(containsString("banned")));
        determine("2026-02-01", "JP", "COMMERCIAL", Map.of("controlCode", "1C902.b"))
                .body("items[0].outcome", equalTo("LICENCE_REQUIRED"));
    }

    @Test
    void militaryEndUserOfAForeignMadeItemIsRefusedInPrincipleOnceNo61IsBack() {
        Map<String, Object> magnet = Map.of("element", "Dy", "form", "MAGNET", "foreignMade", true,
                "controlledContentPercent", 0.5);
        determine("2026-11-20", "US", "MILITARY", magnet)
                .body("items[0].outcome", equalTo("PROHIBITED"))
                .body("items[0].reasons", hasItem(containsString("refused in principle")));
        determine("2026-06-01", "US", "MILITARY", magnet)
                .body("items[0].outcome", equalTo("NOT_REQUIRED"))
                .body("items[0].reasons[0]", containsString("No. 70 of 2025"));
        determine("2026-11-20", "US", "COMMERCIAL", Map.of("element", "Dy", "foreignMade", true,
                "controlledContentPercent", 0.05))
                .body("items[0].outcome", equalTo("NOT_REQUIRED"))
                .body("items[0].reasons[0]", containsString("below the 0.1 % threshold"));
    }

    @Test
    void unknownHsCodeIsNoMatchingEntryNotNotControlled() {
        determine("2026-06-01", "US", "COMMERCIAL", Map.of("hsCode", "9999999999"))
                .body("items[0].outcome", equalTo("NO_MATCHING_ENTRY"))
                .body("items[0].reasons[0]", containsString("does not mean it is uncontrolled"));
    }

    @Test
    void answersComeInRequestOrder() {
        determine("2026-06-01", "US", "COMMERCIAL", Map.of("hsCode", "9999999999"), Map.of("hsCode", "2846901940"))
                .body("items.index", equalTo(List.of(0, 1)))
                .body("items.outcome", equalTo(List.of("NO_MATCHING_ENTRY", "LICENCE_REQUIRED")));
    }

    @Test
    void invalidItemsNameTheirFields() {
        given().contentType(ContentType.JSON)
                .body(Map.of("destination", "ZZ", "endUserKind", "COMMERCIAL",
                        "items", List.of(Map.of("description", "unnamed"), Map.of("element", "Xx", "currency", "ABC"))))
                .when().post("/api/v1/licence-determinations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("destination", "items[0]", "items[1].element", "items[1].currency"));
    }

    private static ValidatableResponse determineWithParties(String date, String destination, Map<?, ?> consignee,
                                                            Map<?, ?> endUser, Map<?, ?> item) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("date", date, "destination", destination,
                "endUserKind", "COMMERCIAL", "items", List.of(item)));
        if (consignee != null) {
            body.put("consignee", consignee);
        }
        if (endUser != null) {
            body.put("endUser", endUser);
        }
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/licence-determinations").then();
    }

    @Test
    void aControlListedConsigneeMakesEveryDualUseItemProhibitedCitingItsListing() {
        determineWithParties("2026-12-05", "US", Map.of("name", "MP Materials Corporation", "country", "US"), null,
                Map.of("element", "Sm", "form", "OXIDE"))
                .statusCode(200)
                .body("parties[0].role", equalTo("CONSIGNEE"))
                .body("parties[0].outcome", equalTo("CONTROL_LISTED"))
                .body("parties[0].candidates[0].name", equalTo("MP Materials Corp."))
                .body("parties[0].reason", containsString("MOFCOM No. 23 of 2026"))
                .body("items[0].outcome", equalTo("PROHIBITED"))
                .body("items[0].licenceTypes.size()", equalTo(0))
                .body("items[0].reasons", hasItem(containsString("control list")));
        // Before the listing, the same shipment only needs a licence.
        determineWithParties("2026-06-01", "US", Map.of("name", "MP Materials Corporation", "country", "US"), null,
                Map.of("element", "Sm", "form", "OXIDE"))
                .statusCode(200)
                .body("parties[0].outcome", equalTo("NO_MATCH"))
                .body("items[0].outcome", equalTo("LICENCE_REQUIRED"));
    }

    @Test
    void aWatchListedEndUserLeavesOnlyAnIndividualLicenceWithTheExtraDocumentsAndNoTimeLimit() {
        determineWithParties("2026-12-05", "JP", null, Map.of("name", "三菱材料株式会社", "country", "JP"),
                Map.of("element", "Tb", "form", "OXIDE"))
                .statusCode(200)
                .body("parties[0].role", equalTo("END_USER"))
                .body("parties[0].outcome", equalTo("WATCH_LISTED"))
                .body("parties[0].candidates[0].name", equalTo("Mitsubishi Materials Corporation"))
                .body("parties[0].reason", containsString("risk assessment"))
                .body("parties[0].reason", containsString("45-working-day time limit does not apply"))
                .body("items[0].outcome", equalTo("LICENCE_REQUIRED"))
                .body("items[0].licenceTypes", equalTo(List.of("INDIVIDUAL")));
    }

    @Test
    void aListingWhoseMeasuresAreSuspendedIsReportedButChangesNothing() {
        determineWithParties("2026-12-05", "US", Map.of("name", "Skydio Inc", "country", "US"),
                Map.of("name", "Acme Magnet Works", "country", "US"), Map.of("element", "Tb", "form", "OXIDE"))
                .statusCode(200)
                .body("parties.outcome", equalTo(List.of("LISTING_NOT_IN_EFFECT", "NO_MATCH")))
                .body("parties[0].reason", containsString("suspended"))
                .body("items[0].outcome", equalTo("LICENCE_REQUIRED"));
        determine("2026-12-05", "US", "COMMERCIAL", Map.of("element", "Tb", "form", "OXIDE"))
                .body("parties.size()", equalTo(0));
    }

    @Test
    void partiesWithNothingToCompareAreNamedInOne400() {
        determineWithParties("2026-12-05", "US", Map.of("name", "..."), Map.of("name", "&&&"),
                Map.of("element", "Tb", "form", "OXIDE"))
                .statusCode(400)
                .body("errors.field", equalTo(List.of("consignee.name", "endUser.name")));
        determineWithParties("2026-12-05", "US", Map.of("name", " ", "country", "xx"), null,
                Map.of("element", "Tb", "form", "OXIDE"))
                .statusCode(400)
                .body("errors.field", hasItems("consignee.name", "consignee.country"));
    }
}
