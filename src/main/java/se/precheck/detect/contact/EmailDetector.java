package se.precheck.detect.contact;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import se.precheck.detect.identity.AnchoredMatcher;
import se.precheck.detect.Detector;
import se.precheck.detect.Finding;
import se.precheck.detect.NormalizedText;
import se.precheck.policy.Category;
import se.precheck.policy.Policy;

/**
 * E-mail addresses: a local part, "@" and a domain of at least two labels whose last label (the
 * top-level domain) is letters. Swedish letters are allowed on both sides ("åsa.öberg@…").
 * Punctuation that ends a sentence is not part of the address; "mailto:" is not either; "@anna"
 * handles and "namn@" without a domain are not addresses.
 */
public final class EmailDetector implements Detector {

    // Possessive quantifiers and bounded lengths: no backtracking on long runs of dots or "@".
    private static final Pattern EMAIL = Pattern.compile(
            "(?=[\\p{L}\\p{N}._%+'-])(?<![\\p{L}\\p{N}._%+'-])(?<local>[\\p{L}\\p{N}._%+'-]{1,64}+)@(?<domain>[\\p{L}\\p{N}-]{1,63}+(?:\\.[\\p{L}\\p{N}-]{1,63}+){1,8}+)(?![\\p{L}\\p{N}@]|\\.[\\p{L}\\p{N}])");
    private static final int MAX_LOCAL = 128;
    private static final Pattern TOP_LEVEL = Pattern.compile("\\p{L}{2,24}");

    @Override
    public List<Finding> detect(NormalizedText text, Policy policy) {
        String s = text.text();
        List<Finding> out = new ArrayList<>();
        AnchoredMatcher matches = new AnchoredMatcher(EMAIL, s, localPartStarts(s));
        Matcher m = matches.match();
        while (matches.find()) {
            int start = m.start("local");
            // A local part does not start or end with a dot: "…anna@x.se" starts at "anna", "'anna@x.se'" too.
            while (start < m.end("local") && (s.charAt(start) == '.' || s.charAt(start) == '\'')) {
                start++;
            }
            if (start == m.end("local") || s.charAt(m.end("local") - 1) == '.') {
                continue;
            }
            String domain = m.group("domain");
            String tld = domain.substring(domain.lastIndexOf('.') + 1);
            if (!TOP_LEVEL.matcher(tld).matches() || domain.startsWith("-") || domain.contains(".-") || domain.contains("-.")) {
                continue;
            }
            out.add(new Finding(Category.EMAIL, start, m.end(), 0.95, "R4-epost", "email"));
        }
        return out;
    }

    /**
     * Where the local part before each '@' begins: the only places an address can start. A local
     * part longer than 64 letters is no address, so the walk back is bounded ({@link #MAX_LOCAL}
     * UTF-16 units leave room for letters outside the BMP).
     */
    private static int[] localPartStarts(String s) {
        IntStream.Builder at = IntStream.builder();
        for (int sign = s.indexOf('@'); sign >= 0; sign = s.indexOf('@', sign + 1)) {
            int start = sign;
            while (start > 0 && sign - start <= MAX_LOCAL && isLocalChar(s.codePointBefore(start))) {
                start -= Character.charCount(s.codePointBefore(start));
            }
            if (start < sign && sign - start <= MAX_LOCAL) {
                at.add(start);
            }
        }
        return at.build().toArray();
    }

    /** The characters a local part is made of in {@link #EMAIL}: letters, numbers and ._%+'-. */
    private static boolean isLocalChar(int c) {
        return Character.isLetter(c) || isNumber(c) || "._%+'-".indexOf(c) >= 0;
    }

    private static boolean isNumber(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }
}
