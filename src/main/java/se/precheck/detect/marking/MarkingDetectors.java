package se.precheck.detect.marking;

import java.util.List;
import se.precheck.detect.Detector;

/**
 * The detectors of this family: secrecy markings, security classifications, protected identity,
 * passwords and tokens, run as one {@link MarkingFamilyDetector} that shares its scan of the text.
 */
public final class MarkingDetectors {

    public static final List<Detector> ALL = List.of(new MarkingFamilyDetector());

    private MarkingDetectors() {
    }
}
