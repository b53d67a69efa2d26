package se.precheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import se.precheck.ui.FrontServer.Answer;
import se.precheck.web.ServerConfig;

/**
 * Microsoft's fallback sign-in: when neither NAA nor Office SSO gives a token, the pane offers
 * "Logga in", which opens static/signin.html in an Office dialog (office-fake.js's
 * displayDialogAsync answers with a token, a closed dialog or an error) and uses the token it sends
 * back. Also signin.html itself: under the service's CSP, and its MSAL flow against msal-fake.js.
 */
class TaskPaneDialogTest {

    static final String CLIENT_ID = "0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d";
    static final String TEXT = "Skicka protokollet till anna.larsson@example.se i dag.";

    static PaneServer server;   // client id configured (the dialog needs it), dev mode otherwise
    static PaneServer noClient; // no client id: no sign-in button
    static FrontServer front;
    static FrontServer frontNoClient;
    static PaneBrowser browser;

    @BeforeAll
    static void start() throws Exception {
        PaneBrowser.requireTools();
        server = new PaneServer(new ServerConfig("127.0.0.1", 0, ServerConfig.DEFAULT_MAX_BODY, "dev", CLIENT_ID, "", "",
                Set.of(), "https://login.microsoftonline.com", null));
        noClient = new PaneServer();
        front = new FrontServer(server.url(""), true);
        frontNoClient = new FrontServer(noClient.url(""), true);
        browser = new PaneBrowser();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) browser.close();
        for (FrontServer f : new FrontServer[] {front, frontNoClient}) {
            if (f != null) f.close();
        }
        if (server != null) server.close();
        if (noClient != null) noClient.close();
    }

    @BeforeEach
    void clear() {
        front.recorded.clear();
        frontNoClient.recorded.clear();
    }

    private void checkInWord(FrontServer through, String query) {
        browser.open(through.url("/taskpane?fake=word" + query));
        browser.js("var f = window.__fake; f.parts.body = arguments[0]; f.selection = {part: 'body', start: 0, end: arguments[0].length};", TEXT);
        browser.find("#check").click();
    }

    private List<String> authorizations(FrontServer through) {
        return through.calls("/api/check").stream().map(FrontServer.Recorded::authorization).toList();
    }

    private static String scope(FrontServer through) {
        return "api://" + through.url("").substring("http://".length()) + "/" + CLIENT_ID + "/access_as_user";
    }

    private boolean signInShown() {
        return browser.find("#sign-in").isDisplayed();
    }

    private String storage() {
        return (String) browser.js("var all = ''; [sessionStorage, localStorage].forEach(function (s) {"
                + " for (var i = 0; i < s.length; i++) all += s.key(i) + '=' + s.getItem(s.key(i)); }); return all;");
    }

    @Test
    void theDialogsTokenIsUsedForTheCheckAndKeptInMemoryOnly() throws Exception {
        checkInWord(front, "&fakeSso=13003");
        assertThat(browser.verdict()).isEqualTo("error");
        assertThat(browser.find("#result .verdict-sentence").getText()).endsWith("(13003)");
        assertThat(front.calls("/api/check")).as("no call without a token").isEmpty();
        assertThat(signInShown()).isTrue();
        browser.assertAccessible("sign-in offered");
        browser.screenshot("sign-in-offered");

        browser.find("#sign-in").click();
        browser.waitUntil("document.querySelector('#result [data-verdict]') && document.querySelector('#result [data-verdict]')"
                + ".getAttribute('data-verdict') !== 'error'");
        assertThat(browser.verdict()).isIn("review", "stop");
        assertThat(authorizations(front)).containsExactly("Bearer dialog-token-1");
        String expectedUrl = front.url("/static/signin.html?clientId=" + CLIENT_ID + "&scope="
                + URLEncoder.encode(scope(front), StandardCharsets.UTF_8));
        assertThat(browser.js("return window.__fake.dialogs[0].url;")).isEqualTo(expectedUrl);
        assertThat(browser.js("return JSON.stringify(window.__fake.dialogs[0].options);")).isEqualTo("{\"height\":60,\"width\":30}");
        assertThat(browser.js("return window.__fake.dialogsClosed;")).isEqualTo(1L);
        assertThat(signInShown()).isFalse();
        assertThat(storage()).doesNotContain("dialog-token");

        // The next check uses the same token: no second dialog.
        browser.find("#check").click();
        long end = System.currentTimeMillis() + 15_000;
        while (front.calls("/api/check").size() < 2 && System.currentTimeMillis() < end) {
            Thread.sleep(50);
        }
        assertThat(authorizations(front)).containsExactly("Bearer dialog-token-1", "Bearer dialog-token-1");
        assertThat(browser.js("return window.__fake.dialogs.length;")).isEqualTo(1L);
    }

    @ParameterizedTest
    @ValueSource(ints = {13000, 13003, 13005, 13007, 13012, 50001})
    void everyFallbackCodeOffersTheDialogAndKeepsItsMessage(int code) {
        checkInWord(front, "&fakeSso=" + code);
        assertThat(browser.verdict()).isEqualTo("error");
        assertThat(browser.find("#result .verdict-sentence").getText()).doesNotStartWith("Inloggningen misslyckades").endsWith("(" + code + ")");
        assertThat(signInShown()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {13001, 13002, 13004, 13006, 13008, 13013})
    void otherCodesKeepTheirMessagesWithoutTheDialog(int code) {
        checkInWord(front, "&fakeSso=" + code);
        assertThat(browser.verdict()).isEqualTo("error");
        assertThat(browser.find("#result .verdict-sentence").getText()).endsWith("(" + code + ")");
        assertThat(signInShown()).isFalse();
    }

    @Test
    void withoutAClientIdThereIsNoDialog() {
        checkInWord(frontNoClient, "&fakeSso=13003");
        assertThat(browser.verdict()).isEqualTo("error");
        assertThat(signInShown()).isFalse();
    }

    @Test
    void aClosedDialogIsASwedishMessageAndNoCall() throws Exception {
        checkInWord(front, "&fakeSso=13007&fakeDialog=closed");
        assertThat(browser.verdict()).isEqualTo("error");
        browser.find("#sign-in").click();
        browser.waitUntil("document.querySelector('#result').textContent.indexOf('(12006)') >= 0");
        assertThat(browser.find("#result .verdict-sentence").getText()).startsWith("Inloggningsfönstret stängdes").endsWith("(12006)");
        assertThat(front.calls("/api/check")).isEmpty();
        assertThat(signInShown()).as("the user can try again").isTrue();
        browser.assertAccessible("dialog closed");
    }

    @Test
    void anErrorFromTheDialogOrABlockedDialogIsShownWithItsCode() {
        checkInWord(front, "&fakeSso=13007&fakeDialog=error");
        assertThat(browser.verdict()).isEqualTo("error");
        browser.find("#sign-in").click();
        browser.waitUntil("document.querySelector('#result').textContent.indexOf('(server_error)') >= 0");
        assertThat(browser.find("#result .verdict-sentence").getText()).startsWith("Inloggningen i fönstret misslyckades");
        assertThat(browser.js("return window.__fake.dialogsClosed;")).isEqualTo(1L);

        checkInWord(front, "&fakeSso=13007&fakeDialog=blocked");
        assertThat(browser.verdict()).isEqualTo("error");
        browser.find("#sign-in").click();
        browser.waitUntil("document.querySelector('#result').textContent.indexOf('(12011)') >= 0");
        assertThat(browser.find("#result .verdict-sentence").getText()).startsWith("Inloggningsfönstret kunde inte öppnas");
        assertThat(front.calls("/api/check")).isEmpty();
    }

    @Test
    void anExpiredDialogTokenIsDroppedAndTheButtonComesBack() throws Exception {
        checkInWord(front, "&fakeSso=13003");
        browser.verdict();
        front.script("/api/check", Answer.json(401, "{\"error\":\"token_expired\",\"message\":\"Inloggningen har gått ut.\"}"));
        browser.find("#sign-in").click();
        long end = System.currentTimeMillis() + 15_000;
        while (front.calls("/api/check").isEmpty() && System.currentTimeMillis() < end) {
            Thread.sleep(50);
        }
        browser.waitUntil("window.__fake.dialogsClosed === 1 && document.querySelector('#result [data-verdict]') && "
                + "document.querySelector('#result').textContent.indexOf('(13003)') >= 0 && window.__fake.dialogs.length === 1"
                + " && !document.querySelector('#sign-in-block').hidden && document.querySelector('#sign-in').getAttribute('aria-disabled') === null");
        assertThat(authorizations(front)).containsExactly("Bearer dialog-token-1");
    }

    /**
     * signin.html is served under the service's CSP, with one addition: it may connect to the
     * identity platform (to redeem its code); it loads the real bundle without violations.
     */
    @Test
    void theSignInPageLoadsUnderTheProductionCsp() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url("/static/signin.html")))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(csp).contains("script-src 'self' https://appsforoffice.microsoft.com;")
                .contains("connect-src 'self' https://login.microsoftonline.com;").doesNotContain("unsafe-inline");
        assertThat(page.body()).doesNotContain("<script>").contains("src=\"/static/signin.js\"");

        browser.driver.get(server.url("/static/signin.html"));
        browser.waitUntil("document.getElementById('signin-status').textContent.indexOf('not_configured') >= 0");
        assertThat(browser.js("return typeof msal === 'object' && typeof msal.PublicClientApplication === 'function';")).isEqualTo(true);
        assertThat(browser.driver.findElements(By.cssSelector("input[type=password]"))).isEmpty();
        browser.assertNoCspViolations("signin.html with the real msal-browser bundle");
    }

    /** signin.js against msal-fake.js: loginRedirect, back without the query, acquireTokenSilent, messageParent. */
    @Test
    void theSignInPageSendsTheSilentTokenToThePane() {
        String query = "?clientId=" + CLIENT_ID + "&scope=" + URLEncoder.encode(scope(front), StandardCharsets.UTF_8);
        browser.driver.get(front.url("/static/signin.html" + query));
        browser.waitUntil("window.location.hash.indexOf('code=fake') >= 0 && window.__fake && window.__fake.parentMessages.length === 1");
        assertThat(browser.js("return window.__fake.parentMessages[0];")).isEqualTo("{\"token\":\"dialog-silent-1\"}");
        String log = (String) browser.js("return sessionStorage.getItem('__msalFake');");
        assertThat(log).contains("\"redirectUri\":\"" + front.url("/static/signin.html") + "\"")
                .contains("\"cacheLocation\":\"memoryStorage\"")
                .contains("\"call\":\"loginRedirect\",\"request\":{\"scopes\":[\"" + scope(front) + "\"]")
                .contains("\"call\":\"acquireTokenSilent\"");
        assertThat(browser.js("return sessionStorage.getItem('precheck.signin');")).as("settings removed after sign-in").isNull();
        assertThat(storage()).doesNotContain("dialog-silent");
        browser.assertNoCspViolations("signin.html flow");
    }
}
