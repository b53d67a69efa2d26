package se.precheck.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import io.javalin.Javalin;
import org.junit.jupiter.api.Test;
import se.precheck.detect.Verdict;
import se.precheck.policy.Category;
import se.precheck.policy.PolicyLoader;
import se.precheck.policy.PolicyStatus;
import se.precheck.web.PrecheckServer;
import se.precheck.web.ServerConfig;

/** What every statistics database must do; run against H2 and a real PostgreSQL. */
abstract class StatsStoreContract {

    /** A new, empty database: its JDBC URL, user and password. */
    record Db(String url, String user, String password) {
    }

    abstract Db emptyDatabase() throws Exception;

    /** The files the database keeps its data in (scanned by the canary test). */
    abstract Path dataFiles();

    /** Makes the database write everything to its files. */
    abstract void checkpoint(Db db) throws Exception;

    static final LocalDate FAR_PAST = LocalDate.of(2000, 1, 1);
    static final LocalDate FAR_FUTURE = LocalDate.of(2100, 1, 1);

    StatsStore open(Db db) {
        return StatsStore.open(db.url(), db.user(), db.password(), Clock.systemUTC());
    }

    @Test
    void migrates_an_empty_database_and_counts_checks_findings_and_redactions() throws Exception {
        Db db = emptyDatabase();
        try (StatsStore store = open(db)) {
            assertThat(tables(db)).contains("check_count", "finding_count", "redaction_count");
            Administration social = new Administration("Socialförvaltningen");
            store.recordCheck(OfficeHost.WORD, social, Verdict.STOP, Map.of(Category.PERSONNUMMER, 2, Category.HEALTH, 1));
            store.recordCheck(OfficeHost.WORD, social, Verdict.STOP, Map.of(Category.PERSONNUMMER, 1));
            store.recordCheck(OfficeHost.OUTLOOK, Administration.UNKNOWN, Verdict.OK, Map.of());
            store.recordRedaction(social);
            assertThat(store.status().pendingCounts()).isPositive();
            assertThat(store.flush()).isTrue();
            assertThat(store.status().pendingCounts()).isZero();
            assertThat(store.status().reachable()).isTrue();

            assertThat(store.checkRows(FAR_PAST, FAR_FUTURE)).extracting(CheckRow::host, CheckRow::administration, CheckRow::verdict, CheckRow::checks)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple(OfficeHost.WORD, social, "stop", 2L),
                            org.assertj.core.groups.Tuple.tuple(OfficeHost.OUTLOOK, Administration.UNKNOWN, "ok", 1L));
            assertThat(store.findingRows(FAR_PAST, FAR_FUTURE)).extracting(FindingRow::category, FindingRow::findings)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(Category.PERSONNUMMER, 3L),
                            org.assertj.core.groups.Tuple.tuple(Category.HEALTH, 1L));
            assertThat(store.redactionRows(FAR_PAST, FAR_FUTURE)).extracting(RedactionRow::redactions).containsExactly(1L);

            // A second flush adds to the same rows.
            store.recordCheck(OfficeHost.WORD, social, Verdict.STOP, Map.of());
            store.flush();
            assertThat(store.checkRows(FAR_PAST, FAR_FUTURE)).filteredOn(r -> r.host() == OfficeHost.WORD)
                    .extracting(CheckRow::checks).containsExactly(3L);
        }
    }

    @Test
    void migrates_from_the_previous_schema_keeping_the_counts() throws Exception {
        Db db = emptyDatabase();
        new Database(db.url(), db.user(), db.password()).migrateTo("1");
        assertThat(tables(db)).contains("check_count").doesNotContain("redaction_count");
        try (Connection con = DriverManager.getConnection(db.url(), db.user(), db.password()); Statement s = con.createStatement()) {
            s.executeUpdate("INSERT INTO check_count (check_day, office_host, administration, verdict, checks) VALUES (DATE '2025-03-04', 'word', '', 'ok', 41)");
        }
        try (StatsStore store = open(db)) {
            assertThat(tables(db)).contains("redaction_count");
            assertThat(store.checkRows(FAR_PAST, FAR_FUTURE)).extracting(CheckRow::checks).containsExactly(41L);
            store.recordRedaction(Administration.UNKNOWN);
            assertThat(store.flush()).isTrue();
            assertThat(store.redactionRows(FAR_PAST, FAR_FUTURE)).hasSize(1);
        }
    }

    @Test
    void concurrent_writes_from_many_threads_and_two_instances_lose_no_count() throws Exception {
        Db db = emptyDatabase();
        int threads = 16;
        int perThread = 2_000;
        try (StatsStore a = open(db).flushEvery(5); StatsStore b = open(db).flushEvery(7)) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch start = new CountDownLatch(1);
            List<java.util.concurrent.Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                StatsStore store = t % 2 == 0 ? a : b;
                Administration adm = new Administration("Förvaltning " + (t % 3));
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        store.recordCheck(i % 2 == 0 ? OfficeHost.WORD : OfficeHost.OUTLOOK, adm,
                                i % 3 == 0 ? Verdict.STOP : Verdict.OK, Map.of(Category.EMAIL, 1));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (var f : done) f.get(2, TimeUnit.MINUTES);
            pool.shutdown();
        }
        try (StatsStore store = open(db)) {
            long checks = store.checkRows(FAR_PAST, FAR_FUTURE).stream().mapToLong(CheckRow::checks).sum();
            long findings = store.findingRows(FAR_PAST, FAR_FUTURE).stream().mapToLong(FindingRow::findings).sum();
            assertThat(checks).isEqualTo((long) threads * perThread);
            assertThat(findings).isEqualTo((long) threads * perThread);
        }
    }

    @Test
    void no_submitted_text_reaches_a_table_or_a_database_file() throws Exception {
        Db db = emptyDatabase();
        String canary = "Kanariefågel Qzxwv-" + Long.toHexString(System.nanoTime());
        String text = "Eleven " + canary + " har personnummer 19121212-1212 och diabetes. Ring 070-123 45 67.";
        try (StatsStore store = open(db)) {
            Javalin app = PrecheckServer.create(ServerConfig.dev(0), PolicyLoader::loadDefault,
                    () -> new PolicyStatus("default", "standardpolicyn", "v", java.time.Instant.now(), List.of()), store).start();
            try {
                HttpClient client = HttpClient.newHttpClient();
                for (String path : List.of("/api/check", "/api/redact")) {
                    HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"" + text + "\",\"host\":\"word\"}")).build(),
                            HttpResponse.BodyHandlers.ofString());
                    assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(200);
                }
                long until = System.currentTimeMillis() + 10_000;
                while (store.status().pendingCounts() == 0 && System.currentTimeMillis() < until) Thread.sleep(20);
                store.flush();
            } finally {
                app.stop();
            }
            assertThat(store.checkRows(FAR_PAST, FAR_FUTURE)).extracting(CheckRow::checks).containsExactly(1L);
            assertThat(store.findingRows(FAR_PAST, FAR_FUTURE)).extracting(FindingRow::category).contains(Category.PERSONNUMMER);
        }
        List<String> probes = List.of(canary, "Qzxwv", "19121212", "121212-1212", "070-123", "diabetes");
        String everything = allCells(db);
        for (String probe : probes) {
            assertThat(everything).as("database tables").doesNotContain(probe);
        }
        checkpoint(db);
        try (Stream<Path> files = Files.walk(dataFiles())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = read(file);
                for (String probe : List.of(canary, "Qzxwv", "19121212-1212")) {
                    assertThat(contains(bytes, probe.getBytes(StandardCharsets.UTF_8))).as(file + " holds " + probe).isFalse();
                    assertThat(contains(bytes, probe.getBytes(StandardCharsets.UTF_16BE))).as(file + " holds " + probe).isFalse();
                    assertThat(contains(bytes, probe.getBytes(StandardCharsets.UTF_16LE))).as(file + " holds " + probe).isFalse();
                }
            }
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            return new byte[0]; // sockets, lock files held open
        }
    }

    static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) continue outer;
            }
            return true;
        }
        return false;
    }

    List<String> tables(Db db) throws Exception {
        return rawTables(db).stream().map(t -> t.toLowerCase(java.util.Locale.ROOT)).toList();
    }

    /** Table names as the database spells them. */
    List<String> rawTables(Db db) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection con = DriverManager.getConnection(db.url(), db.user(), db.password());
             ResultSet rs = con.getMetaData().getTables(null, null, "%", new String[]{"TABLE"})) {
            while (rs.next()) {
                String schema = rs.getString("TABLE_SCHEM");
                if (schema != null && (schema.equalsIgnoreCase("INFORMATION_SCHEMA") || schema.equalsIgnoreCase("pg_catalog"))) continue;
                out.add(rs.getString("TABLE_NAME"));
            }
        }
        return out;
    }

    /** Every cell of every table of the application's schema, as text. */
    String allCells(Db db) throws Exception {
        StringBuilder all = new StringBuilder();
        try (Connection con = DriverManager.getConnection(db.url(), db.user(), db.password())) {
            for (String table : rawTables(db)) {
                try (Statement s = con.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int c = 1; c <= columns; c++) all.append(rs.getString(c)).append('\t');
                        all.append('\n');
                    }
                }
            }
        }
        return all.toString();
    }
}
