package se.precheck.detect.marking;

import java.util.regex.Pattern;

/**
 * The one place that decides whether an upper-case "CONFIDENTIAL" is a security class or a
 * secrecy stamp, so the two detectors never disagree. It is a class when the same or a
 * neighbouring line names a Swedish class ("KONFIDENTIELL/CONFIDENTIAL"), another class, NATO or
 * the EU, or the security act; otherwise it is the common secrecy stamp. Both stop the text.
 */
final class Classification {

    private static final Pattern CLASS_CONTEXT = Pattern.compile(
            "(?<![\\p{L}])(?:KVALIFICERAT\\s{1,3}+HEMLIG|BEGR[ÄA]NSAT\\s{1,3}+HEMLIG|HEMLIG|KONFIDENTIELL|TOP\\s{1,3}+SECRET|SECRET|RESTRICTED|NATO|COSMIC|RESTREINT)(?![\\p{L}])"
                    + "|(?i:säkerhetsskydd\\p{L}{0,20}+|security\\s{1,3}+(?:classification|protection)|classified\\s{1,3}+information|15\\s{0,2}+kap)");

    private static final int REACH = 120;

    private Classification() {
    }

    static boolean confidentialIsClassification(String text, int start, int end) {
        String word = text.substring(start, end);
        if (!word.equals("CONFIDENTIAL")) {
            return false;
        }
        return hasClassContext(text, start, end);
    }

    /** True when another class name, NATO/EU or the security act is within reach of {@code [start, end)}. */
    static boolean hasClassContext(String text, int start, int end) {
        int from = Math.max(0, start - REACH);
        int to = Math.min(text.length(), end + REACH);
        return CLASS_CONTEXT.matcher(text).region(from, start).find() || CLASS_CONTEXT.matcher(text).region(end, to).find();
    }
}
