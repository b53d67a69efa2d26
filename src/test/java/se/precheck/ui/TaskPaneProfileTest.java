package se.precheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import se.precheck.ui.FrontServer.Answer;

/** The task pane says which administration's rules applied when the check names a profile, and nothing when not. */
class TaskPaneProfileTest {

    static final String TEXT = "Mötet flyttas till torsdag.";

    static PaneServer server;
    static FrontServer front;
    static PaneBrowser browser;

    @BeforeAll
    static void start() throws Exception {
        PaneBrowser.requireTools();
        server = new PaneServer();
        front = new FrontServer(server.url(""), true);
        browser = new PaneBrowser();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) browser.close();
        if (front != null) front.close();
        if (server != null) server.close();
    }

    static String answer(Map<String, Object> profile) throws Exception {
        Map<String, Object> a = new java.util.LinkedHashMap<>(Map.of("verdict", "ok", "findings", List.of(), "signals", List.of(),
                "reminders", List.of("Faktagranska alltid svaret."), "policyVersion", "test"));
        if (profile != null) a.put("profile", profile);
        return new ObjectMapper().writeValueAsString(a);
    }

    void check() {
        browser.open(front.url("/taskpane?fake=word"));
        browser.js("var f = window.__fake; f.parts.body = arguments[0]; f.selection = {part: 'body', start: 0, end: arguments[0].length};", TEXT);
        browser.find("#check").click();
        browser.waitVisible(By.cssSelector("#result .verdict"));
    }

    @Test
    void the_profile_line_names_the_administration() throws Exception {
        front.script("/api/check", Answer.json(200, answer(Map.of("id", "socialförvaltningen", "name", "Socialförvaltningen"))));
        check();
        assertThat(browser.find("#result .profile").getText()).isEqualTo("Regler för Socialförvaltningen");

        front.script("/api/check", Answer.json(200, answer(Map.of("id", "x", "name", "<b>Fet</b> förvaltning"))));
        check();
        assertThat(browser.find("#result .profile").getText()).as("written as text, never markup").isEqualTo("Regler för <b>Fet</b> förvaltning");

        front.script("/api/check", Answer.json(200, answer(null)));
        check();
        assertThat(browser.driver.findElements(By.cssSelector("#result .profile"))).isEmpty();
    }

    @Test
    void the_profile_line_stays_after_a_redaction() throws Exception {
        String text = "Ring mig på 070-174 06 50.";
        int at = text.indexOf("070");
        Map<String, Object> phone = new java.util.LinkedHashMap<>();
        phone.putAll(Map.of("id", "f1", "category", "PHONE", "start", at, "end", at + 13, "severity", "medium",
                "confidence", 0.9, "ruleId", "R4-telefon", "title", "Telefonnummer", "explanation", "Ett telefonnummer.",
                "guideline", "Användningsregler, regel 4 (GDPR)"));
        phone.put("redactable", true);
        phone.put("suggestion", "[TELEFON 1]");
        Map<String, Object> checked = new java.util.LinkedHashMap<>(Map.of("verdict", "review", "findings", List.of(phone),
                "signals", List.of(), "reminders", List.of("Faktagranska alltid svaret."), "policyVersion", "test"));
        checked.put("profile", Map.of("id", "socialförvaltningen", "name", "Socialförvaltningen"));
        front.script("/api/check", Answer.json(200, new ObjectMapper().writeValueAsString(checked)));
        browser.open(front.url("/taskpane?fake=word"));
        browser.js("var f = window.__fake; f.parts.body = arguments[0]; f.selection = {part: 'body', start: 0, end: arguments[0].length};", text);
        browser.find("#check").click();
        browser.waitVisible(By.cssSelector("#result .profile"));

        // The redaction answer names no profile: the rules that applied to the check still do.
        front.script("/api/redact", Answer.json(200, new ObjectMapper().writeValueAsString(Map.of(
                "text", text.replace("070-174 06 50", "[TELEFON 1]"), "verdict", "ok", "findings", List.of(),
                "signals", List.of(), "mapping", List.of(), "policyVersion", "test"))));
        browser.find("#redact-all").click();
        browser.waitVisible(By.id("safe-section"));
        assertThat(browser.find("#result .profile").getText()).isEqualTo("Regler för Socialförvaltningen");
    }
}
