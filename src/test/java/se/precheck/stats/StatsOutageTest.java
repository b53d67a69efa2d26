package se.precheck.stats;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.precheck.detect.Verdict;
import se.precheck.policy.Category;
import se.precheck.policy.PolicyLoader;
import se.precheck.policy.PolicyStatus;
import se.precheck.web.PrecheckServer;
import se.precheck.web.ServerConfig;

class StatsOutageTest {

    @TempDir
    Path dir;

    @Test
    void a_database_that_is_down_never_fails_a_check_and_gets_the_counts_when_it_is_back() throws Exception {
        String file = dir.resolve("later").toAbsolutePath().toString();
        // IFEXISTS: the database cannot be opened until the file is there (a database server that is down).
        String url = "jdbc:h2:file:" + file + ";IFEXISTS=TRUE";
        try (StatsStore store = StatsStore.open(url, "sa", "hemligt-lösenord", Clock.systemUTC())) {
            assertThat(store.status().reachable()).isFalse();
            Javalin app = PrecheckServer.create(ServerConfig.dev(0), PolicyLoader::loadDefault,
                    () -> new PolicyStatus("default", "standardpolicyn", "v", java.time.Instant.now(), List.of()), store).start();
            try {
                HttpClient client = HttpClient.newHttpClient();
                HttpResponse<String> check = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/check"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"Ring 070-123 45 67\",\"host\":\"outlook\"}")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(check.statusCode()).isEqualTo(200);
                long until = System.currentTimeMillis() + 10_000;
                while (store.status().pendingCounts() == 0 && System.currentTimeMillis() < until) Thread.sleep(20);
                assertThat(store.flush()).isFalse();

                String health = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/health")).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                assertThat(health).contains("\"status\":\"degraded\"", "\"reachable\":false", "Statistikdatabasen kan inte nås")
                        .doesNotContain("jdbc", "hemligt", "later", "\"sa\"");
            } finally {
                app.stop();
            }
            assertThat(store.status().pendingCounts()).isPositive();

            DriverManager.getConnection("jdbc:h2:file:" + file, "sa", "hemligt-lösenord").close();
            assertThat(store.flush()).isTrue();
            assertThat(store.status().reachable()).isTrue();
            assertThat(store.status().pendingCounts()).isZero();
            assertThat(store.checkRows(StatsStoreContract.FAR_PAST, StatsStoreContract.FAR_FUTURE))
                    .singleElement().satisfies(r -> {
                        assertThat(r.host()).isEqualTo(OfficeHost.OUTLOOK);
                        assertThat(r.checks()).isEqualTo(1);
                    });
        }
    }

    @Test
    void recording_never_throws_even_without_a_database() {
        try (StatsStore store = StatsStore.open("jdbc:postgresql://127.0.0.1:1/zqdb", "u", "p", Clock.systemUTC())) {
            store.recordCheck(OfficeHost.WORD, new Administration("  Social\nförvaltningen  "), Verdict.STOP, Map.of(Category.HEALTH, 2));
            store.recordRedaction(null);
            assertThat(store.status().reachable()).isFalse();
            assertThat(store.status().engine()).isEqualTo("postgresql");
            assertThat(store.status().toString()).doesNotContain("127.0.0.1", "zqdb");
        }
    }

    @Test
    void no_public_method_of_the_store_takes_text() {
        List<Method> takingStrings = Arrays.stream(StatsStore.class.getMethods())
                .filter(m -> m.getDeclaringClass() == StatsStore.class && !Modifier.isStatic(m.getModifiers()))
                .filter(m -> Arrays.stream(m.getParameterTypes()).anyMatch(t -> t == String.class || t == CharSequence.class))
                .toList();
        assertThat(takingStrings).isEmpty();
        assertThat(new Administration("x".repeat(500)).name()).hasSize(Administration.MAX_LENGTH);
    }
}
