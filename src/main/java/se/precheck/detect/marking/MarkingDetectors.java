package se.precheck.detect.marking;

import java.util.List;
import se.precheck.detect.Detector;

/** The detectors of this family, in the order they run. */
public final class MarkingDetectors {

    public static final List<Detector> ALL = List.of();

    private MarkingDetectors() {
    }
}
