package se.precheck.detect.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import se.precheck.detect.Detector;
import se.precheck.detect.Finding;
import se.precheck.detect.NormalizedText;
import se.precheck.policy.Category;
import se.precheck.policy.Policy;

/**
 * Passport and national ID card numbers (domain.md §1.6): eight digits before 2022, nine letters
 * and digits since. A pattern that loose fires everywhere, so a word such as "passnummer" or
 * "id-kort" must be near.
 */
public final class IdDocumentNumberDetector implements Detector {

    private static final ContextLexicon CONTEXT = ContextLexicon.load("id-document-context.txt");

    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d\\-])([A-Z0-9]{8,9}+)(?![\\p{L}\\d]|-\\d)");

    /** Longest number: nine characters. */
    private static final int MAX_RUN = 9;
    private static final int BEFORE = 40;
    private static final int AFTER = 15;

    @Override
    public List<Finding> detect(NormalizedText text, Policy policy) {
        String s = text.text();
        List<Finding> out = new ArrayList<>();
        AnchoredMatcher matches = new AnchoredMatcher(NUMBER, s, runStarts(s, DigitRuns.of(text)));
        Matcher m = matches.match();
        while (matches.find()) {
            String value = m.group(1);
            if (!plausible(value) || !CONTEXT.near(s, m.start(), m.end(), BEFORE, AFTER)) {
                continue;
            }
            out.add(new Finding(Category.PERSONNUMMER, m.start(), m.end(), 0.8, "R4-id-handling",
                    (value.length() == 8 ? "id-document-8" : "id-document-9") + ";context"));
        }
        return out;
    }

    /**
     * Where a run of 8–9 capitals and digits with a digit in it starts: the only places
     * {@link #NUMBER} can match a {@link #plausible} number (it has digits). Found from the digit
     * runs, so the text is not read once more: each digit run is widened to its run of capitals
     * and digits, at most {@code MAX_RUN} characters each way.
     */
    private static int[] runStarts(String s, DigitRuns digits) {
        IntStream.Builder at = IntStream.builder();
        for (int k = 0; k < digits.size(); k++) {
            int start = digits.start(k);
            while (start > 0 && digits.start(k) - start <= MAX_RUN && isCapitalOrDigit(s.charAt(start - 1))) {
                start--;
            }
            int end = digits.end(k);
            while (end < s.length() && end - digits.end(k) <= MAX_RUN && isCapitalOrDigit(s.charAt(end))) {
                end++;
            }
            if (end - start >= 8 && end - start <= MAX_RUN) {
                at.add(start);
            }
        }
        return at.build().toArray();
    }

    private static boolean isCapitalOrDigit(char c) {
        return c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /** Eight digits that are not a date, or nine characters with digits in them (not a word in capitals). */
    private static boolean plausible(String value) {
        long digits = value.chars().filter(Character::isDigit).count();
        if (value.length() == 8) {
            return digits == 8 && !isDate(value);
        }
        return digits >= 2;
    }

    private static boolean isDate(String eight) {
        int century = BirthDate.twoDigits(eight, 0);
        return century >= 18 && century <= 21
                && BirthDate.exists(century, BirthDate.twoDigits(eight, 2), BirthDate.twoDigits(eight, 4), BirthDate.twoDigits(eight, 6));
    }
}
