package se.precheck.detect;

import java.util.List;
import se.precheck.policy.Policy;

/**
 * Finds one kind of sensitive content. Implementations are stateless and thread-safe, compile
 * their patterns once, and return an empty list (never null) when nothing is found. Offsets are
 * into {@link NormalizedText#text()}.
 */
public interface Detector {

    List<Finding> detect(NormalizedText text, Policy policy);
}
