package se.precheck.detect.policyterms;

import java.util.List;
import se.precheck.detect.Detector;

/** The detectors of this family: the municipality's own terms from its policy file. */
public final class PolicyTermDetectors {

    public static final List<Detector> ALL = List.of(new PolicyTermDetector());

    private PolicyTermDetectors() {
    }
}
