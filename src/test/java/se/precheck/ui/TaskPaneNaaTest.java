package se.precheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import se.precheck.ui.FrontServer.Answer;
import se.precheck.web.ServerConfig;

/**
 * Sign-in through MSAL.js nested app authentication (static/naa.js), with office-fake.js reporting
 * the NestedAppAuth 1.1 requirement set (or not) and msal-fake.js standing in for the vendored
 * msal-browser bundle. The service runs in dev mode with a client id configured; the front renders
 * the page as in production (no dev mode) except in the dev-mode test.
 */
class TaskPaneNaaTest {

    static final String CLIENT_ID = "0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d";
    static final String APP_ID_URI = "api://precheck.example.se/" + CLIENT_ID;
    static final String TEXT = "Skicka protokollet till anna.larsson@example.se i dag.";

    static PaneServer server;       // client id, no application ID URI: the scope is built from the page's host
    static PaneServer serverWithUri; // client id and PRECHECK_APP_ID_URI
    static FrontServer front;
    static FrontServer frontWithUri;
    static FrontServer frontDev;    // the page as the dev service renders it (data-dev-mode="true")
    static PaneBrowser browser;

    static ServerConfig config(String appIdUri) {
        return new ServerConfig("127.0.0.1", 0, ServerConfig.DEFAULT_MAX_BODY, "dev", CLIENT_ID, "", appIdUri, Set.of(),
                "https://login.microsoftonline.com", null);
    }

    @BeforeAll
    static void start() throws Exception {
        PaneBrowser.requireTools();
        server = new PaneServer(config(""));
        serverWithUri = new PaneServer(config(APP_ID_URI));
        front = new FrontServer(server.url(""), true);
        frontWithUri = new FrontServer(serverWithUri.url(""), true);
        frontDev = new FrontServer(server.url(""), false);
        browser = new PaneBrowser();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) browser.close();
        for (FrontServer f : new FrontServer[] {front, frontWithUri, frontDev}) {
            if (f != null) f.close();
        }
        if (server != null) server.close();
        if (serverWithUri != null) serverWithUri.close();
    }

    @BeforeEach
    void clear() {
        for (FrontServer f : new FrontServer[] {front, frontWithUri, frontDev}) {
            f.recorded.clear();
        }
    }

    private void checkInWord(FrontServer through, String query) {
        browser.open(through.url("/taskpane?fake=word" + query));
        browser.js("var f = window.__fake; f.parts.body = arguments[0]; f.selection = {part: 'body', start: 0, end: arguments[0].length};", TEXT);
        browser.find("#check").click();
    }

    private static String hostScope(FrontServer through) {
        return "api://" + through.url("").substring("http://".length()) + "/" + CLIENT_ID + "/access_as_user";
    }

    private static void waitForCalls(FrontServer through, int n) {
        long end = System.currentTimeMillis() + 15_000;
        while (through.calls("/api/check").size() < n && System.currentTimeMillis() < end) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private List<String> authorizations(FrontServer through) {
        return through.calls("/api/check").stream().map(FrontServer.Recorded::authorization).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> scopes(String list, int index) {
        return (List<Object>) browser.js("return window.__msal." + list + "[" + index + "].scopes;");
    }

    private long count(String expression) {
        return (Long) browser.js("return " + expression + ";");
    }

    @Test
    void withNaaTheSilentTokenForOurScopeIsSentAndNothingIsStored() throws Exception {
        checkInWord(front, "&fakeNaa=on");
        assertThat(browser.verdict()).isIn("review", "stop");
        assertThat(browser.js("return window.__fake.requirementChecks.indexOf('NestedAppAuth 1.1') >= 0;")).isEqualTo(true);
        assertThat(browser.js("return JSON.stringify(window.__msal.created[0].auth);"))
                .isEqualTo("{\"clientId\":\"" + CLIENT_ID + "\",\"authority\":\"https://login.microsoftonline.com/common\"}");
        assertThat(browser.js("return window.__msal.created[0].cache.cacheLocation;")).isEqualTo("memoryStorage");
        assertThat(scopes("silent", 0)).containsExactly(hostScope(front));
        assertThat(count("window.__msal.popup.length")).isZero();
        assertThat(authorizations(front)).containsExactly("Bearer naa-silent-1");
        assertThat(count("window.__fake.tokens")).as("Office SSO not used").isZero();
        assertThat(browser.js("var all = ''; [sessionStorage, localStorage].forEach(function (s) {"
                + " for (var i = 0; i < s.length; i++) all += s.key(i) + '=' + s.getItem(s.key(i)); }); return all;"))
                .as("no token in web storage").asString().doesNotContain("naa-silent");
        assertThat(browser.driver.findElements(By.cssSelector("input[type=password]"))).as("never a password form of our own").isEmpty();
        browser.assertAccessible("signed in with NAA");

        // A second check: one client per page; MSAL now knows the account and is asked with it.
        browser.find("#check").click();
        browser.waitUntil("window.__msal.silent.length === 2 && document.querySelector('#result [data-verdict]')");
        assertThat(count("window.__msal.created.length")).isEqualTo(1);
        assertThat(browser.js("return window.__msal.silent[1].account.homeAccountId;")).isEqualTo("fake-oid.fake-tid");
    }

    @Test
    void theConfiguredApplicationIdUriGivesTheScope() {
        checkInWord(frontWithUri, "&fakeNaa=on");
        assertThat(browser.verdict()).isIn("review", "stop");
        assertThat(scopes("silent", 0)).containsExactly(APP_ID_URI + "/access_as_user");
        assertThat(authorizations(frontWithUri)).containsExactly("Bearer naa-silent-1");
    }

    @Test
    void interactionRequiredOpensMsalsPopup() {
        checkInWord(front, "&fakeNaa=on&fakeMsal=interaction");
        assertThat(browser.verdict()).isIn("review", "stop");
        assertThat(count("window.__msal.silent.length")).isEqualTo(1);
        assertThat(count("window.__msal.popup.length")).isEqualTo(1);
        assertThat(scopes("popup", 0)).containsExactly(hostScope(front));
        assertThat(authorizations(front)).containsExactly("Bearer naa-popup-1");
        assertThat(count("window.__fake.tokens")).isZero();
    }

    @Test
    void closingThePopupIsASwedishMessageAndNoCall() throws Exception {
        checkInWord(front, "&fakeNaa=on&fakeMsal=cancel");
        assertThat(browser.verdict()).isEqualTo("error");
        assertThat(browser.find("#result .verdict-sentence").getText()).startsWith("Inloggningen avbröts").endsWith("(user_cancelled)");
        assertThat(front.calls("/api/check")).as("no call without a token").isEmpty();
        assertThat(count("window.__fake.tokens")).as("a cancelled sign-in is not a reason to fall back").isZero();
        browser.assertAccessible("NAA sign-in cancelled");
    }

    @Test
    void otherMsalErrorsAreShownWithTheirCode() {
        checkInWord(front, "&fakeNaa=on&fakeMsal=server");
        assertThat(browser.verdict()).isEqualTo("error");
        assertThat(browser.find("#result .verdict-sentence").getText()).startsWith("Inloggningen misslyckades").endsWith("(server_error)");
        assertThat(front.calls("/api/check")).isEmpty();
        assertThat(count("window.__fake.tokens")).isZero();
    }

    @Test
    void withoutNaaOfficeSsoIsUsed() {
        checkInWord(front, "");
        assertThat(browser.verdict()).isIn("review", "stop");
        assertThat(browser.js("return window.__fake.requirementChecks.indexOf('NestedAppAuth 1.1') >= 0;")).isEqualTo(true);
        assertThat(count("window.__msal.created.length")).as("MSAL not used").isZero();
        assertThat(authorizations(front)).containsExactly("Bearer fake-token-1");
        assertThat(browser.js("return JSON.stringify(window.__fake.lastSsoOptions);"))
                .isEqualTo("{\"allowSignInPrompt\":true,\"allowConsentPrompt\":true,\"forMSGraphAccess\":false}");
    }

    @Test
    void naaUnavailableInTheHostFallsBackToOfficeSsoAndStaysThere() {
        checkInWord(front, "&fakeNaa=on&fakeMsal=disabled");
        assertThat(browser.verdict()).isIn("review", "stop");
        assertThat(count("window.__msal.silent.length")).isEqualTo(1);
        assertThat(authorizations(front)).containsExactly("Bearer fake-token-1");
        browser.find("#check").click();
        waitForCalls(front, 2);
        assertThat(count("window.__msal.silent.length")).as("NAA not tried again on this page").isEqualTo(1);
        assertThat(authorizations(front)).containsExactly("Bearer fake-token-1", "Bearer fake-token-2");
    }

    @Test
    void aHostReportingNaaWithoutItsBridgeFallsBackToOfficeSso() {
        checkInWord(front, "&fakeNaa=nobridge");
        assertThat(browser.verdict()).isIn("review", "stop");
        assertThat(count("window.__msal.created.length")).isEqualTo(1);
        assertThat(count("window.__msal.silent.length")).as("MSAL's standard client is never used").isZero();
        assertThat(authorizations(front)).containsExactly("Bearer fake-token-1");
    }

    @Test
    void msalThatCannotStartFallsBackToOfficeSso() {
        checkInWord(front, "&fakeNaa=on&fakeMsal=createFails");
        assertThat(browser.verdict()).isIn("review", "stop");
        assertThat(authorizations(front)).containsExactly("Bearer fake-token-1");
    }

    @Test
    void anExpiredTokenIsRefreshedPastMsalsCacheOnce() {
        front.script("/api/check", Answer.json(401, "{\"error\":\"token_expired\",\"message\":\"Inloggningen har gått ut.\"}"));
        checkInWord(front, "&fakeNaa=on");
        assertThat(browser.verdict()).isIn("review", "stop");
        assertThat(authorizations(front)).containsExactly("Bearer naa-silent-1", "Bearer naa-silent-2");
        assertThat(browser.js("return window.__msal.silent[0].forceRefresh === undefined && window.__msal.silent[1].forceRefresh === true;"))
                .isEqualTo(true);
    }

    @Test
    void devModeAsksForNoTokenAtAll() {
        checkInWord(frontDev, "&fakeNaa=on");
        assertThat(browser.verdict()).isIn("review", "stop");
        assertThat(browser.driver.findElements(By.cssSelector(".dev-banner"))).as("dev mode").isNotEmpty();
        assertThat(count("window.__msal.created.length + window.__msal.silent.length + window.__msal.popup.length")).isZero();
        assertThat(count("window.__fake.tokens")).isZero();
        assertThat(authorizations(frontDev)).containsExactly((String) null);
    }

    /** The real msal-browser bundle, talking to office-fake's NAA bridge: silent first, then MSAL's memory cache. */
    @Test
    void theRealMsalBundleGetsTheTokenThroughTheHostBridgeAndKeepsItInMemory() {
        checkInWord(front, "&fakeNaa=bridge&realMsal=1");
        assertThat(browser.verdict()).isIn("review", "stop");
        assertThat(browser.js("return typeof window.__msal;")).as("the real bundle, not msal-fake.js").isEqualTo("undefined");
        assertThat(browser.js("return window.__fake.bridgeRequests.map(function (r) { return r.method; }).join(' ');"))
                .isEqualTo("GetInitContext GetToken");
        assertThat(browser.js("return window.__fake.bridgeRequests[1].tokenParams.scope;")).isEqualTo(hostScope(front));
        assertThat(browser.js("return window.__fake.bridgeRequests[1].tokenParams.clientId;")).isEqualTo(CLIENT_ID);
        assertThat(authorizations(front)).containsExactly("Bearer bridge-GetToken-1");
        assertThat(count("window.__fake.tokens")).isZero();
        assertThat(browser.js("var all = ''; [sessionStorage, localStorage].forEach(function (s) {"
                + " for (var i = 0; i < s.length; i++) all += s.key(i) + '=' + s.getItem(s.key(i)); }); return all;"))
                .as("MSAL keeps the tokens in memory only").asString().doesNotContain("bridge-GetToken").doesNotContain("fake-oid");
        browser.assertNoCspViolations("real msal-browser over the NAA bridge");

        browser.find("#check").click();
        waitForCalls(front, 2);
        browser.verdict();
        assertThat(authorizations(front)).hasSize(2).allMatch("Bearer bridge-GetToken-1"::equals);
        assertThat(count("window.__fake.bridgeRequests.length")).as("second token from MSAL's memory cache").isEqualTo(2);
    }

    @Test
    void theRealMsalBundleOpensThePopupThroughTheBridgeWhenInteractionIsRequired() {
        checkInWord(front, "&fakeNaa=bridge&fakeBridge=interaction&realMsal=1");
        assertThat(browser.verdict()).isIn("review", "stop");
        assertThat(browser.js("return window.__fake.bridgeRequests.map(function (r) { return r.method; }).join(' ');"))
                .isEqualTo("GetInitContext GetToken GetTokenPopup");
        assertThat(browser.js("return window.__fake.bridgeRequests[2].tokenParams.scope;")).isEqualTo(hostScope(front));
        assertThat(authorizations(front)).containsExactly("Bearer bridge-GetTokenPopup-1");
    }

    /** The real vendored bundle loads under the page's CSP and provides what naa.js calls. */
    @Test
    void theVendoredBundleLoadsUnderTheContentSecurityPolicy() {
        browser.open(server.url("/taskpane"));
        assertThat(browser.js("return typeof msal === 'object' && typeof msal.createNestablePublicClientApplication === 'function'"
                + " && typeof msal.InteractionRequiredAuthError === 'function' && typeof window.PrecheckNaa.token === 'function';"))
                .isEqualTo(true);
        browser.assertNoCspViolations("real msal-browser bundle");
    }
}
