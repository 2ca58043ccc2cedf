package io.exportpermits.page;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exportpermits.support.TestKeys;
import io.exportpermits.support.TestPermits;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pages for people, over HTTP: language, answers, escaping. Their looks and accessibility: PagesBrowserTest. */
@QuarkusTest
class PagesTest {

    @Test
    void theLandingPageSpeaksTheReadersLanguageAndLinksEverything() {
        given().get("/").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("href=\"/q/swagger-ui/\""))
                .body(containsString("href=\"/api/v1\""))
                .body(containsString("href=\"/verify?lang=en\""))
                .body(containsString("href=\"/?lang=zh\""));
        given().header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8").get("/").then().statusCode(200)
                .body(containsString("<html lang=\"zh\">")).body(containsString("核验许可证"));
        given().header("Accept-Language", "zh-CN").queryParam("lang", "en").get("/").then()
                .body(containsString("<html lang=\"en\">"));
        given().header("Accept-Language", "de-CH, fr;q=0.8").get("/").then().statusCode(200)
                .body(containsString("<html lang=\"en\">"));
    }

    @Test
    void verifyingALicenceAnswersAsTheApiDoes() {
        String exporterKey = TestKeys.exporterKey(TestKeys.newExporter("Page Test Rare Earths Co., Ltd."));
        var permit = TestPermits.inState("APPROVED", exporterKey, TestKeys.newParty(exporterKey, "Page Test Buyer"));
        String checkCode = given().auth().oauth2(exporterKey).get("/api/v1/permits/" + permit.number()).then()
                .extract().path("checkCode");
        given().queryParam("number", permit.number()).queryParam("checkCode", checkCode).get("/verify").then()
                .statusCode(200).header("Cache-Control", "no-store").header("RateLimit-Limit", notNullValue())
                .body(containsString("Valid: goods may be shipped against licence " + permit.number() + " today."));
        given().queryParam("number", permit.number()).queryParam("checkCode", "wrongcode1").queryParam("lang", "zh")
                .get("/verify").then().statusCode(200)
                .body(containsString("无效：没有与该编号和核验码相符的许可证。"));
        String submitted = TestPermits.inState("SUBMITTED", exporterKey, TestKeys.newParty(exporterKey, "Buyer 2")).number();
        String submittedCode = given().auth().oauth2(exporterKey).get("/api/v1/permits/" + submitted).then()
                .extract().path("checkCode");
        given().queryParam("number", submitted).queryParam("checkCode", submittedCode).get("/verify").then()
                .body(containsString("the application has not been approved"));
    }

    @Test
    void anIncompleteOrOverlongVerificationIsA400ThatKeepsTheForm() {
        given().get("/verify").then().statusCode(200).body(containsString("<label for=\"number\">"))
                .body(not(containsString("role=\"alert\"")));
        given().queryParam("number", "EP-2026-000001").get("/verify").then().statusCode(400)
                .body(containsString("role=\"alert\"")).body(containsString("value=\"EP-2026-000001\""));
        given().queryParam("number", "x".repeat(21)).queryParam("checkCode", "abc").get("/verify").then()
                .statusCode(400);
    }

    @Test
    void theListSearchShowsTodaysStandingAndEscapesWhatItEchoes() {
        given().queryParam("q", "MP Materials").get("/listed-parties").then().statusCode(200)
                .body(containsString("MP Materials Corp."))
                .body(containsString("Control list"))
                .body(containsString("MOFCOM No. 23 of 2026</a> (number not confirmed)"));
        given().queryParam("q", "Cubic").queryParam("lang", "zh").get("/listed-parties").then().statusCode(200)
                .body(containsString("Cubic Corporation")).body(containsString("管控名单"))
                .body(containsString("仅依时间表推定"));
        given().queryParam("q", "<script>alert(1)</script>").get("/listed-parties").then().statusCode(200)
                .body(not(containsString("<script>alert(1)</script>")))
                .body(containsString("&lt;script&gt;"))
                .body(containsString("No listing matches"));
        given().queryParam("q", "x".repeat(1000)).get("/listed-parties").then().statusCode(200);
    }

    @Test
    void whatIsInForceDrawsEveryPolicyWithTodayAndTheEndsNoSourceConfirms() {
        List<String> titles = given().queryParam("limit", 200).get("/api/v1/policies").jsonPath()
                .getList("items.title", String.class);
        var page = given().get("/in-force").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<svg")).body(containsString("aria-hidden=\"true\""))
                // No. 57 of 2025: suspended by No. 70 until 2026-11-10, its end not confirmed by any source
                .body(containsString("<tr id=\"mofcom-gac-2025-57\">"))
                .body(containsString("2025-11-07 to 2026-11-10 (end not confirmed)"))
                .body(containsString("class=\"bar SCHEDULED\""))
                .body(containsString("Today, " + LocalDate.now(ZoneOffset.UTC)))
                .extract().asString();
        for (String title : titles) {
            assertTrue(page.contains(title), title);
        }
        given().queryParam("lang", "zh").get("/in-force").then().statusCode(200)
                .body(containsString("<html lang=\"zh\">")).body(containsString("现行管制措施"))
                .body(containsString("（结束未经证实）"));
        given().get("/").then().body(containsString("href=\"/in-force?lang=en\""));
    }

    @Test
    void licensingInFiguresDrawsThePublicFiguresWithTheirTablesAndCsv() {
        var api = given().get("/api/v1/statistics/licensing").then().statusCode(200).extract().jsonPath();
        Object received = api.get("total.figures.received");
        var page = given().get("/statistics").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<svg")).body(containsString("aria-hidden=\"true\""))
                .body(containsString("Limit: 45 working days"))
                .body(containsString("<th scope=\"row\">Total</th><td>" + (received == null ? "withheld" : received)
                        + "</td>"))
                .extract().asString();
        for (String month : api.getList("rows.group", String.class)) {
            assertTrue(page.contains("<th scope=\"row\">" + month + "</th>"), month);
        }
        String csv = "/api/v1/statistics/licensing?from=" + api.getString("from") + "&to=" + api.getString("to")
                + "&format=CSV";
        assertTrue(page.contains(csv.replace("&", "&amp;")), "links its CSV");
        given().get(csv).then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("attachment"))
                .body(containsString("TOTAL,,"));
        given().queryParam("lang", "zh").get("/statistics").then().statusCode(200)
                .body(containsString("<html lang=\"zh\">")).body(containsString("许可统计"));
        given().get("/").then().body(containsString("href=\"/statistics?lang=en\""));
    }

    @Test
    void pagesAreNotPartOfTheApiContract() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/'", equalTo(null)).body("paths.'/verify'", equalTo(null))
                .body("paths.'/in-force'", equalTo(null)).body("paths.'/statistics'", equalTo(null));
    }
}
