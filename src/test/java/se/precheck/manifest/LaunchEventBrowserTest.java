package se.precheck.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.File;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The Outlook send check (static/launchevent.js) in real headless Chromium, with a fake of the Outlook
 * item and event API injected before the page's own scripts (office.js itself is blocked). It runs
 * against the real service in dev mode for real verdicts, and against a stand-in that answers "stop",
 * is slow, or is down.
 */
class LaunchEventBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** Office.js as far as the handler uses it; the test reads window.__fake. */
    static final String FAKE_OFFICE = """
            (function () {
              var state = { associated: {}, notes: [], completed: [], draft: { subject: "", body: "" },
                            supported: true, bodyFails: false, token: null, tokenAsked: false, language: "sv-SE" };
              window.__fake = state;
              function ok(v) { return { status: "succeeded", value: v }; }
              function callback(a, b) { return typeof a === "function" ? a : b; }
              var item = {
                subject: { getAsync: function (a, b) { var cb = callback(a, b); setTimeout(function () { cb(ok(state.draft.subject)); }, 5); } },
                body: { getAsync: function (type, a, b) {
                  var cb = callback(a, b);
                  setTimeout(function () {
                    cb(state.bodyFails ? { status: "failed", error: { code: 9041, message: "failed" } }
                                       : ok(type === "text" ? state.draft.body : null));
                  }, 5);
                } },
                notificationMessages: { addAsync: function (key, message, cb) {
                  state.notes.push(message.message);
                  if (cb) setTimeout(function () { cb(ok()); }, 1);
                } }
              };
              var office = {
                context: {
                  get displayLanguage() { return state.language; },
                  requirements: { isSetSupported: function (name, version) { return name === "Mailbox" && state.supported; } },
                  mailbox: { item: item }
                },
                CoercionType: { Text: "text", Html: "html" },
                AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
                MailboxEnums: { SendModeOverride: { PromptUser: "promptUser" },
                                ItemNotificationMessageType: { InformationalMessage: "informationalMessage" } },
                actions: { associate: function (name, fn) { state.associated[name] = fn; } }
              };
              Object.defineProperty(window, "Office", { value: office, writable: false, configurable: false });
              window.OfficeRuntime = { auth: { getAccessToken: function (options) {
                state.tokenAsked = true;
                state.tokenOptions = options;
                return state.token ? Promise.resolve(state.token) : Promise.reject({ code: 13012 });
              } } };
            })();
            """;

    /** Runs the associated handler once and answers with what reached event.completed. */
    static final String SEND = """
            var done = arguments[arguments.length - 1];
            var state = window.__fake;
            state.draft = { subject: arguments[0], body: arguments[1] };
            var handler = state.associated.onMessageSendHandler;
            if (!handler) { done({ error: "onMessageSendHandler was not associated" }); return; }
            var t0 = Date.now();
            handler({ completed: function (options) {
              state.completed.push(options);
              if (state.completed.length === 1) {
                done({ options: options, ms: Date.now() - t0, notes: state.notes.slice(), tokenAsked: state.tokenAsked });
              }
            } });
            """;

    static ServiceUnderTest service;
    static StandIn standIn;
    static ChromeDriver driver;

    @BeforeAll
    static void start(@TempDir Path profile) throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String ci = System.getenv("CI");
        if (!present && ci != null && !ci.isBlank()) {
            throw new AssertionError("Chromium and chromedriver are missing in CI (scripts/install-test-tools.sh installs them)");
        }
        Assumptions.assumeTrue(present, "Skipped: /usr/bin/chromium or /usr/bin/chromedriver is missing");
        service = new ServiceUnderTest();
        standIn = new StandIn();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService driverService = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        driver = new ChromeDriver(driverService, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*appsforoffice.microsoft.com*")));
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", FAKE_OFFICE));
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
        if (standIn != null) standIn.close();
        if (service != null) service.close();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> send(String pageUrl, String subject, String body, String setup) {
        driver.get(pageUrl);
        if (setup != null) {
            ((JavascriptExecutor) driver).executeScript(setup);
        }
        Map<String, Object> result = (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript(SEND, subject, body);
        assertThat(result).doesNotContainKey("error");
        return result;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> options(Map<String, Object> result) {
        return (Map<String, Object>) result.get("options");
    }

    static String realPage() {
        return service.origin() + Manifests.EVENT_PAGE_PATH;
    }

    @Test
    void ok_text_is_sent() {
        Map<String, Object> r = send(realPage(), "Protokoll", "Hej! Här kommer protokollet från nämndens sammanträde.", null);
        assertThat(options(r)).containsEntry("allowEvent", true).doesNotContainKey("errorMessage");
        assertThat((Boolean) r.get("tokenAsked")).as("a token is asked for silently").isTrue();
    }

    @Test
    void review_warns_and_lets_the_user_send() {
        Map<String, Object> r = send(realPage(), "Fråga", "Hej, mejla mig på karin.holm@example.com om beslutet.", null);
        Map<String, Object> o = options(r);
        assertThat(o).containsEntry("allowEvent", false)
                .containsEntry("sendModeOverride", "promptUser")
                .containsEntry("commandId", "PrecheckComposeButton")
                .containsEntry("cancelLabel", "Visa kontrollen");
        assertThat((String) o.get("errorMessage")).startsWith("Kontrollera innan du skickar").contains("Du kan skicka ändå");
        assertThat(((String) o.get("errorMessage")).length()).isLessThanOrEqualTo(500);
        assertThat(((String) o.get("cancelLabel")).length()).isLessThanOrEqualTo(20);
    }

    @Test
    void the_subject_is_checked_too() {
        Map<String, Object> r = send(realPage(), "Till karin.holm@example.com", "Se bifogat.", null);
        assertThat(options(r)).containsEntry("allowEvent", false).containsEntry("sendModeOverride", "promptUser");
    }

    @Test
    void unreviewed_ai_draft_warns() {
        Map<String, Object> r = send(realPage(), "Svar", "Hej!\n\n" + Manifests.AI_DRAFT_MARKER + "\nTack för ditt brev om parkeringen.", null);
        Map<String, Object> o = options(r);
        assertThat(o).containsEntry("allowEvent", false).containsEntry("sendModeOverride", "promptUser");
        assertThat((String) o.get("errorMessage")).contains("AI-utkast").contains("faktagranska");
    }

    @Test
    void english_display_language_gets_english() {
        Map<String, Object> r = send(realPage(), "Question", "Mail me at karin.holm@example.com.",
                "window.__fake.language = 'en-US';");
        assertThat((String) options(r).get("errorMessage")).startsWith("Check before you send");
        assertThat(options(r)).containsEntry("cancelLabel", "Show the check");
    }

    @Test
    void without_mailbox_1_14_a_review_lets_the_mail_go() {
        Map<String, Object> r = send(realPage(), "Fråga", "Mejla karin.holm@example.com.", "window.__fake.supported = false;");
        assertThat(options(r)).containsEntry("allowEvent", true);
    }

    @Test
    void stop_blocks_with_a_plain_reason_and_a_way_to_the_task_pane() {
        standIn.behaviour = "stop";
        Map<String, Object> r = send(standIn.page(), "Elevärende", "Eleven har personnummer 19121212-1212.", null);
        Map<String, Object> o = options(r);
        assertThat(o).containsEntry("allowEvent", false)
                .doesNotContainKey("sendModeOverride")
                .containsEntry("commandId", "PrecheckComposeButton")
                .containsEntry("cancelLabel", "Visa kontrollen");
        assertThat((String) o.get("errorMessage")).startsWith("Mejlet har inte skickats").contains("personnummer");
        assertThat(standIn.lastBody).contains("\"host\":\"outlook\"").contains("Elevärende");
    }

    @Test
    void a_token_from_office_goes_along_and_no_prompt_is_asked_for() {
        standIn.behaviour = "ok";
        Map<String, Object> r = send(standIn.page(), "Hej", "Vanlig text.", "window.__fake.token = 'token-123';");
        assertThat(options(r)).containsEntry("allowEvent", true);
        assertThat(standIn.lastAuthorization).isEqualTo("Bearer token-123");
        assertThat(((JavascriptExecutor) driver).executeScript(
                "var o = window.__fake.tokenOptions; return o.allowSignInPrompt === false && o.allowConsentPrompt === false;"))
                .isEqualTo(true);
    }

    @Test
    void a_slow_service_lets_the_mail_go_with_a_note_in_time() throws Exception {
        standIn.behaviour = "slow";
        Map<String, Object> r = send(standIn.page(), "Hej", "Vanlig text.", null);
        assertThat(options(r)).containsEntry("allowEvent", true);
        assertThat(((Number) r.get("ms")).longValue()).as("well inside Outlook's limits").isLessThan(5000);
        assertThat((List<String>) r.get("notes")).singleElement().asString().contains("kontrollerades inte");
        Thread.sleep(1500);
        assertThat(((JavascriptExecutor) driver).executeScript("return window.__fake.completed.length")).isEqualTo(1L);
    }

    @Test
    void a_service_error_lets_the_mail_go_with_a_note() {
        standIn.behaviour = "error";
        Map<String, Object> r = send(standIn.page(), "Hej", "Vanlig text.", null);
        assertThat(options(r)).containsEntry("allowEvent", true);
        assertThat((List<String>) r.get("notes")).hasSize(1);
    }

    @Test
    void a_service_that_is_down_lets_the_mail_go_with_a_note() {
        Map<String, Object> r = send(standIn.downPage("softBlock"), "Hej", "Vanlig text.", null);
        assertThat(options(r)).containsEntry("allowEvent", true);
        assertThat((List<String>) r.get("notes")).singleElement().asString().contains("kontrolltjänsten svarade inte");
    }

    @Test
    void a_service_that_is_down_holds_the_mail_in_block_mode() {
        Map<String, Object> r = send(standIn.downPage("block"), "Hej", "Vanlig text.", null);
        assertThat(options(r)).containsEntry("allowEvent", false);
        assertThat((String) options(r).get("errorMessage")).contains("kunde inte kontrolleras");
    }

    @Test
    void a_service_that_is_down_still_warns_about_an_ai_draft() {
        Map<String, Object> r = send(standIn.downPage("softBlock"), "Hej", Manifests.AI_DRAFT_MARKER + ": svar till medborgaren.", null);
        assertThat(options(r)).containsEntry("allowEvent", false).containsEntry("sendModeOverride", "promptUser");
    }

    @Test
    void an_unreadable_draft_lets_the_mail_go() {
        Map<String, Object> r = send(realPage(), "Hej", "x", "window.__fake.bodyFails = true;");
        assertThat(options(r)).containsEntry("allowEvent", true);
    }

    /** A stand-in service: serves the event page and script, and answers /api/check as told. */
    static final class StandIn implements AutoCloseable {
        volatile String behaviour = "stop";
        volatile String lastBody = "";
        volatile String lastAuthorization = "";
        final CountDownLatch release = new CountDownLatch(1);
        final Javalin app;
        final int closedPort;

        StandIn() throws Exception {
            try (ServerSocket s = new ServerSocket(0)) {
                closedPort = s.getLocalPort();
            }
            app = Javalin.create(cfg -> {
                cfg.jetty.host = "127.0.0.1";
                cfg.jetty.port = 0;
                cfg.startup.showJavalinBanner = false;
                cfg.routes.get("/events/launchevent.html", ctx -> ctx.html(Manifests.launchEventPage()));
                cfg.routes.get("/events/launchevent.js", ctx -> ctx.contentType("text/javascript; charset=utf-8")
                        .result(Manifests.launchEventScript(new ManifestOptions(origin(), "", "", "1.0.0", SendMode.SOFT_BLOCK))));
                for (String mode : List.of("softBlock", "block")) {
                    cfg.routes.get("/down-" + mode + "/launchevent.html", ctx -> ctx.html(Manifests.launchEventPage()));
                    cfg.routes.get("/down-" + mode + "/launchevent.js", ctx -> ctx.contentType("text/javascript; charset=utf-8")
                            .result(Manifests.launchEventScript(new ManifestOptions("http://127.0.0.1:" + closedPort, "", "",
                                    "1.0.0", SendMode.parse(mode)))));
                }
                cfg.routes.post("/api/check", ctx -> {
                    lastBody = ctx.body();
                    lastAuthorization = String.valueOf(ctx.header("Authorization"));
                    switch (behaviour) {
                        case "slow" -> {
                            release.await(8, TimeUnit.SECONDS);
                            ctx.json(Map.of("verdict", "ok", "findings", List.of()));
                        }
                        case "error" -> ctx.status(503).json(Map.of("error", "auth_unavailable"));
                        case "ok" -> ctx.json(Map.of("verdict", "ok", "findings", List.of()));
                        default -> ctx.json(Map.of("verdict", "stop", "findings", List.of(
                                Map.of("id", "f1", "category", "PERSONNUMMER", "title", "Personnummer", "severity", "high"))));
                    }
                });
            }).start();
        }

        String origin() {
            return "http://127.0.0.1:" + app.port();
        }

        String page() {
            return origin() + Manifests.EVENT_PAGE_PATH;
        }

        String downPage(String mode) {
            return origin() + "/down-" + mode + "/launchevent.html";
        }

        @Override
        public void close() {
            release.countDown();
            app.stop();
        }
    }
}
