package io.exportpermits.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages for people in Debian's Chromium (headless): axe-core finds no accessibility violation on
 * any of them, in English and Chinese, on a desktop and a phone-sized window; the verification form
 * works from the keyboard alone; a screenshot of each page goes to `target/pages/`. Skipped without
 * Chromium, unless BROWSER_TESTS=required (as CI sets).
 */
@QuarkusTest
class PagesBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "pages");

    @TestHTTPResource("/")
    URL root;

    private WebDriver browser;

    @BeforeEach
    void chromium() throws IOException {
        assumeTrue("required".equals(System.getenv("BROWSER_TESTS"))
                || (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)),
                "Chromium and ChromeDriver are not installed (apt-get install chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--no-first-run", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--window-size=1200,900",
                        "--user-data-dir=" + Files.createTempDirectory("pages-test"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void everyPageHasNoAccessibilityViolationInEitherLanguageOnADesktopOrAPhone() throws IOException {
        for (Dimension window : new Dimension[] {new Dimension(1200, 900), new Dimension(390, 844)}) {
            browser.manage().window().setSize(window);
            String size = window.getWidth() < 600 ? "phone" : "desktop";
            for (String lang : new String[] {"en", "zh"}) {
                check("landing-" + lang + "-" + size, "?lang=" + lang);
                check("verify-" + lang + "-" + size, "verify?lang=" + lang + "&number=EP-2026-000001&checkCode=abcdefghjk");
                check("listed-parties-" + lang + "-" + size, "listed-parties?lang=" + lang + "&q=Mitsubishi");
                check("in-force-" + lang + "-" + size, "in-force?lang=" + lang);
                check("statistics-" + lang + "-" + size, "statistics?lang=" + lang);
            }
        }
    }

    @Test
    void theVerificationFormWorksFromTheKeyboardAlone() {
        browser.get(root + "verify?lang=en");
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        // Tab from the top of the page to the first field, as a keyboard user would.
        var body = browser.findElement(By.tagName("body"));
        body.sendKeys(Keys.TAB);
        for (int i = 0; i < 10 && !"number".equals(browser.switchTo().activeElement().getAttribute("id")); i++) {
            browser.switchTo().activeElement().sendKeys(Keys.TAB);
        }
        assertEquals("number", browser.switchTo().activeElement().getAttribute("id"), "the number field takes focus");
        browser.switchTo().activeElement().sendKeys("EP-2026-000001", Keys.TAB);
        assertEquals("checkCode", browser.switchTo().activeElement().getAttribute("id"));
        browser.switchTo().activeElement().sendKeys("abcdefghjk", Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=status]")));
        assertTrue(browser.findElement(By.cssSelector("[role=status]")).getText().startsWith("Not valid"));
    }

    private void check(String name, String path) throws IOException {
        browser.get(root + path);
        Results results = new AxeBuilder().analyze(browser);
        String violations = results.getViolations().stream()
                .map(rule -> rule.getId() + ": " + rule.getHelp() + " " + nodes(rule)).collect(Collectors.joining("\n"));
        assertTrue(results.getViolations().isEmpty(), name + " has accessibility violations:\n" + violations);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static String nodes(Rule rule) {
        return rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", "));
    }
}
