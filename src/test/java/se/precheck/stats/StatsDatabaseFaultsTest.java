package se.precheck.stats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.precheck.detect.Verdict;
import se.precheck.policy.Category;
import se.precheck.policy.PolicyLoader;
import se.precheck.policy.PolicyStatus;
import se.precheck.web.Json;
import se.precheck.web.PrecheckServer;
import se.precheck.web.ServerConfig;

/**
 * The statistics database failing under a running service: a real PostgreSQL stopped in the
 * middle of a run and started again, a database that hangs on a lock, and an outage longer than
 * memory may hold. Checks go on, answer as fast as before, and the counts come out exact.
 */
class StatsDatabaseFaultsTest {

    private static final String[] TEXTS = {
            "Ring mig på 070-123 45 67 i morgon.",
            "Eleven har personnummer 19121212-1212 och bor på Storgatan 3.",
            "Mötet flyttas till torsdag.",
            "Skicka protokollet till anna.berg@example.com före fredag.",
    };

    private EmbeddedPostgres postgres;
    private Javalin app;
    private StatsStore store;
    private final HttpClient client = HttpClient.newHttpClient();
    private final Map<String, AtomicLong> expectedChecks = new ConcurrentHashMap<>();
    private final Map<Category, AtomicLong> expectedFindings = new ConcurrentHashMap<>();

    @AfterEach
    void stop() throws Exception {
        if (app != null) app.stop();
        if (store != null) store.close();
        if (postgres != null) postgres.close();
    }

    private String startPostgres(Path data, int port) throws Exception {
        EmbeddedPostgres.Builder b = TestPostgres.builder(data, false);
        if (port > 0) b.setPort(port);
        postgres = b.start();
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    private void startService(String url) {
        store = StatsStore.open(url, "postgres", "", Clock.systemUTC()).flushEvery(100);
        app = PrecheckServer.create(ServerConfig.dev(0), PolicyLoader::loadDefault,
                () -> new PolicyStatus("default", "standardpolicyn", "v", Instant.now(), List.of()), store).start();
    }

    /** One check through HTTP; what it should add to the statistics is taken from its answer. */
    private long check(int i) throws Exception {
        String host = i % 2 == 0 ? "word" : "outlook";
        String body = Json.MAPPER.writeValueAsString(Map.of("text", TEXTS[i % TEXTS.length], "host", host));
        long start = System.nanoTime();
        HttpResponse<String> r;
        int attempt = 0;
        do {
            // A starved CPU (the build machine under load) can run a check past its 2 s budget: that
            // 503 check_timeout is the engine's, not the database's, and such a check is not counted.
            r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/check"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } while (r.statusCode() == 503 && r.body().contains("check_timeout") && ++attempt < 3);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode answer = Json.MAPPER.readTree(r.body());
        expectedChecks.computeIfAbsent(host + "/" + answer.get("verdict").asText(), k -> new AtomicLong()).incrementAndGet();
        for (JsonNode f : answer.get("findings")) {
            expectedFindings.computeIfAbsent(Category.valueOf(f.get("category").asText()), k -> new AtomicLong()).incrementAndGet();
        }
        return millis;
    }

    /** {@code threads} at once: below the service's concurrency limit (2 per core), so no check is refused as busy. */
    private List<Long> checks(int from, int to, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> futures = new ArrayList<>();
            for (int i = from; i < to; i++) {
                int n = i;
                futures.add(pool.submit(() -> check(n)));
            }
            List<Long> times = new ArrayList<>();
            for (Future<Long> f : futures) times.add(f.get(60, TimeUnit.SECONDS));
            return times;
        } finally {
            pool.shutdownNow();
        }
    }

    private JsonNode health() throws Exception {
        return Json.MAPPER.readTree(client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/health")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long until = System.currentTimeMillis() + 30_000;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < until) Thread.sleep(50);
        assertThat(condition.getAsBoolean()).as(what).isTrue();
    }

    private long expectedTotal() {
        return expectedChecks.values().stream().mapToLong(AtomicLong::get).sum();
    }

    private long storedTotal() {
        try {
            return store.checkRows(StatsStoreContract.FAR_PAST, StatsStoreContract.FAR_FUTURE).stream().mapToLong(CheckRow::checks).sum();
        } catch (Exception e) {
            return -1;
        }
    }

    private void assertStoredCountsAreExact() throws Exception {
        Map<String, Long> checks = new java.util.HashMap<>();
        for (CheckRow r : store.checkRows(StatsStoreContract.FAR_PAST, StatsStoreContract.FAR_FUTURE)) {
            checks.merge(r.host().wireName() + "/" + r.verdict(), r.checks(), Long::sum);
        }
        Map<Category, Long> findings = new java.util.EnumMap<>(Category.class);
        for (FindingRow r : store.findingRows(StatsStoreContract.FAR_PAST, StatsStoreContract.FAR_FUTURE)) {
            findings.merge(r.category(), r.findings(), Long::sum);
        }
        Map<String, Long> wantChecks = new java.util.HashMap<>();
        expectedChecks.forEach((k, v) -> wantChecks.put(k, v.get()));
        Map<Category, Long> wantFindings = new java.util.EnumMap<>(Category.class);
        expectedFindings.forEach((k, v) -> wantFindings.put(k, v.get()));
        assertThat(checks).isEqualTo(wantChecks);
        assertThat(findings).isEqualTo(wantFindings);
    }

    @Test
    void postgresql_stopped_mid_run_and_started_again_loses_no_count_and_never_fails_a_check() throws Exception {
        Path data = Files.createTempDirectory("precheck-faults-pg");
        startService(startPostgres(data, 0));
        int port = postgres.getPort();

        checks(0, 30, 3);
        await(() -> storedTotal() == 30, "the first 30 checks written");
        assertThat(health().get("statistics").get("reachable").asBoolean()).isTrue();

        postgres.close();  // the database server goes away in the middle of the run
        postgres = null;
        List<Long> during = checks(30, 90, 3);
        assertThat(during).as("every check answered while the database was down").hasSize(60);
        await(() -> !store.status().reachable(), "the outage noticed by a flush");
        JsonNode degraded = health();
        assertThat(degraded.get("status").asText()).isEqualTo("degraded");
        assertThat(degraded.get("statistics").get("reachable").asBoolean()).isFalse();
        assertThat(degraded.get("statistics").get("pendingCounts").asLong()).isPositive();
        assertThat(degraded.get("statistics").get("droppedCounts").asLong()).isZero();
        assertThat(degraded.toString()).doesNotContain("jdbc", "postgres\"", String.valueOf(port));
        checks(90, 110, 3);  // (110 in all: under the per-user rate limit of 120 a minute)

        startPostgres(data, port);  // the same server back, same address
        await(() -> store.status().reachable() && store.status().pendingCounts() == 0, "the counts held in memory written");
        await(() -> storedTotal() == 110, "all 110 checks stored");
        assertThat(expectedTotal()).isEqualTo(110);
        assertStoredCountsAreExact();
        assertThat(health().get("status").asText()).isEqualTo("ok");
    }

    @Test
    void a_database_that_hangs_adds_no_latency_to_checks() throws Exception {
        Path data = Files.createTempDirectory("precheck-faults-pg");
        startService(startPostgres(data, 0));
        checks(0, 8, 2);
        await(() -> storedTotal() == 8, "warm-up written");
        List<Long> before = checks(8, 28, 1);

        // Another session holds the counters table: every write waits on the lock (a database that hangs).
        try (Connection lock = postgres.getPostgresDatabase().getConnection(); Statement s = lock.createStatement()) {
            lock.setAutoCommit(false);
            s.execute("LOCK TABLE check_count IN ACCESS EXCLUSIVE MODE");
            Thread.sleep(300);  // a flush is now stuck behind the lock
            List<Long> during = checks(28, 48, 1);
            long medianBefore = before.stream().sorted().toList().get(before.size() / 2);
            long medianDuring = during.stream().sorted().toList().get(during.size() / 2);
            assertThat(medianDuring).as("median ms while the database hangs vs before: %s vs %s", during, before)
                    .isLessThan(Math.max(1000, medianBefore * 5));
            // A check that waited on the database would wait until the lock goes: far longer than this.
            assertThat(during.stream().mapToLong(Long::longValue).max().orElseThrow()).isLessThan(8_000);
            lock.rollback();
        }
        await(() -> storedTotal() == 48, "all counts written once the lock is gone");
        assertStoredCountsAreExact();
    }

    @Test
    void beyond_the_bound_counts_are_dropped_and_health_says_how_many_never_the_text() throws Exception {
        StatsStore bounded = StatsStore.open("jdbc:postgresql://127.0.0.1:1/nothing", "u", "hemligt", Clock.systemUTC()).maxPendingKeys(3);
        store = bounded;
        app = PrecheckServer.create(ServerConfig.dev(0), PolicyLoader::loadDefault,
                () -> new PolicyStatus("default", "standardpolicyn", "v", Instant.now(), List.of()), bounded).start();
        // Three counters fit: later counts to them still count; a fourth counter's counts are dropped.
        bounded.recordCheck(OfficeHost.WORD, new Administration("A"), Verdict.OK, Map.of());
        bounded.recordCheck(OfficeHost.WORD, new Administration("B"), Verdict.OK, Map.of());
        bounded.recordCheck(OfficeHost.WORD, new Administration("C"), Verdict.OK, Map.of());
        bounded.recordCheck(OfficeHost.WORD, new Administration("A"), Verdict.OK, Map.of());
        bounded.recordCheck(OfficeHost.WORD, new Administration("D"), Verdict.OK, Map.of());
        bounded.recordCheck(OfficeHost.WORD, new Administration("E"), Verdict.OK, Map.of());
        bounded.recordRedaction(new Administration("A"));
        assertThat(bounded.status().droppedCounts()).isEqualTo(2);
        assertThat(bounded.status().pendingCounts()).isEqualTo(4);
        assertThat(check(0)).isNotNegative();  // a check still answers
        JsonNode statistics = health().get("statistics");
        assertThat(statistics.get("droppedCounts").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(statistics.get("droppedMessage").asText()).contains("inte kunnat sparas");
        assertThat(statistics.toString()).doesNotContain(TEXTS[0], "070", "hemligt", "nothing");
    }
}
