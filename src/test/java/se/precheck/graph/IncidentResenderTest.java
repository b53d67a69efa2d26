package se.precheck.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import se.precheck.stats.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.precheck.stats.Incident;
import se.precheck.stats.IncidentLog;
import se.precheck.stats.StatsStore;

/**
 * The incident resender against real databases (H2 and a PostgreSQL the test starts itself), with a
 * clock the test moves, so back-off and Retry-After are checked without waiting for them.
 */
class IncidentResenderTest {

    private static EmbeddedPostgres postgres;
    private static final AtomicInteger N = new AtomicInteger();
    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    private static final IncidentResender.Settings SETTINGS = new IncidentResender.Settings(Duration.ofSeconds(15),
            Duration.ofSeconds(30), Duration.ofMinutes(8), Duration.ofMinutes(5), 50);

    @TempDir
    Path dir;
    private final List<StatsStore> stores = new ArrayList<>();

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = TestPostgres.builder(Files.createTempDirectory("precheck-resend-pg"), true).start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        if (postgres != null) postgres.close();
    }

    @org.junit.jupiter.api.AfterEach
    void closeStores() {
        stores.forEach(StatsStore::close);
    }

    /** A clock the test sets. */
    static final class TestClock extends Clock {
        final AtomicReference<Instant> now = new AtomicReference<>(T0);

        void advance(Duration d) {
            now.updateAndGet(t -> t.plus(d));
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }

    /** A new empty database of the given engine; {@code twice} opens it as two instances would. */
    private List<IncidentLog> database(String engine, int instances) throws Exception {
        String url;
        String user;
        if (engine.equals("h2")) {
            url = "jdbc:h2:file:" + dir.resolve("db" + N.incrementAndGet()).toAbsolutePath();
            user = "";
        } else {
            String name = "resend_" + N.incrementAndGet();
            try (Connection con = postgres.getPostgresDatabase().getConnection(); Statement s = con.createStatement()) {
                s.execute("CREATE DATABASE " + name);
            }
            url = postgres.getJdbcUrl("postgres", name);
            user = "postgres";
        }
        List<IncidentLog> logs = new ArrayList<>();
        for (int i = 0; i < instances; i++) {
            StatsStore store = StatsStore.open(url, user, "", Clock.systemUTC());
            stores.add(store);
            logs.add(store.incidents());
        }
        return logs;
    }

    private static Incident pending(String id, Instant at) {
        return new Incident(id, at, "annat", "Vad hände i " + id, "", "", "pending");
    }

    @Test
    void the_back_off_doubles_from_the_first_delay_up_to_the_cap() {
        IncidentResender r = new IncidentResender(null, i -> { }, Clock.systemUTC(), SETTINGS);
        assertThat(List.of(r.backoff(1), r.backoff(2), r.backoff(3), r.backoff(4), r.backoff(5), r.backoff(60)))
                .containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(120), Duration.ofSeconds(240),
                        Duration.ofMinutes(8), Duration.ofMinutes(8));
        r.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void graph_down_backs_off_exponentially_then_the_report_is_mailed_once(String engine) throws Exception {
        IncidentLog log = database(engine, 1).get(0);
        TestClock clock = new TestClock();
        log.save(pending("a", T0.minusSeconds(60)));
        log.save(pending("b", T0.minusSeconds(30)));
        List<String> sent = new ArrayList<>();
        AtomicInteger tries = new AtomicInteger();
        AtomicReference<Boolean> up = new AtomicReference<>(false);
        IncidentResender resender = new IncidentResender(log, i -> {
            tries.incrementAndGet();
            if (!up.get()) throw new GraphException(GraphException.Reason.UNAVAILABLE, "down");
            sent.add(i.id());
        }, clock, SETTINGS);
        try {
            assertThat(resender.round()).isZero();
            assertThat(tries.get()).as("Graph down holds for every report: one try per round").isEqualTo(1);
            assertThat(log.failedAttempts("a")).isEqualTo(1);

            clock.advance(Duration.ofSeconds(29));
            assertThat(resender.round()).isZero();
            assertThat(tries.get()).as("not before the back-off").isEqualTo(1);
            clock.advance(Duration.ofSeconds(1));
            resender.round();
            assertThat(tries.get()).isEqualTo(2);
            assertThat(log.failedAttempts("a")).isEqualTo(2);

            clock.advance(Duration.ofSeconds(59));
            resender.round();
            assertThat(tries.get()).as("the second wait is twice the first").isEqualTo(2);
            clock.advance(Duration.ofSeconds(1));
            up.set(true);
            assertThat(resender.round()).isEqualTo(2);
            assertThat(sent).containsExactly("a", "b");
            assertThat(log.waitingCount()).isZero();
            assertThat(log.recent(10)).allSatisfy(i -> assertThat(i.mailStatus()).isEqualTo("sent"));

            clock.advance(Duration.ofHours(2));
            assertThat(resender.round()).isZero();
            assertThat(sent).hasSize(2);
        } finally {
            resender.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void retry_after_longer_than_the_back_off_is_honoured_and_pauses_every_report(String engine) throws Exception {
        IncidentLog log = database(engine, 1).get(0);
        TestClock clock = new TestClock();
        log.save(pending("a", T0.minusSeconds(60)));
        log.save(pending("b", T0.minusSeconds(30)));
        AtomicInteger tries = new AtomicInteger();
        AtomicReference<Duration> retryAfter = new AtomicReference<>(Duration.ofSeconds(600));
        IncidentResender resender = new IncidentResender(log, i -> {
            tries.incrementAndGet();
            if (retryAfter.get() != null) {
                throw new GraphException(GraphException.Reason.UNAVAILABLE, "throttled", retryAfter.get());
            }
        }, clock, SETTINGS);
        try {
            resender.round();
            assertThat(tries.get()).isEqualTo(1);
            assertThat(resender.pausedUntil()).isEqualTo(T0.plusSeconds(600));
            clock.advance(Duration.ofSeconds(599));
            resender.round();
            assertThat(tries.get()).as("neither report is tried inside Graph's Retry-After").isEqualTo(1);
            clock.advance(Duration.ofSeconds(1));
            retryAfter.set(null);
            assertThat(resender.round()).isEqualTo(2);
        } finally {
            resender.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void a_report_graph_refuses_does_not_hold_up_the_others(String engine) throws Exception {
        IncidentLog log = database(engine, 1).get(0);
        TestClock clock = new TestClock();
        log.save(pending("refused", T0.minusSeconds(60)));
        log.save(pending("fine", T0.minusSeconds(30)));
        List<String> sent = new ArrayList<>();
        IncidentResender resender = new IncidentResender(log, i -> {
            if (i.id().equals("refused")) throw new GraphException(GraphException.Reason.FAILED, "400");
            sent.add(i.id());
        }, clock, SETTINGS);
        try {
            assertThat(resender.round()).isEqualTo(1);
            assertThat(sent).containsExactly("fine");
            assertThat(log.waitingForMail(10)).extracting(Incident::id).containsExactly("refused");
            assertThat(resender.pausedUntil()).isEqualTo(Instant.MIN);
        } finally {
            resender.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void a_report_held_by_another_instance_waits_for_its_lease_and_a_dead_instances_lease_runs_out(String engine) throws Exception {
        IncidentLog log = database(engine, 1).get(0);
        TestClock clock = new TestClock();
        log.save(pending("held", T0.minusSeconds(60)), "request-123", T0.plusSeconds(120));
        List<String> sent = new ArrayList<>();
        IncidentResender resender = new IncidentResender(log, i -> sent.add(i.id()), clock, SETTINGS);
        try {
            assertThat(resender.round()).isZero();
            clock.advance(Duration.ofSeconds(121));
            assertThat(resender.round()).isEqualTo(1);
            assertThat(sent).containsExactly("held");
        } finally {
            resender.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void several_instances_sharing_the_database_mail_every_report_exactly_once(String engine) throws Exception {
        int instances = 4;
        List<IncidentLog> logs = database(engine, instances);
        int reports = 60;
        for (int i = 0; i < reports; i++) logs.get(0).save(pending(String.format("r%03d", i), T0.minusSeconds(reports - i)));
        Map<String, AtomicInteger> mailed = new ConcurrentHashMap<>();
        TestClock clock = new TestClock();
        List<IncidentResender> resenders = new ArrayList<>();
        for (IncidentLog log : logs) {
            resenders.add(new IncidentResender(log, i -> mailed.computeIfAbsent(i.id(), k -> new AtomicInteger()).incrementAndGet(),
                    clock, SETTINGS));
        }
        ExecutorService pool = Executors.newFixedThreadPool(instances * 2);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Integer>> rounds = new ArrayList<>();
            for (int t = 0; t < instances * 2; t++) {
                IncidentResender r = resenders.get(t % instances);
                rounds.add(pool.submit(() -> {
                    go.await();
                    int n = 0;
                    for (int k = 0; k < 3; k++) n += r.round();
                    return n;
                }));
            }
            go.countDown();
            int total = 0;
            for (Future<Integer> f : rounds) total += f.get(60, TimeUnit.SECONDS);
            assertThat(total).isEqualTo(reports);
            assertThat(mailed).hasSize(reports);
            assertThat(mailed.values()).allSatisfy(n -> assertThat(n.get()).as("mailed once").isEqualTo(1));
            assertThat(logs.get(1).waitingCount()).isZero();
        } finally {
            pool.shutdownNow();
            resenders.forEach(IncidentResender::close);
        }
    }

    @Test
    void it_runs_on_its_own_timer_and_stops_on_close() throws Exception {
        IncidentLog log = database("h2", 1).get(0);
        List<String> sent = new java.util.concurrent.CopyOnWriteArrayList<>();
        IncidentResender resender = new IncidentResender(log, i -> sent.add(i.id()), Clock.systemUTC(),
                new IncidentResender.Settings(Duration.ofMillis(50), Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMinutes(1), 10))
                .start();
        log.save(pending("first", Instant.now()));
        long until = System.currentTimeMillis() + 10_000;
        while (sent.isEmpty() && System.currentTimeMillis() < until) Thread.sleep(20);
        assertThat(sent).containsExactly("first");

        resender.close();
        assertThat(resender.isClosed()).isTrue();
        log.save(pending("after-close", Instant.now()));
        Thread.sleep(300);
        assertThat(sent).containsExactly("first");
        assertThat(resender.sendNow().get()).isZero();
    }

    @Test
    void a_database_that_is_down_at_start_does_not_stop_the_timer_and_reports_are_mailed_when_it_is_back() throws Exception {
        String file = dir.resolve("later").toAbsolutePath().toString();
        // IFEXISTS: the database cannot be opened until the file is there (a database server that is down).
        StatsStore store = StatsStore.open("jdbc:h2:file:" + file + ";IFEXISTS=TRUE", "sa", "", Clock.systemUTC());
        stores.add(store);
        List<String> sent = new java.util.concurrent.CopyOnWriteArrayList<>();
        IncidentResender resender = new IncidentResender(store.incidents(), i -> sent.add(i.id()), Clock.systemUTC(),
                new IncidentResender.Settings(Duration.ofMillis(20), Duration.ofMillis(20), Duration.ofMillis(40), Duration.ofMinutes(1), 10))
                .start();
        try {
            Thread.sleep(200);  // rounds fail on the missing database
            java.sql.DriverManager.getConnection("jdbc:h2:file:" + file, "sa", "").close();
            store.incidents().save(pending("saved-when-back", Instant.now()));
            long until = System.currentTimeMillis() + 10_000;
            while (sent.isEmpty() && System.currentTimeMillis() < until) Thread.sleep(20);
            assertThat(sent).as("the timer survived the failing rounds").containsExactly("saved-when-back");
        } finally {
            resender.close();
        }
    }
}
