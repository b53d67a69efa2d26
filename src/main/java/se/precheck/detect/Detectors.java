package se.precheck.detect;

import java.util.List;
import java.util.stream.Stream;
import se.precheck.detect.contact.ContactDetectors;
import se.precheck.detect.identity.IdentityDetectors;
import se.precheck.detect.marking.MarkingDetectors;
import se.precheck.detect.names.NameDetectors;
import se.precheck.detect.sensitive.SensitiveDetectors;
import se.precheck.detect.userules.UseRuleDetectors;

/** Every detector the analyzer runs, family by family (public for the benchmarks). */
public final class Detectors {

    public static final List<Detector> ALL = Stream.of(
                    IdentityDetectors.ALL,
                    ContactDetectors.ALL,
                    MarkingDetectors.ALL,
                    SensitiveDetectors.ALL,
                    UseRuleDetectors.ALL,
                    NameDetectors.ALL,
                    se.precheck.detect.policyterms.PolicyTermDetectors.ALL)
            .flatMap(List::stream)
            .toList();

    private Detectors() {
    }
}
