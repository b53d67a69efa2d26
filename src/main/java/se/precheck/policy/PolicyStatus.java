package se.precheck.policy;

import java.time.Instant;
import java.util.List;

/**
 * How the policy in force came to be, for {@code /health} and the admin page.
 *
 * @param state    {@code default} (no policy file configured), {@code ok} (the file is in force) or
 *                 {@code invalid} (the file has problems; the last good policy stays in force)
 * @param source   the policy file, or "standardpolicyn"
 * @param version  the version of the policy in force
 * @param checkedAt when the file was last read
 * @param problems every problem with the file as it is now, in Swedish; empty unless invalid
 */
public record PolicyStatus(String state, String source, String version, Instant checkedAt, List<String> problems) {

    public PolicyStatus {
        problems = List.copyOf(problems);
    }

    public boolean healthy() {
        return !"invalid".equals(state);
    }
}
