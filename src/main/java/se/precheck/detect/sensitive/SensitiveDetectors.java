package se.precheck.detect.sensitive;

import java.util.List;
import se.precheck.detect.Detector;
import se.precheck.policy.Category;

/** The detectors of this family, in the order they run: one lexicon-driven detector per category. */
public final class SensitiveDetectors {

    public static final List<Detector> ALL = List.of(
            new SensitiveTermDetector(Category.HEALTH, "halsa"),
            new SensitiveTermDetector(Category.SOCIAL_SERVICES, "sociala-forhallanden"),
            new SensitiveTermDetector(Category.CRIMINAL_OFFENCE, "lagovertradelse"),
            new SensitiveTermDetector(Category.ETHNICITY, "etniskt-ursprung"),
            new SensitiveTermDetector(Category.POLITICAL_OPINION, "politisk-asikt"),
            new SensitiveTermDetector(Category.RELIGION, "religion"),
            new SensitiveTermDetector(Category.TRADE_UNION, "facklig-tillhorighet"),
            new SensitiveTermDetector(Category.SEXUAL_ORIENTATION, "sexualliv"),
            new SensitiveTermDetector(Category.GENETIC_BIOMETRIC, "genetik-biometri"));

    private SensitiveDetectors() {
    }
}
