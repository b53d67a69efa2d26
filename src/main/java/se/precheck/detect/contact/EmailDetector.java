package se.precheck.detect.contact;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    private static final Pattern TOP_LEVEL = Pattern.compile("\\p{L}{2,24}");

    @Override
    public List<Finding> detect(NormalizedText text, Policy policy) {
        String s = text.text();
        List<Finding> out = new ArrayList<>();
        Matcher m = EMAIL.matcher(s);
        while (m.find()) {
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
}
