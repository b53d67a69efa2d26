package se.precheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The Word and Outlook code paths, with Office.js replaced by office-fake.js (served only by the
 * test's FrontServer) in front of the real service: reading the selection or the whole document,
 * showing a finding in the document, replacing the selection, inserting Copilot's answer marked
 * as an AI draft, Outlook's draft body, and Office's display language.
 */
class TaskPaneOfficeTest {

    static final String EMAIL = "anna.larsson@example.se";

    static PaneServer server;
    static FrontServer front;
    static PaneBrowser browser;

    @BeforeAll
    static void start() throws Exception {
        PaneBrowser.requireTools();
        server = new PaneServer();
        front = new FrontServer(server.url(""), false);
        browser = new PaneBrowser();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) browser.close();
        if (front != null) front.close();
        if (server != null) server.close();
    }

    private static String checkedText() throws Exception {
        List<FrontServer.Recorded> calls = front.calls("/api/check");
        @SuppressWarnings("unchecked")
        Map<String, Object> body = new com.fasterxml.jackson.databind.ObjectMapper().readValue(calls.get(calls.size() - 1).body(), Map.class);
        return (String) body.get("text");
    }

    @Test
    void wordSelectionIsCheckedShownReplacedAndAnswerInsertedAsDraft() throws Exception {
        browser.open(front.url("/taskpane?fake=word"));
        assertThat(browser.find("#host-word").isDisplayed()).isTrue();
        assertThat(browser.find("#text-field").isDisplayed()).as("no text area in Word").isFalse();
        browser.assertAccessible("word start");
        browser.screenshot("word-start");

        // Select the first paragraph with the address.
        browser.js("var f = window.__fake, b = f.parts.body, s = b.indexOf('Skicka'); f.selection = {part: 'body', start: s, end: b.indexOf('\\r', s)};");
        browser.find("#check").click();
        assertThat(browser.verdict()).isIn("review", "stop");
        assertThat(checkedText()).startsWith("Skicka protokollet").contains(EMAIL).doesNotContain("Mvh");
        assertThat(front.calls("/api/check").get(0).body()).contains("\"host\":\"word\"");
        assertThat(front.calls("/api/check").get(0).authorization()).as("dev mode: no token").isNull();
        assertThat(browser.js("return window.__fake.tokens;")).isEqualTo(0L);
        assertThat(browser.find("#result .facts").getText()).contains("markeringen");
        List<?> shows = browser.driver.findElements(By.cssSelector("#result li.finding[data-category='EMAIL'] button.show"));
        assertThat(shows).as("two occurrences of the address, each shown on click").hasSize(2);
        browser.assertAccessible("word result");
        browser.screenshot("word-result");

        // Clicking the second finding selects the second occurrence and highlights it.
        browser.driver.findElements(By.cssSelector("#result li.finding[data-category='EMAIL'] button.show")).get(1).click();
        browser.waitUntil("document.querySelector('#result .show-status')");
        long second = (Long) browser.js("var b = window.__fake.parts.body; return b.indexOf(arguments[0], b.indexOf(arguments[0]) + 1);", EMAIL);
        assertThat(browser.js("return window.__fake.selection.start;")).isEqualTo(second);
        assertThat(browser.js("return window.__fake.highlights['body:' + arguments[0] + ':' + (arguments[0] + arguments[1])];", second, EMAIL.length()))
                .isEqualTo("Yellow");
        // Showing the first one removes the second one's highlight.
        browser.driver.findElements(By.cssSelector("#result li.finding[data-category='EMAIL'] button.show")).get(0).click();
        browser.waitUntil("Object.keys(window.__fake.highlights).length === 1 && window.__fake.selection.start < " + second);
        assertThat(browser.find("#result").getText()).contains("markerad i dokumentet");

        // Redact all, then replace the (remembered) selection, although the finding is now selected.
        browser.find("#redact-all").click();
        browser.waitVisible(By.id("safe-section"));
        assertThat(browser.js("return Object.keys(window.__fake.highlights).length;")).as("highlights removed").isEqualTo(0L);
        assertThat(browser.find("#replace").isDisplayed()).isTrue();
        String safe = browser.find("#safe-text").getAttribute("value");
        browser.find("#replace").click();
        browser.waitUntil("document.getElementById('safe-status').textContent.indexOf('ersatt') >= 0");
        String body = (String) browser.js("return window.__fake.parts.body;");
        assertThat(body).startsWith("Hej!\rSkicka protokollet").contains(safe).doesNotContain(EMAIL).endsWith("\rMvh Bo");
        browser.assertAccessible("word redacted");
        browser.screenshot("word-redacted");

        // Copilot's answer: pseudonyms restored, inserted at the cursor inside an "ai-utkast" content control.
        browser.find("#paste-answer").click();
        String placeholder = (String) browser.js("return JSON.parse(sessionStorage.getItem('precheck.mapping'))[0].placeholder;");
        browser.find("#answer").sendKeys("Förslag på svar: skicka protokollet till " + placeholder + ".");
        browser.find("#restore").click();
        browser.waitVisible(By.id("restored"));
        assertThat(browser.find("#restored").getAttribute("value")).isEqualTo("Förslag på svar: skicka protokollet till " + EMAIL + ".");
        assertThat(browser.find("#mark-draft").isSelected()).isTrue();
        browser.js("window.__fake.selection = {part: 'body', start: 0, end: 0};");
        browser.find("#insert-answer").click();
        browser.waitUntil("window.__fake.controls.length === 1");
        assertThat(browser.js("return window.__fake.controls[0].tag;")).isEqualTo("ai-utkast");
        assertThat(browser.js("return window.__fake.controls[0].title;")).isEqualTo("AI-utkast – ej granskat");
        assertThat((String) browser.js("return window.__fake.parts.body;")).startsWith("Förslag på svar: skicka protokollet till " + EMAIL);
        assertThat(browser.find("#review-status").getText()).contains("AI-utkast");
        browser.assertAccessible("word review");
        browser.screenshot("word-review");

        // Öppna Copilot goes through Office to a real browser window.
        browser.find("#open-copilot").click();
        assertThat(browser.js("return window.__fake.opened;")).asList().containsExactly("https://m365.cloud.microsoft/chat?auth=2");
    }

    @Test
    void wordWithoutSelectionChecksBodyHeadersFootnotesAndComments() throws Exception {
        browser.open(front.url("/taskpane?fake=word"));
        browser.find("#check").click();
        assertThat(browser.verdict()).isIn("review", "stop");
        assertThat(checkedText()).contains(EMAIL).contains("bo.berg@example.se").contains("eva@example.se").contains("kalle@example.se");
        assertThat(browser.find("#result .facts").getText()).contains("hela dokumentet");
        assertThat(browser.find("#replace").isDisplayed()).isFalse();

        // A finding in the header is found and selected in the header (by keyboard).
        browser.tabTo(browser.find("#result li.finding[data-category='EMAIL'] button.show[aria-label*='bo.berg']"));
        browser.press(org.openqa.selenium.Keys.ENTER);
        browser.waitUntil("window.__fake.selection.part === 'header'");
        assertThat(browser.js("return Object.values(window.__fake.highlights);")).asList().containsExactly("Yellow");
        // One in a footnote, in the footnote.
        browser.find("#result li.finding[data-category='EMAIL'] button.show[aria-label*='eva@']").click();
        browser.waitUntil("window.__fake.selection.part === 'footnote0'");
        // One in a comment cannot be selected: the pane says so.
        browser.find("#result li.finding[data-category='EMAIL'] button.show[aria-label*='kalle']").click();
        browser.waitUntil("document.querySelector('#result li.finding .show-status') && document.body.textContent.indexOf('hittades inte') >= 0");
        browser.assertAccessible("word document result");
    }

    @Test
    void outlookComposeChecksTheDraftBodyAndReplacesIt() throws Exception {
        browser.open(front.url("/taskpane?fake=outlook"));
        assertThat(browser.find("#host-outlook").isDisplayed()).isTrue();
        assertThat(browser.find("#replace").getAttribute("textContent")).isEqualTo("Ersätt texten i meddelandet");
        browser.find("#check").click();
        assertThat(browser.verdict()).isIn("review", "stop");
        assertThat(checkedText()).isEqualTo("Hej Anna,\nmin adress är bo.berg@example.se.\nHälsningar Bo");
        assertThat(browser.find("#result .facts").getText()).contains("hela meddelandet");
        assertThat(browser.driver.findElements(By.cssSelector("#result button.show"))).as("Outlook cannot select text").isEmpty();
        browser.find("#redact-all").click();
        browser.waitVisible(By.id("safe-section"));
        browser.find("#replace").click();
        browser.waitUntil("window.__fake.mailWrites.length === 1");
        assertThat(browser.js("return window.__fake.mailWrites[0].where;")).isEqualTo("body");
        assertThat((String) browser.js("return window.__fake.mail.body;")).doesNotContain("bo.berg@example.se").startsWith("Hej ").contains("E-post 1");
        browser.assertAccessible("outlook redacted");
        browser.screenshot("outlook-redacted");

        // With a selection, only the selection is checked and written back.
        browser.js("window.__fake.mail.selected = 'Ring mig, eller skriv till eva@example.se.';");
        browser.find("#check").click();
        browser.waitUntil("document.querySelector('#result .facts') && document.querySelector('#result .facts').textContent.indexOf('markeringen') >= 0");
        assertThat(checkedText()).isEqualTo("Ring mig, eller skriv till eva@example.se.");
        browser.find("#redact-all").click();
        browser.waitVisible(By.id("safe-section"));
        browser.find("#replace").click();
        browser.waitUntil("window.__fake.mailWrites.length === 2");
        assertThat(browser.js("return window.__fake.mailWrites[1].where;")).isEqualTo("selection");
    }

    @Test
    void englishFromOfficeDisplayLanguage() {
        browser.open(front.url("/taskpane?fake=word&fakeLang=en-US"));
        assertThat(browser.driver.getCurrentUrl()).contains("locale=en");
        assertThat(browser.find("#check").getText()).isEqualTo("Check");
        assertThat(browser.find("#host-word").isDisplayed()).isTrue();
    }

    @Test
    void officeJsWithoutAHostFallsBackToThePlainPage() {
        browser.open(front.url("/taskpane?fake=none"));
        assertThat(browser.find("#text-field").isDisplayed()).isTrue();
        assertThat(browser.find("#host-browser").isDisplayed()).isTrue();
        browser.find("#text").sendKeys("Mejla " + EMAIL + ".");
        browser.find("#check").click();
        assertThat(browser.verdict()).isIn("review", "stop");
    }
}
