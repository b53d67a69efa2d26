package se.precheck.detect.marking;

import java.util.List;
import se.precheck.detect.Detector;

/** The detectors of this family, in the order they run. */
public final class MarkingDetectors {

    public static final List<Detector> ALL = List.of(
            new SecrecyMarkingDetector(),
            new SecurityClassificationDetector(),
            new ProtectedIdentityDetector(),
            new PasswordDetector(),
            new SecretTokenDetector());

    private MarkingDetectors() {
    }
}
