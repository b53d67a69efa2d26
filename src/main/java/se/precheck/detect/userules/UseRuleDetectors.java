package se.precheck.detect.userules;

import java.util.List;
import se.precheck.detect.Detector;

/** The detectors of this family, in the order they run. */
public final class UseRuleDetectors {

    public static final List<Detector> ALL = List.of(
            new DecisionRequestDetector(),
            new SystemCopyDetector(),
            new InternalMarkingDetector(),
            new IntranetLinkDetector());

    private UseRuleDetectors() {
    }
}
