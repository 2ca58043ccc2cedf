package io.exportpermits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.exportpermits.support.TestKeys;
import io.exportpermits.support.TestPermits;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Swagger UI works in a real browser (Debian's Chromium, headless): a developer authorizes with an API
 * key and tries `getPermitStatus` on a permit of theirs, and the page shows the 200 and its body.
 * Without Chromium it is skipped, unless BROWSER_TESTS=required (as CI sets), where it must run.
 */
@QuarkusTest
class SwaggerUiBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TestHTTPResource("/q/swagger-ui/")
    URL swaggerUi;

    @Test
    void tryItOutOnAPermitStatusShowsTheAnswer() throws IOException {
        assumeTrue("required".equals(System.getenv("BROWSER_TESTS"))
                || (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)),
                "Chromium and ChromeDriver are not installed (apt-get install chromium chromium-driver)");
        String exporterKey = TestKeys.exporterKey(TestKeys.newExporter("Swagger UI Rare Earths Co., Ltd."));
        String number = TestPermits.inState("SUBMITTED", exporterKey,
                TestKeys.newParty(exporterKey, "Swagger UI Magnets Inc.")).number();

        WebDriver browser = chromium();
        try {
            var wait = new WebDriverWait(browser, PATIENCE);
            browser.get(swaggerUi.toString());

            clickable(wait, By.cssSelector("button.btn.authorize")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".auth-container input")))
                    .sendKeys(exporterKey);
            clickable(wait, By.cssSelector(".auth-btn-wrapper button.authorize")).click();
            clickable(wait, By.cssSelector(".auth-btn-wrapper button.btn-done")).click();

            WebElement operation = wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.id("operations-Permits-getPermitStatus")));
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", operation);
            operation.findElement(By.cssSelector(".opblock-summary-control")).click();
            clickable(wait, By.cssSelector("#operations-Permits-getPermitStatus button.try-out__btn")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                    "#operations-Permits-getPermitStatus tr[data-param-name='number'] input"))).sendKeys(number);
            clickable(wait, By.cssSelector("#operations-Permits-getPermitStatus button.execute")).click();

            String response = "#operations-Permits-getPermitStatus .live-responses-table tr.response ";
            By status = By.cssSelector(response + ".response-col_status");
            wait.until(ExpectedConditions.presenceOfElementLocated(status));
            assertEquals("200", browser.findElement(status).getText().trim());
            String body = browser.findElement(By.cssSelector(response + ".response-col_description pre")).getText();
            assertTrue(body.contains("\"number\": \"" + number + "\"") && body.contains("\"status\": \"SUBMITTED\""),
                    "the page shows the permit's status: " + body);
        } finally {
            browser.quit();
        }
    }

    private static WebElement clickable(WebDriverWait wait, By locator) {
        return wait.until(ExpectedConditions.elementToBeClickable(locator));
    }

    /** Debian's Chromium as root in CI: no sandbox, and no calls home that a closed network would refuse. */
    private static WebDriver chromium() throws IOException {
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--window-size=1400,1000",
                        "--user-data-dir=" + Files.createTempDirectory("swagger-ui-test"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
