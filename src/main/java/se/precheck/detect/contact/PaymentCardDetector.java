package se.precheck.detect.contact;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.precheck.detect.Checksums;
import se.precheck.detect.ContextWords;
import se.precheck.detect.Detector;
import se.precheck.detect.Finding;
import se.precheck.detect.NormalizedText;
import se.precheck.detect.identity.AnchoredMatcher;
import se.precheck.detect.identity.DigitRuns;
import se.precheck.policy.Category;
import se.precheck.policy.Policy;

/**
 * Payment card numbers: 13–19 digits, written together or in groups of four (Amex 4-6-5), with a
 * valid Luhn digit and an issuer prefix (Visa, Mastercard, Amex, Discover, JCB, Diners, Maestro,
 * UnionPay). A Luhn-valid number without a card prefix is only a card near a card word; OCR
 * references also use Luhn, so an OCR word without a card word rules a number out.
 */
public final class PaymentCardDetector implements Detector {

    private static final String RULE = "R4-betalkort";
    private static final ContextWords CONTEXT = new ContextWords(Lexicon.load("card-context.txt"));
    private static final ContextWords OCR = ContextWords.of("ocr", "ocr-nummer", "ocr-nr", "referens*", "fakturanummer*", "fakturanr", "kundnummer*", "kundnr");

    // Not a prefix of a longer grouped number, but an expiry date may follow ("… 1111 12/26").
    private static final Pattern CANDIDATE = Pattern.compile(
            "(?=\\d)(?<![\\p{N}.,/-])(?<!\\d )\\d(?:[ -]?\\d){12,18}(?![\\p{N}]|[.,/-]\\d|\\s\\d{1,4}(?![\\p{N}/.:-]))");
    private static final Pattern GROUPED = Pattern.compile(
            "\\d{13,19}|\\d{4}(?<sep>[ -])\\d{4}(?:\\k<sep>\\d{4}){1,2}(?:\\k<sep>\\d{1,4})?|\\d{4}(?<amex>[ -])\\d{6}\\k<amex>\\d{4,5}");

    @Override
    public List<Finding> detect(NormalizedText normalized, Policy policy) {
        String s = normalized.text();
        List<Finding> out = new ArrayList<>();
        DigitRuns runs = DigitRuns.of(normalized);
        AnchoredMatcher candidates = new AnchoredMatcher(CANDIDATE, s, runs.starts(k -> enoughDigits(runs, k)));
        Matcher m = candidates.match();
        while (candidates.find()) {
            String span = m.group();
            if (!GROUPED.matcher(span).matches()) {
                continue;
            }
            String digits = Checksums.digits(span);
            if (!Checksums.luhn(digits)) {
                continue;
            }
            boolean prefix = knownPrefix(digits);
            boolean context = CONTEXT.near(s, m.start(), m.end());
            if (!context && (!prefix || OCR.near(s, m.start(), m.end()))) {
                continue;
            }
            boolean grouped = span.length() > digits.length();
            double confidence = context ? 0.95 : grouped ? 0.9 : 0.8;
            out.add(new Finding(Category.PAYMENT_CARD, m.start(), m.end(), confidence, RULE,
                    "card-" + digits.length() + ";luhn" + (prefix ? ";issuer-prefix" : "") + (context ? ";context" : "")));
        }
        return out;
    }

    /**
     * True when run {@code k} and the runs joined to it by single spaces or dashes hold at least
     * the 13 digits a card number needs: the pattern is tried only there.
     */
    private static boolean enoughDigits(DigitRuns runs, int k) {
        int total = runs.length(k);
        for (int j = k; total < MIN_DIGITS && (runs.joinedBy(j, ' ') || runs.joinedBy(j, '-')); j++) {
            total += runs.length(j + 1);
        }
        return total >= MIN_DIGITS;
    }

    private static final int MIN_DIGITS = 13;

    /** Issuer ranges from ISO/IEC 7812 as the card networks publish them, with the lengths they issue. */
    static boolean knownPrefix(String d) {
        int n = d.length();
        int two = Integer.parseInt(d.substring(0, 2));
        int three = Integer.parseInt(d.substring(0, 3));
        int four = Integer.parseInt(d.substring(0, 4));
        if (d.charAt(0) == '4') {
            return n == 13 || n == 16 || n == 19; // Visa
        }
        if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) {
            return n == 16; // Mastercard
        }
        if (two == 34 || two == 37) {
            return n == 15; // American Express
        }
        if (four == 6011 || two == 65 || (three >= 644 && three <= 649) || two == 62) {
            return n >= 16; // Discover, UnionPay
        }
        if (four >= 3528 && four <= 3589) {
            return n >= 16; // JCB
        }
        if ((three >= 300 && three <= 305) || two == 36 || two == 38 || two == 39) {
            return n >= 14; // Diners Club
        }
        return two == 50 || (two >= 56 && two <= 58) || d.charAt(0) == '6'; // Maestro
    }
}
