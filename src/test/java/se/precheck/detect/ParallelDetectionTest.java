package se.precheck.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.precheck.bench.EngineBenchmark;
import se.precheck.policy.Policy;
import se.precheck.policy.PolicyLoader;

/** Large texts run their detectors on several threads with exactly the outcome of running them one by one. */
class ParallelDetectionTest {

    private static final Policy POLICY = PolicyLoader.loadDefault();
    private static final String LARGE = "Hon bor i byn. ".repeat(ParallelDetection.MIN_LENGTH / 10);

    @Test
    void a_large_corpus_text_gives_the_same_analysis_as_the_detectors_one_after_the_other() {
        assumeTrue(ParallelDetection.HELPERS > 0, "one core: always sequential");
        String text = EngineBenchmark.corpusText(300_000);
        assertThat(ParallelDetection.worthIt(Normalizer.normalize(text), Detectors.ALL)).isTrue();
        // One detector that runs them all in order: the sequential path, with the same candidates in the same order.
        Detector allInOrder = (t, p) -> {
            List<Finding> out = new ArrayList<>();
            Detectors.ALL.forEach(d -> out.addAll(d.detect(t, p)));
            return out;
        };

        Analysis parallel = Analyzer.analyze(text, POLICY);
        Analysis sequential = Analyzer.analyze(text, POLICY, List.of(allInOrder));

        assertThat(parallel.findings()).hasSizeGreaterThan(1000);
        assertThat(parallel).isEqualTo(sequential);
        assertThat(Analyzer.analyze(text, POLICY)).isEqualTo(parallel);
    }

    /**
     * Large texts built from the corpus and from news prose, each checked several times (the
     * order in which detectors are taken changes as their costs are learnt): every time exactly
     * the analysis of the detectors run one after the other on the caller's thread.
     */
    @ParameterizedTest
    @ValueSource(strings = {"municipal", "news"})
    void a_large_text_gives_exactly_the_sequential_findings_whatever_order_the_detectors_are_taken_in(String input) {
        assumeTrue(ParallelDetection.HELPERS > 0, "one core: always sequential");
        String text = EngineBenchmark.text(input, 1_048_576 + 4_321);
        Detector allInOrder = (t, p) -> {
            List<Finding> out = new ArrayList<>();
            Detectors.ALL.forEach(d -> out.addAll(d.detect(t, p)));
            return out;
        };
        Analysis sequential = Analyzer.analyze(text, POLICY, List.of(allInOrder));
        assertThat(sequential.findings()).hasSizeGreaterThan(1000);
        for (int round = 0; round < 3; round++) {
            assertThat(Analyzer.analyze(text, POLICY)).isEqualTo(sequential);
        }
    }

    @Test
    void small_texts_stay_on_the_calling_thread() {
        Thread caller = Thread.currentThread();
        AtomicBoolean elsewhere = new AtomicBoolean();
        List<Detector> detectors = List.of(recording(caller, elsewhere), recording(caller, elsewhere), recording(caller, elsewhere));
        Analyzer.analyze("Hon bor i byn.".repeat(100), POLICY, detectors);
        assertThat(elsewhere).isFalse();
    }

    @Test
    void a_check_given_up_before_it_starts_runs_no_detector_on_any_thread() throws Exception {
        AtomicInteger ran = new AtomicInteger();
        List<Detector> detectors = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            detectors.add((t, p) -> {
                ran.incrementAndGet();
                return List.of();
            });
        }
        assertThatThrownBy(() -> Cancellation.runWith(() -> true, () -> Analyzer.analyze(LARGE, POLICY, detectors)))
                .isInstanceOf(CancellationException.class);
        assertThat(ran).hasValue(0);
    }

    @Test
    void a_check_given_up_during_a_parallel_run_stops_before_the_remaining_detectors() throws Exception {
        AtomicBoolean givenUp = new AtomicBoolean();
        AtomicInteger ran = new AtomicInteger();
        List<Detector> detectors = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            detectors.add((t, p) -> {
                if (ran.incrementAndGet() == 3) {
                    givenUp.set(true);
                }
                sleep(20);
                return List.of();
            });
        }
        assertThatThrownBy(() -> Cancellation.runWith(givenUp::get, () -> Analyzer.analyze(LARGE, POLICY, detectors)))
                .isInstanceOf(CancellationException.class);
        assertThat(ran.get()).isBetween(3, 3 + ParallelDetection.HELPERS + 1);
    }

    @Test
    void the_first_failing_detector_in_order_is_the_one_reported() {
        IllegalStateException first = new IllegalStateException("first");
        List<Detector> detectors = List.of(
                (t, p) -> List.of(),
                (t, p) -> {
                    sleep(50); // fails last in time, first in order
                    throw first;
                },
                (t, p) -> {
                    throw new IllegalArgumentException("second");
                },
                (t, p) -> List.of());
        assertThatThrownBy(() -> Analyzer.analyze(LARGE, POLICY, detectors)).isSameAs(first);
    }

    @Test
    void an_unknown_rule_before_a_failing_detector_is_reported_as_the_sequential_loop_would() {
        List<Detector> detectors = List.of(
                (t, p) -> List.of(new Finding(se.precheck.policy.Category.PERSON_NAME, 0, 3, 0.9, "no-such-rule", "test")),
                (t, p) -> {
                    throw new IllegalArgumentException("later");
                });
        assertThatThrownBy(() -> Analyzer.analyze(LARGE, POLICY, detectors))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("unknown rule no-such-rule");
    }

    private static Detector recording(Thread caller, AtomicBoolean elsewhere) {
        return (t, p) -> {
            if (Thread.currentThread() != caller) {
                elsewhere.set(true);
            }
            return List.of();
        };
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
