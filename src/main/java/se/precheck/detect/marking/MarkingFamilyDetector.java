package se.precheck.detect.marking;

import java.util.ArrayList;
import java.util.List;
import se.precheck.detect.Detector;
import se.precheck.detect.Finding;
import se.precheck.detect.NormalizedText;
import se.precheck.policy.Policy;

/**
 * The five detectors of this family run over one shared {@link Scan} of the text: the pass over
 * the words and the lower-case copy are made once instead of once per detector. The findings
 * are those of the detectors run one after the other, in the same order.
 */
public final class MarkingFamilyDetector implements Detector {

    private final SecrecyMarkingDetector secrecy = new SecrecyMarkingDetector();
    private final SecurityClassificationDetector classification = new SecurityClassificationDetector();
    private final ProtectedIdentityDetector protectedIdentity = new ProtectedIdentityDetector();
    private final PasswordDetector passwords = new PasswordDetector();
    private final SecretTokenDetector tokens = new SecretTokenDetector();

    @Override
    public List<Finding> detect(NormalizedText normalized, Policy policy) {
        Scan scan = Scan.of(normalized.text());
        List<Finding> out = new ArrayList<>(secrecy.detect(scan));
        out.addAll(classification.detect(scan));
        out.addAll(protectedIdentity.detect(scan));
        out.addAll(passwords.detect(scan));
        out.addAll(tokens.detect(scan));
        return out;
    }
}
