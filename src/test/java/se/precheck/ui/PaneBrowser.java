package se.precheck.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium, at task-pane width, with the helpers the browser
 * tests share: keyboard navigation, axe-core, screenshots. Skips (outside CI only) when Chromium
 * is not installed; in CI (CI set) a missing browser fails the build.
 */
final class PaneBrowser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path AXE = Path.of("test-tools/node_modules/axe-core/axe.min.js");
    static final Path SCREENSHOTS = Path.of("docs/images");
    static final int WIDTH = 350;

    final ChromeDriver driver;
    private final Path profile;
    private final String axeSource;

    /** Skips the calling test (outside CI) or fails it (in CI) when the tools are missing. */
    static void requireTools() {
        boolean ci = System.getenv("CI") != null && !System.getenv("CI").isBlank();
        String missing = !Files.isExecutable(CHROMIUM) ? CHROMIUM + " is missing"
                : !Files.isExecutable(CHROMEDRIVER) ? CHROMEDRIVER + " is missing"
                : !Files.isRegularFile(AXE) ? AXE + " is missing" : null;
        if (missing == null) {
            return;
        }
        String message = "Browser tests need Chromium, ChromeDriver and axe-core: " + missing
                + ". Run scripts/install-test-tools.sh (as root).";
        if (ci) {
            fail(message + " (CI is set, so this is a failure, not a skip.)");
        }
        Assumptions.abort(message);
    }

    PaneBrowser() throws Exception {
        requireTools();
        profile = Files.createTempDirectory("precheck-chromium-");
        axeSource = Files.readString(AXE, StandardCharsets.UTF_8);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=" + WIDTH + ",900", "--lang=sv-SE",
                // No network in tests: Microsoft's CDN fails at once, as office.js does when it cannot load.
                "--host-resolver-rules=MAP appsforoffice.microsoft.com ~NOTFOUND, MAP m365.cloud.microsoft ~NOTFOUND");
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "sv-SE,sv"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    /** Opens url in a fresh tab (fresh sessionStorage) and waits until the pane has found its host. */
    void open(String url) {
        String old = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        String fresh = driver.getWindowHandle();
        driver.switchTo().window(old).close();
        driver.switchTo().window(fresh);
        // Headless windows are at least 500 px wide; emulate the task pane's width instead.
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", WIDTH, "height", 900, "deviceScaleFactor", 1, "mobile", false));
        driver.get(url);
        waitFor(By.cssSelector("body[data-ready='true']"));
    }

    WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    WebElement waitVisible(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void waitUntil(String jsCondition) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> Boolean.TRUE.equals(js("return !!(" + jsCondition + ");")));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    /** The verdict banner after a check or redaction: "ok", "review", "stop" or "error". */
    String verdict() {
        return waitFor(By.cssSelector("#result [data-verdict]")).getAttribute("data-verdict");
    }

    /** Presses Tab until target has the focus (fails after 80 presses), and checks the focus is visible. */
    void tabTo(WebElement target) {
        for (int i = 0; i < 80; i++) {
            if (target.equals(driver.switchTo().activeElement())) {
                String outline = (String) js("var s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineWidth;");
                assertThat(outline).as("visible focus on %s", target.getAttribute("id")).doesNotStartWith("none").doesNotEndWith(" 0px");
                return;
            }
            new Actions(driver).sendKeys(Keys.TAB).perform();
        }
        fail("Tab never reached " + target.getTagName() + "#" + target.getAttribute("id") + " " + target.getText());
    }

    void press(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
    }

    void type(String text) {
        new Actions(driver).sendKeys(text).perform();
    }

    /** Runs axe-core on the page as it is now; asserts no violations. */
    void assertAccessible(String state) {
        js(axeSource);
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) ((JavascriptExecutor) driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']}).then(function (r) {"
                        + "  done(r.violations.map(function (v) { return v.id + ' (' + v.impact + '): ' + v.help + ' at '"
                        + "    + v.nodes.map(function (n) { return n.target.join(' ') + ' ' + (n.failureSummary || ''); }).join(' | '); }));"
                        + "}).catch(function (e) { done(['axe failed: ' + e]); });");
        assertThat(violations).as("axe-core violations in state " + state).isEmpty();
        assertNoCspViolations(state);
    }

    /** The page's Content-Security-Policy (scripts and styles from 'self' only) was never violated. */
    void assertNoCspViolations(String state) {
        List<String> csp = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
                .toList();
        assertThat(csp).as("CSP violations in state " + state).isEmpty();
    }

    /** A full-height screenshot at task-pane width, saved as docs/images/taskpane-NAME.png. */
    void screenshot(String name) throws Exception {
        Number height = (Number) js("return Math.ceil(document.documentElement.scrollHeight);");
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
                "format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", WIDTH, "height", height.intValue(), "scale", 1)));
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve("taskpane-" + name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
    }

    @Override
    public void close() throws Exception {
        try {
            driver.quit();
        } finally {
            deleteTree(profile.toFile());
        }
    }

    private static void deleteTree(File f) {
        File[] children = f.listFiles();
        if (children != null) {
            for (File c : children) {
                deleteTree(c);
            }
        }
        f.delete();
    }
}
