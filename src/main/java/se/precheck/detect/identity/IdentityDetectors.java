package se.precheck.detect.identity;

import java.util.List;
import se.precheck.detect.Detector;

/** The detectors of this family, in the order they run. */
public final class IdentityDetectors {

    public static final List<Detector> ALL = List.of(
            new PersonnummerDetector(),
            new MaskedPersonnummerDetector(),
            new OrganisationsnummerDetector(),
            new ReservnummerDetector(),
            new LmaNummerDetector(),
            new IdDocumentNumberDetector(),
            new MrzDetector());

    private IdentityDetectors() {
    }
}
