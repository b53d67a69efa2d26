package se.precheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.precheck.auth.IdentityPlatformStandIn;
import se.precheck.detect.Verdict;
import se.precheck.policy.Category;
import se.precheck.policy.PolicyLoader;
import se.precheck.stats.Administration;
import se.precheck.stats.Incident;
import se.precheck.stats.OfficeHost;
import se.precheck.stats.StatsStore;

class AdminPagesTest {

    static final String ROLE = "Precheck.Admin";

    @TempDir
    Path dir;
    StatsStore store;
    Javalin app;
    IdentityPlatformStandIn idp;
    IncidentApiTest.FakeGraph graph = new IncidentApiTest.FakeGraph();
    final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    void start(ServerConfig config) {
        store = StatsStore.open("jdbc:h2:file:" + dir.resolve("db").toAbsolutePath(), "", "", Clock.systemUTC());
        ServerConfig withRole = config.withOfficer(config.officer().withAdminRole(ROLE).withIncidentMailbox("isa@exempelby.se"));
        app = PrecheckServer.create(withRole, Services.of(withRole, PolicyLoader::loadDefault).withStats(store).withGraph(graph)).start();
    }

    void startEntra() {
        idp = new IdentityPlatformStandIn();
        start(ServerConfig.entra(0, IdentityPlatformStandIn.CLIENT_ID, Set.of(IdentityPlatformStandIn.TENANT), idp.authority()));
    }

    @AfterEach
    void stop() {
        if (app != null) app.stop();
        if (store != null) store.close();
        if (idp != null) idp.close();
    }

    HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).GET();
        if (token != null) b.header("Authorization", "Bearer " + token);
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postForm(String path, String token, String form) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form));
        if (token != null) b.header("Authorization", "Bearer " + token);
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void no_token_is_401_no_role_is_403_and_the_role_or_group_lets_in() throws Exception {
        startEntra();
        assertThat(get("/admin", null).statusCode()).isEqualTo(401);

        String noRole = idp.token();
        for (String path : List.of("/admin", "/admin/policy", "/admin/export.csv")) {
            HttpResponse<String> r = get(path, noRole);
            assertThat(r.statusCode()).as(path).isEqualTo(403);
            assertThat(r.body()).contains("Du saknar behörighet").doesNotContain("Policyn som gäller");
        }
        assertThat(postForm("/admin/incidents/send", noRole, "csrf=x").statusCode()).isEqualTo(403);
        assertThat(get("/admin", idp.token(c -> c.claim("roles", List.of("Precheck.User")))).statusCode()).isEqualTo(403);

        String admin = idp.token(c -> c.claim("roles", List.of(ROLE)));
        HttpResponse<String> page = get("/admin", admin);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Kontrollera före Copilot – översikt", "Kontroller per vecka");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(get("/admin/policy", idp.token(c -> c.claim("groups", List.of(ROLE)))).statusCode()).isEqualTo(200);
    }

    @Test
    void the_overview_shows_counts_and_the_policy_page_its_rules_with_citations() throws Exception {
        start(ServerConfig.dev(0));
        store.recordCheck(OfficeHost.WORD, new Administration("Socialförvaltningen"), Verdict.STOP, Map.of(Category.PERSONNUMMER, 2));
        store.recordCheck(OfficeHost.OUTLOOK, Administration.UNKNOWN, Verdict.OK, Map.of());
        store.flush();
        String page = get("/admin", null).body();
        assertThat(page).contains("<strong>2</strong>", "50,0 %", "PERSONNUMMER", "<meter");
        assertThat(page).doesNotContain("style=", "<script");

        String policy = get("/admin/policy", null).body();
        assertThat(policy).contains("R4-personnummer", "Användningsregler, regel 4 (GDPR)", PolicyLoader.loadDefault().version());
        assertThat(policy).contains("KOM-health").doesNotContain("Kommunens ord per kategori");
    }

    @Test
    void the_overview_counts_per_administration_and_names_the_profile_that_applies() throws Exception {
        store = StatsStore.open("jdbc:h2:file:" + dir.resolve("db").toAbsolutePath(), "", "", Clock.systemUTC());
        se.precheck.policy.Policy d = PolicyLoader.loadDefault();
        se.precheck.policy.Policy withProfile = new se.precheck.policy.Policy(d.version(), d.guidelineVersion(), d.rules(), d.reminders(),
                d.switchboardNumbers(), d.intranetHosts(), d.localSystems(), d.allowedTerms(), d.minConfidence(), d.tenants(),
                Map.of("socialförvaltningen", new se.precheck.policy.AdministrationProfile("Socialförvaltningen", Map.of())),
                Map.of(Category.INTERNAL_INFORMATION, List.of("Projekt Falken", "Falk*")),
                Map.of(Category.PERSON_NAME, Set.of("Anna Andersson")));
        ServerConfig config = ServerConfig.dev(0);
        app = PrecheckServer.create(config, Services.of(config, () -> withProfile).withStats(store).withGraph(graph)).start();
        store.recordCheck(OfficeHost.WORD, new Administration("Socialförvaltningen"), Verdict.STOP, Map.of());
        store.recordCheck(OfficeHost.WORD, new Administration("Socialförvaltningen"), Verdict.OK, Map.of());
        store.recordCheck(OfficeHost.OUTLOOK, new Administration("Kultur"), Verdict.OK, Map.of());
        store.recordRedaction(new Administration("Socialförvaltningen"));
        store.flush();
        String page = get("/admin", null).body().replaceAll("\\s+", " ");
        assertThat(page).contains("Per förvaltning",
                "<th scope=\"row\">Socialförvaltningen</th> <td class=\"n\">2</td> <td class=\"n\">50,0 %</td> <td class=\"n\">1</td> <td>Regler för Socialförvaltningen</td>",
                "<th scope=\"row\">Kultur</th> <td class=\"n\">1</td> <td class=\"n\">0,0 %</td> <td class=\"n\">0</td> <td>kommunens gemensamma</td>");
        assertThat(page.indexOf("Socialförvaltningen</th>")).isLessThan(page.indexOf("Kultur</th>"));
        String policy = get("/admin/policy", null).body().replaceAll("\\s+", " ");
        assertThat(policy).contains("Kommunens ord per kategori", "<th scope=\"row\">INTERNAL_INFORMATION</th> <td>Projekt Falken, Falk*</td> <td></td>",
                "<th scope=\"row\">PERSON_NAME</th> <td></td> <td>Anna Andersson</td>");
    }

    @Test
    void the_csv_export_has_every_count_and_neutralises_formulas() throws Exception {
        start(ServerConfig.dev(0));
        store.recordCheck(OfficeHost.WORD, new Administration("Socialförvaltningen"), Verdict.STOP, Map.of(Category.HEALTH, 3));
        store.recordCheck(OfficeHost.WORD, new Administration("=HYPERLINK(\"http://x\";\"y\")"), Verdict.OK, Map.of());
        store.recordRedaction(new Administration("Socialförvaltningen"));
        store.flush();
        HttpResponse<String> r = get("/admin/export.csv", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(r.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment");
        List<String> lines = r.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("\uFEFFtyp;datum;värd;förvaltning;utfall eller kategori;antal");
        String today = java.time.LocalDate.now(StatsStore.ZONE).toString();
        assertThat(lines).contains(
                "kontroller;" + today + ";word;Socialförvaltningen;stop;1",
                "träffar;" + today + ";word;Socialförvaltningen;HEALTH;3",
                "maskeringar;" + today + ";;Socialförvaltningen;;1",
                "kontroller;" + today + ";word;\"'=HYPERLINK(\"\"http://x\"\";\"\"y\"\")\";ok;1");
        assertThat(get("/admin/export.csv?from=igår", null).statusCode()).isEqualTo(400);
    }

    @Test
    void user_input_is_escaped_on_the_pages() throws Exception {
        start(ServerConfig.dev(0));
        store.incidents().save(new Incident("i-1", java.time.Instant.now(), "annat",
                "<script>alert('x')</script> & <b>fet</b>", "<img src=x onerror=alert(1)>", "", "pending"));
        store.recordCheck(OfficeHost.WORD, new Administration("<i>Förvaltning</i>"), Verdict.OK, Map.of());
        store.flush();
        String page = get("/admin", null).body();
        assertThat(page).doesNotContain("<script>alert", "<img src=x", "<b>fet</b>");
        assertThat(page).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;fet&lt;/b&gt;", "&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void forms_need_the_synchronizer_token() throws Exception {
        start(ServerConfig.dev(0));
        graph.reachable = false;
        store.incidents().save(new Incident("i-2", java.time.Instant.now(), "annat", "Väntar", "", "", "pending"));
        String page = get("/admin", null).body();
        Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).as("the form carries a token").isTrue();
        String token = m.group(1);

        assertThat(postForm("/admin/incidents/send", null, "").statusCode()).isEqualTo(403);
        assertThat(postForm("/admin/incidents/send", null, "csrf=forfalskad").statusCode()).isEqualTo(403);
        assertThat(graph.sent).isEmpty();

        graph.reachable = true;
        HttpResponse<String> ok = postForm("/admin/incidents/send", null, "csrf=" + token);
        assertThat(ok.statusCode()).isEqualTo(303);
        assertThat(ok.headers().firstValue("Location").orElseThrow()).isEqualTo("/admin?skickade=1");
        assertThat(graph.sent).hasSize(1);
        assertThat(store.incidents().waitingForMail(10)).isEmpty();
    }
}
