package se.precheck.detect.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import se.precheck.detect.Checksums;
import se.precheck.detect.Detector;
import se.precheck.detect.Finding;
import se.precheck.detect.NormalizedText;
import se.precheck.policy.Category;
import se.precheck.policy.Policy;

/**
 * Organisationsnummer (NNNNNN-NNNN, digits 3–4 ≥ 20, Luhn; optionally "16" before, 12 digits) and
 * VAT numbers (SE + 10 digits + 01). Info level: not personal data, but reported so the text is
 * not mistaken for a personnummer. A sole trader's VAT number holds the owner's personnummer and
 * is reported as one.
 */
public final class OrganisationsnummerDetector implements Detector {

    private static final ContextLexicon ORG_CONTEXT = ContextLexicon.load("organisation-context.txt");

    private static final Pattern ORG = Pattern.compile(
            "(?<![\\d\\p{L}\\-+./])(16)?(\\d{6})( ?- ?|)(\\d{4})(?![\\d\\p{L}]|[\\-+./,]\\d)");
    private static final Pattern VAT = Pattern.compile(
            "(?<![\\p{L}\\d])[Ss][Ee] ?(\\d{6})-?(\\d{4}) ?01(?![\\d\\p{L}])");

    @Override
    public List<Finding> detect(NormalizedText text, Policy policy) {
        String s = text.text();
        List<Finding> out = new ArrayList<>();
        DigitRuns runs = DigitRuns.of(text);
        AnchoredMatcher orgs = new AnchoredMatcher(ORG, s, runs.starts(6));
        Matcher m = orgs.match();
        while (orgs.find()) {
            String digits = m.group(2) + m.group(4);
            if (!isOrganisationNumber(digits)) {
                continue;
            }
            boolean dashed = !m.group(3).isEmpty();
            boolean context = ORG_CONTEXT.near(s, m.start(), m.end(), 40, 20);
            if (!dashed && !context) {
                continue; // ten bare digits pass Luhn one time in ten
            }
            String evidence = "orgnr-" + (m.group(1) != null ? "16-" : "") + (dashed ? "dash" : "bare") + ";luhn" + (context ? ";context" : "");
            out.add(new Finding(Category.ORGANISATION_NUMBER, m.start(), m.end(), context ? 0.95 : 0.9, "R4-organisationsnummer", evidence));
        }
        AnchoredMatcher vats = new AnchoredMatcher(VAT, s, vatStarts(runs));
        Matcher v = vats.match();
        while (vats.find()) {
            String digits = v.group(1) + v.group(2);
            if (isOrganisationNumber(digits)) {
                out.add(new Finding(Category.ORGANISATION_NUMBER, v.start(), v.end(), 0.97, "R4-organisationsnummer", "vat-se;luhn"));
            } else if (Checksums.luhn(digits) && BirthDate.classify(digits, -1) == BirthDate.Kind.PERSONNUMMER) {
                out.add(new Finding(Category.PERSONNUMMER, v.start(), v.end(), 0.9, "R4-personnummer", "vat-se-sole-trader;luhn;date"));
            }
        }
        return out;
    }

    /** "SE" and at most a space before six digits: the only places a VAT number can begin. */
    private static int[] vatStarts(DigitRuns runs) {
        IntStream.Builder at = IntStream.builder();
        for (int k = 0; k < runs.size(); k++) {
            if (runs.length(k) >= 6) {
                at.add(runs.start(k) - 3);
                at.add(runs.start(k) - 2);
            }
        }
        return at.build().filter(i -> i >= 0).toArray();
    }

    static boolean isOrganisationNumber(String tenDigits) {
        return BirthDate.twoDigits(tenDigits, 2) >= 20 && Checksums.luhn(tenDigits);
    }
}
