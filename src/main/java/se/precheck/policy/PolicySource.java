package se.precheck.policy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The policy in force: the default, or the default with the municipality's file on top, reloaded
 * when the file changes. A file that cannot be used never replaces a good policy: the last good
 * one stays in force and {@link #status()} lists the problems (at start without any good file,
 * the default policy is in force).
 */
public final class PolicySource implements Supplier<Policy>, AutoCloseable {

    private record State(Policy policy, PolicyStatus status, byte[] bytes) {
    }

    private final Path file;
    private final Clock clock;
    private volatile State state;
    private ScheduledExecutorService timer;

    private PolicySource(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
        Policy fallback = PolicyLoader.loadDefault();
        this.state = new State(fallback, new PolicyStatus("default", "standardpolicyn", fallback.version(), clock.instant(), List.of()), null);
    }

    /** The default policy only, never reloaded. */
    public static PolicySource defaultOnly() {
        return new PolicySource(null, Clock.systemUTC());
    }

    /** The municipality's file over the default, read now; {@link #reloadIfChanged()} reads it again. */
    public static PolicySource ofFile(Path file, Clock clock) {
        PolicySource source = new PolicySource(Objects.requireNonNull(file), clock);
        source.reloadIfChanged();
        return source;
    }

    /** Reads the file again every {@code seconds} on a daemon thread. */
    public synchronized PolicySource watchEvery(long seconds) {
        if (file != null && timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "policy-reload");
                t.setDaemon(true);
                return t;
            });
            timer.scheduleWithFixedDelay(this::reloadIfChanged, seconds, seconds, TimeUnit.SECONDS);
        }
        return this;
    }

    @Override
    public Policy get() {
        return state.policy();
    }

    public PolicyStatus status() {
        return state.status();
    }

    /**
     * Reads the file again and loads it when its content changed (or it appeared or vanished).
     * Content, not modification time, decides: two saves within one second are both seen.
     */
    public synchronized void reloadIfChanged() {
        if (file == null) {
            return;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            bytes = null;
        }
        State current = state;
        if (current.bytes() != null && bytes != null && Arrays.equals(bytes, current.bytes())) {
            return;
        }
        if (current.bytes() == null && bytes == null && current.status().source().equals(file.toString())) {
            return;
        }
        try {
            Policy loaded = PolicyLoader.loadWithOverrides(file);
            state = new State(loaded, new PolicyStatus("ok", file.toString(), loaded.version(), clock.instant(), List.of()), bytes);
        } catch (PolicyException e) {
            state = new State(current.policy(), new PolicyStatus("invalid", file.toString(), current.policy().version(),
                    clock.instant(), e.problems()), bytes);
        } catch (RuntimeException e) {
            state = new State(current.policy(), new PolicyStatus("invalid", file.toString(), current.policy().version(),
                    clock.instant(), List.of("filen kunde inte läsas (" + e.getClass().getSimpleName() + ")")), bytes);
        }
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }
}
