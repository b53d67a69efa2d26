package se.precheck.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import io.javalin.Javalin;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import se.precheck.graph.GraphException;
import se.precheck.graph.MsalClientCredentials;
import se.precheck.graph.MsalOnBehalfOf;
import se.precheck.policy.PolicyLoader;
import se.precheck.policy.PolicyStatus;
import se.precheck.web.PrecheckServer;
import se.precheck.web.ServerConfig;

/**
 * Canaries in the database password (given apart and inside the JDBC URL) and in the client secret,
 * through everything the statistics, incident and Graph code does with them — migration, writes, a
 * database that goes away, one that refuses, a token endpoint that refuses — with every logger at
 * its most verbose: none reaches a log line, {@code /health}, an answer, or a status object.
 */
class SecretsCanaryTest {

    private static final String CANARY = "HEMLIGHET7f3a9d";

    @Test
    void database_password_and_client_secret_never_reach_logs_health_or_answers() throws Exception {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level before = root.getLevel();
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        root.addAppender(captured);
        root.setLevel(Level.ALL);
        List<String> seen = new ArrayList<>();
        HttpClient client = HttpClient.newHttpClient();
        EmbeddedPostgres postgres = TestPostgres.builder(Files.createTempDirectory("precheck-canary-pg"), true).start();
        try {
            String url = postgres.getJdbcUrl("postgres", "postgres") + "&password=" + CANARY + "-in-url";
            StatsStore store = StatsStore.open(url, "postgres", CANARY + "-password", Clock.systemUTC()).flushEvery(50);
            ServerConfig config = ServerConfig.dev(0).withOfficer(ServerConfig.dev(0).officer()
                    .withDatabase(url, "postgres", CANARY + "-password").withIncidentMailbox("informationssakerhet@example.com"));
            Javalin app = PrecheckServer.create(config, PolicyLoader::loadDefault,
                    () -> new PolicyStatus("default", "standardpolicyn", "v", Instant.now(), List.of()), store).start();
            try {
                String base = "http://127.0.0.1:" + app.port();
                seen.add(post(client, base + "/api/check", "{\"text\":\"Ring 070-123 45 67\",\"host\":\"word\"}"));
                seen.add(post(client, base + "/api/incident", "{\"what\":\"Test\",\"category\":\"annat\"}"));
                assertThat(store.flush()).isTrue();
                seen.add(get(client, base + "/health"));

                postgres.close();  // the database goes away: flush, incidents and /health all meet the driver's errors
                seen.add(post(client, base + "/api/check", "{\"text\":\"Hej\",\"host\":\"outlook\"}"));
                seen.add(post(client, base + "/api/incident", "{\"what\":\"Test 2\",\"category\":\"annat\"}"));
                assertThat(store.flush()).isFalse();
                seen.add(get(client, base + "/health"));
                seen.add(store.status().toString());
                seen.add(store.toString());
                seen.add(config.toString());
            } finally {
                app.stop();
                store.close();
            }

            // A database that refuses at once, and an embedded one opened with a wrong password.
            try (StatsStore refused = StatsStore.open("jdbc:postgresql://127.0.0.1:1/precheck?password=" + CANARY + "-refused",
                    "precheck", CANARY + "-password", Clock.systemUTC())) {
                refused.recordCheck(OfficeHost.WORD, Administration.UNKNOWN, se.precheck.detect.Verdict.OK, Map.of());
                assertThat(refused.flush()).isFalse();
                seen.add(refused.status().toString());
                assertThatThrownBy(() -> refused.incidents().recent(5)).satisfies(e -> seen.add(String.valueOf(e.getMessage())));
            }
            String h2 = "jdbc:h2:mem:canary" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
            java.sql.DriverManager.getConnection(h2, "sa", "rätt-lösenord").close();
            try (StatsStore wrong = StatsStore.open(h2, "sa", CANARY + "-h2-password", Clock.systemUTC())) {
                seen.add(wrong.status().toString());
            }

            // The client secret, through a token endpoint that refuses it.
            MsalClientCredentials app2 = new MsalClientCredentials("6e3c0f4c-1d0b-4b8e-9f3a-2a7f0c9d1e11",
                    MsalOnBehalfOf.secret(CANARY + "-client-secret"), "https://login.microsoftonline.com/0d9f2c1a-5b6e-4c3d-8e7f-1a2b3c4d5e6f/",
                    request -> {
                        seen.add("(request sent)");
                        return new com.microsoft.aad.msal4j.IHttpResponse() {
                            public int statusCode() { return 401; }
                            public Map<String, List<String>> headers() { return Map.of("Content-Type", List.of("application/json")); }
                            public String body() {
                                return "{\"error\":\"invalid_client\",\"error_description\":\"AADSTS7000215: Invalid client secret provided.\"}";
                            }
                        };
                    });
            assertThatThrownBy(app2::graphToken).isInstanceOfSatisfying(GraphException.class, e -> seen.add(e.getMessage()));
        } finally {
            root.detachAppender(captured);
            root.setLevel(before);
            try {
                postgres.close();
            } catch (Exception ignored) {
                // already stopped
            }
        }
        List<String> lines = captured.list.stream().map(e -> e.getLoggerName() + " " + e.getFormattedMessage() + " "
                + (e.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(e.getThrowableProxy())) + " " + e.getMDCPropertyMap()).toList();
        assertThat(lines).as("log lines").isNotEmpty().noneMatch(l -> l.contains(CANARY));
        assertThat(seen).as("answers, /health and status").hasSizeGreaterThan(10).noneMatch(s -> s.contains(CANARY));
        assertThat(seen.get(2)).contains("\"reachable\":true");
        assertThat(seen.get(5)).contains("\"reachable\":false");
    }

    private static String post(HttpClient client, String url, String body) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String get(HttpClient client, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
