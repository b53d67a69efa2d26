package se.precheck.detect.names;

import java.util.List;
import se.precheck.detect.Detector;

/** The detectors of this family, in the order they run. */
public final class NameDetectors {

    public static final List<Detector> ALL = List.of(new PersonNameDetector());

    private NameDetectors() {
    }
}
