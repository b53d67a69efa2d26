package se.precheck.policy;

import java.util.List;

/** A policy that cannot be used, with every problem found in it (not just the first). */
public final class PolicyException extends RuntimeException {
    private final List<String> problems;

    public PolicyException(String source, List<String> problems) {
        super("Policyn i " + source + " kan inte användas: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
