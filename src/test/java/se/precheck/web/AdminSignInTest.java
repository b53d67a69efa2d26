package se.precheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.precheck.auth.AdminSignIn;
import se.precheck.auth.AuthConfig;
import se.precheck.auth.EntraTokenValidator;
import se.precheck.auth.IdentityPlatformStandIn;
import se.precheck.graph.MsalOnBehalfOf;
import se.precheck.policy.PolicyLoader;
import se.precheck.stats.Incident;
import se.precheck.stats.StatsStore;

/**
 * The admin pages' sign-in from an ordinary browser in entra mode, end to end: the service, the
 * real MSAL4J confidential client and Nimbus validation, against the loopback identity platform.
 */
class AdminSignInTest {

    static final String ROLE = "Precheck.Admin";

    @TempDir
    Path dir;
    IdentityPlatformStandIn idp;
    StatsStore store;
    Javalin app;
    final MovableClock clock = new MovableClock();
    final IncidentApiTest.FakeGraph graph = new IncidentApiTest.FakeGraph();
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void start() {
        idp = new IdentityPlatformStandIn();
        store = StatsStore.open("jdbc:h2:file:" + dir.resolve("db").toAbsolutePath(), "", "", Clock.systemUTC());
        ServerConfig base = ServerConfig.entra(0, IdentityPlatformStandIn.CLIENT_ID, Set.of(IdentityPlatformStandIn.TENANT), idp.authority());
        ServerConfig config = base.withOfficer(base.officer().withAdminRole(ROLE).withIncidentMailbox("isa@exempelby.se"));
        EntraTokenValidator validator = new EntraTokenValidator(new AuthConfig(IdentityPlatformStandIn.CLIENT_ID, "",
                Set.of(IdentityPlatformStandIn.TENANT), idp.authority()));
        AdminSignIn signIn = new AdminSignIn(IdentityPlatformStandIn.CLIENT_ID, MsalOnBehalfOf.secret("test-secret"),
                IdentityPlatformStandIn.msalAuthority(), idp.msalHttpClient(),
                "api://" + IdentityPlatformStandIn.CLIENT_ID + "/access_as_user", validator);
        app = PrecheckServer.create(config, Services.of(config, PolicyLoader::loadDefault).withStats(store).withGraph(graph)
                .withAdminSignIn(signIn).withClock(clock)).start();
        idp.signInAs(c -> c.claim("roles", List.of(ROLE)));
    }

    @AfterEach
    void stop() {
        app.stop();
        store.close();
        idp.close();
    }

    /** A browser: keeps cookies by name (paths are checked by the assertions on Set-Cookie). */
    final class Browser {
        final Map<String, String> cookies = new LinkedHashMap<>();
        final Map<String, String> setCookies = new HashMap<>();
        Map<String, String> extraHeaders = Map.of();

        HttpResponse<String> get(URI uri) throws Exception {
            return send(HttpRequest.newBuilder(uri).GET());
        }

        HttpResponse<String> get(String path) throws Exception {
            return get(local(path));
        }

        HttpResponse<String> post(String path, String form) throws Exception {
            return send(HttpRequest.newBuilder(local(path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
        }

        private HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
            if (!cookies.isEmpty()) {
                b.header("Cookie", String.join("; ", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
            }
            extraHeaders.forEach(b::header);
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            for (String c : r.headers().allValues("Set-Cookie")) {
                String pair = c.split(";", 2)[0];
                String name = pair.substring(0, pair.indexOf('='));
                String value = pair.substring(pair.indexOf('=') + 1);
                setCookies.put(name, c);
                if (value.isEmpty() || c.contains("Max-Age=0")) cookies.remove(name);
                else cookies.put(name, value);
            }
            return r;
        }

        /** Follows the sign-in: service → identity platform → callback; returns the callback's answer. */
        HttpResponse<String> signIn(String path) throws Exception {
            HttpResponse<String> toMicrosoft = get(path);
            assertThat(toMicrosoft.statusCode()).as("redirect to the identity platform").isEqualTo(302);
            HttpResponse<String> back = get(idp.local(URI.create(location(toMicrosoft))));
            assertThat(back.statusCode()).isEqualTo(302);
            // Behind TLS the callback is https; the TLS-terminating proxy is played by plain http here.
            return get(URI.create(location(back).replace("https://127.0.0.1", "http://127.0.0.1")));
        }
    }

    URI local(String path) {
        return URI.create("http://127.0.0.1:" + app.port() + path);
    }

    static String location(HttpResponse<?> r) {
        return r.headers().firstValue("Location").orElseThrow();
    }

    static Map<String, String> query(String uri) {
        Map<String, String> out = new HashMap<>();
        for (String pair : URI.create(uri).getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            out.put(kv[0], kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return out;
    }

    @Test
    void the_full_flow_signs_in_with_pkce_state_and_nonce_and_returns_to_the_page_asked_for() throws Exception {
        Browser browser = new Browser();
        HttpResponse<String> toMicrosoft = browser.get("/admin/policy");
        assertThat(toMicrosoft.statusCode()).isEqualTo(302);
        String authorize = location(toMicrosoft);
        assertThat(authorize).startsWith("https://login.microsoftonline.com/" + IdentityPlatformStandIn.TENANT + "/oauth2/v2.0/authorize?");
        Map<String, String> q = query(authorize);
        assertThat(q).containsEntry("response_type", "code").containsEntry("code_challenge_method", "S256")
                .containsEntry("client_id", IdentityPlatformStandIn.CLIENT_ID)
                .containsEntry("redirect_uri", "http://127.0.0.1:" + app.port() + "/admin/auth/callback")
                .containsKeys("state", "nonce", "code_challenge");
        assertThat(q.get("scope")).contains("api://" + IdentityPlatformStandIn.CLIENT_ID + "/access_as_user", "openid");
        assertThat(browser.setCookies.get(AdminBrowserSignIn.SIGN_IN_COOKIE))
                .contains("HttpOnly", "SameSite=Lax", "Path=/admin/auth").doesNotContain("Secure");

        HttpResponse<String> back = browser.get(idp.local(URI.create(authorize)));
        HttpResponse<String> callback = browser.get(URI.create(location(back)));
        assertThat(callback.statusCode()).isEqualTo(200);
        assertThat(callback.body()).contains("Test Testsson", "url=/admin/policy");
        String sessionCookie = browser.setCookies.get(AdminBrowserSignIn.SESSION_COOKIE);
        assertThat(sessionCookie).contains("HttpOnly", "SameSite=Strict", "Path=/admin");
        assertThat(sessionCookie.split(";")[0].split("=", 2)[1]).matches("[A-Za-z0-9_-]{43}");
        assertThat(browser.cookies).doesNotContainKey(AdminBrowserSignIn.SIGN_IN_COOKIE);
        assertThat(idp.tokenRequests()).singleElement().asString().contains("code_verifier=", "grant_type=authorization_code");

        HttpResponse<String> page = browser.get("/admin/policy");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Policyn som gäller", "Logga ut", "Inloggad som Test Testsson");
        assertThat(browser.get("/admin").body()).contains("Kontroller per vecka");

        // A replay of the same callback (code and state used once) does not sign in again.
        HttpResponse<String> replay = new Browser().get(URI.create(location(back)));
        assertThat(replay.statusCode()).isEqualTo(400);
    }

    @Test
    void behind_tls_the_cookies_are_secure() throws Exception {
        Browser browser = new Browser();
        browser.extraHeaders = Map.of("X-Forwarded-Proto", "https");
        assertThat(browser.signIn("/admin").statusCode()).isEqualTo(200);
        assertThat(browser.setCookies.get(AdminBrowserSignIn.SIGN_IN_COOKIE)).contains("Secure");
        assertThat(browser.setCookies.get(AdminBrowserSignIn.SESSION_COOKIE)).contains("Secure", "SameSite=Strict");
        assertThat(idp.tokenRequests().get(0)).contains("redirect_uri=https%3A%2F%2F127.0.0.1");
    }

    @Test
    void a_wrong_or_foreign_state_signs_nobody_in() throws Exception {
        Browser browser = new Browser();
        String authorize = location(browser.get("/admin"));
        String callback = location(browser.get(idp.local(URI.create(authorize))));
        String state = query(callback).get("state");

        HttpResponse<String> tampered = browser.get(URI.create(callback.replace("state=" + state, "state=" + "A".repeat(43))));
        assertThat(tampered.statusCode()).isEqualTo(400);
        assertThat(tampered.body()).contains("Inloggningen kunde inte slutföras");
        assertThat(browser.cookies).doesNotContainKey(AdminBrowserSignIn.SESSION_COOKIE);

        // Login CSRF: an attacker's own callback URL opened in the victim's browser (another sign-in cookie).
        Browser attacker = new Browser();
        String attackerCallback = location(attacker.get(idp.local(URI.create(location(attacker.get("/admin"))))));
        Browser victim = new Browser();
        victim.get("/admin");
        assertThat(victim.get(URI.create(attackerCallback)).statusCode()).isEqualTo(400);
        assertThat(victim.cookies).doesNotContainKey(AdminBrowserSignIn.SESSION_COOKIE);
        assertThat(new Browser().get(URI.create(attackerCallback)).statusCode()).as("no sign-in cookie at all").isEqualTo(400);
    }

    @Test
    void another_tenant_is_refused_with_the_wrong_account_page() throws Exception {
        idp.signInAs(c -> c.claim("roles", List.of(ROLE)).claim("tid", IdentityPlatformStandIn.OTHER_TENANT)
                .issuer(idp.authority() + "/" + IdentityPlatformStandIn.OTHER_TENANT + "/v2.0"));
        Browser browser = new Browser();
        HttpResponse<String> r = browser.signIn("/admin");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("Fel konto", "tjänstekonto");
        assertThat(browser.cookies).doesNotContainKey(AdminBrowserSignIn.SESSION_COOKIE);
    }

    @Test
    void a_token_for_another_audience_is_refused() throws Exception {
        idp.signInAs(c -> c.claim("roles", List.of(ROLE)).audience("00000003-0000-0000-c000-000000000000"));
        Browser browser = new Browser();
        assertThat(browser.signIn("/admin").statusCode()).isEqualTo(401);
        assertThat(browser.cookies).doesNotContainKey(AdminBrowserSignIn.SESSION_COOKIE);
    }

    @Test
    void without_the_role_the_page_says_who_to_ask_and_no_session_is_made() throws Exception {
        idp.signInAs(c -> c.claim("roles", List.of("Precheck.User")));
        Browser browser = new Browser();
        HttpResponse<String> r = browser.signIn("/admin");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("Du saknar behörighet", "Test Testsson", ROLE, "IT-avdelning");
        assertThat(browser.cookies).doesNotContainKey(AdminBrowserSignIn.SESSION_COOKIE);

        // A group id in the groups claim counts as the role.
        idp.signInAs(c -> c.claim("groups", List.of(ROLE)));
        assertThat(new Browser().signIn("/admin").statusCode()).isEqualTo(200);
    }

    @Test
    void a_session_ends_after_the_idle_timeout_and_on_sign_out() throws Exception {
        Browser browser = new Browser();
        browser.signIn("/admin");
        clock.advance(Duration.ofMinutes(10));
        assertThat(browser.get("/admin").statusCode()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(10));
        assertThat(browser.get("/admin").statusCode()).as("used 10 minutes ago: still alive").isEqualTo(200);
        clock.advance(Duration.ofMinutes(16));
        HttpResponse<String> expired = browser.get("/admin");
        assertThat(expired.statusCode()).as("idle 16 minutes: to the sign-in again").isEqualTo(302);
        assertThat(location(expired)).startsWith("https://login.microsoftonline.com/");
        assertThat(browser.post("/admin/incidents/send", "csrf=x").statusCode()).as("no redirect for a form").isEqualTo(401);

        Browser other = new Browser();
        other.signIn("/admin");
        String page = other.get("/admin").body();
        String token = csrf(page);
        assertThat(other.post("/admin/auth/logout", "").statusCode()).as("sign-out needs the form token").isEqualTo(403);
        HttpResponse<String> out = other.post("/admin/auth/logout", "csrf=" + token);
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(location(out)).isEqualTo("/admin/auth/signed-out");
        assertThat(other.cookies).doesNotContainKey(AdminBrowserSignIn.SESSION_COOKIE);
        assertThat(other.get("/admin/auth/signed-out").body()).contains("Du är utloggad");
        assertThat(other.get("/admin").statusCode()).isEqualTo(302);
    }

    @Test
    void forms_still_need_the_synchronizer_token_in_a_session() throws Exception {
        graph.reachable = true;
        store.incidents().save(new Incident("i-9", Instant.now(), "annat", "Väntar", "", "", "pending"));
        Browser browser = new Browser();
        browser.signIn("/admin");
        String token = csrf(browser.get("/admin").body());
        assertThat(browser.post("/admin/incidents/send", "").statusCode()).isEqualTo(403);
        assertThat(browser.post("/admin/incidents/send", "csrf=forfalskad").statusCode()).isEqualTo(403);
        assertThat(graph.sent).isEmpty();
        HttpResponse<String> ok = browser.post("/admin/incidents/send", "csrf=" + token);
        assertThat(ok.statusCode()).isEqualTo(303);
        assertThat(graph.sent).hasSize(1);
    }

    @Test
    void a_bearer_token_still_opens_the_pages_without_a_session() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(local("/admin"))
                .header("Authorization", "Bearer " + idp.token(c -> c.claim("roles", List.of(ROLE)))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).doesNotContain("Logga ut");
    }

    @Test
    void no_token_code_state_or_session_id_reaches_the_logs() throws Exception {
        ch.qos.logback.classic.LoggerContext context = (ch.qos.logback.classic.LoggerContext) org.slf4j.LoggerFactory.getILoggerFactory();
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> captured = new ch.qos.logback.core.read.ListAppender<>();
        root.setLevel(ch.qos.logback.classic.Level.ALL);
        captured.start();
        root.addAppender(captured);
        List<String> secrets = new java.util.ArrayList<>();
        try {
            idp.signInAs(c -> c.claim("roles", List.of(ROLE)).claim("name", "KANARIE7f3a9c"));
            Browser browser = new Browser();
            HttpResponse<String> toMicrosoft = browser.get("/admin");
            Map<String, String> q = query(location(toMicrosoft));
            secrets.addAll(List.of(q.get("state"), q.get("nonce"), q.get("code_challenge"), browser.cookies.get(AdminBrowserSignIn.SIGN_IN_COOKIE)));
            String callback = location(browser.get(idp.local(URI.create(location(toMicrosoft)))));
            secrets.add(query(callback).get("code"));
            assertThat(browser.get(URI.create(callback)).statusCode()).isEqualTo(200);
            secrets.add(browser.cookies.get(AdminBrowserSignIn.SESSION_COOKIE));
            assertThat(browser.get("/admin").statusCode()).isEqualTo(200);
            secrets.add("KANARIE7f3a9c");
            secrets.add("eyJ"); // any JWT
        } finally {
            root.detachAppender(captured);
            root.setLevel(ch.qos.logback.classic.Level.INFO);
        }
        List<String> lines = captured.list.stream().map(e -> e.getLoggerName() + " " + e.getFormattedMessage() + " " + e.getMDCPropertyMap()
                + (e.getThrowableProxy() == null ? "" : ch.qos.logback.classic.spi.ThrowableProxyUtil.asString(e.getThrowableProxy()))).toList();
        assertThat(lines).anyMatch(l -> l.contains("GET /admin/auth/callback 200"));
        for (String secret : secrets) {
            assertThat(lines).as("no log line holds %s", secret).noneMatch(l -> l.contains(secret));
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "/admin, /admin",
            "/admin/policy, /admin/policy",
            "/admin/export.csv?from=2026-01-01&to=2026-02-01, /admin/export.csv?from=2026-01-01&to=2026-02-01",
            "//evil.example, /admin",
            "/admin//evil.example, /admin",
            "https://evil.example/admin, /admin",
            "/admin/../evil, /admin",
            "/admin@evil.example, /admin",
            "/admin/auth/callback, /admin",
            "/admin/x?next=https://evil.example, /admin",
            "/adminevil, /admin",
    })
    void only_our_own_admin_paths_are_returned_to(String asked, String returned) {
        assertThat(AdminBrowserSignIn.safeReturn(asked)).isEqualTo(returned);
    }

    static String csrf(String page) {
        Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    /** A clock the test moves forward. */
    static final class MovableClock extends Clock {
        private volatile Instant now = Instant.now();

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
