package se.precheck.detect.sensitive;

import java.util.List;
import se.precheck.detect.Detector;
import se.precheck.detect.sensitive.SensitiveTermDetector.Kind;
import se.precheck.policy.Category;

/**
 * The detectors of this family: one lexicon-driven detector that reports every category of
 * sensitive data, so the text is searched once for all of them.
 */
public final class SensitiveDetectors {

    static final List<Kind> KINDS = List.of(
            new Kind(Category.HEALTH, "halsa"),
            new Kind(Category.SOCIAL_SERVICES, "sociala-forhallanden"),
            new Kind(Category.CRIMINAL_OFFENCE, "lagovertradelse"),
            new Kind(Category.ETHNICITY, "etniskt-ursprung"),
            new Kind(Category.POLITICAL_OPINION, "politisk-asikt"),
            new Kind(Category.RELIGION, "religion"),
            new Kind(Category.TRADE_UNION, "facklig-tillhorighet"),
            new Kind(Category.SEXUAL_ORIENTATION, "sexualliv"),
            new Kind(Category.GENETIC_BIOMETRIC, "genetik-biometri"));

    public static final List<Detector> ALL = List.of(new SensitiveTermDetector(KINDS));

    private SensitiveDetectors() {
    }
}
