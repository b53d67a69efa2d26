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

/** E-mail addresses: a local part, "@" and a domain with a top-level domain of letters. */
public final class EmailDetector implements Detector {

    // Possessive quantifiers and bounded lengths: no backtracking on long runs of dots or "@".
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]{1,64}+@(?:[\\p{L}\\p{N}-]{1,63}+\\.){1,8}\\p{L}{2,24}+(?![\\p{L}\\p{N}])");

    @Override
    public List<Finding> detect(NormalizedText text, Policy policy) {
        List<Finding> out = new ArrayList<>();
        Matcher m = EMAIL.matcher(text.text());
        while (m.find()) {
            out.add(new Finding(Category.EMAIL, m.start(), m.end(), 0.95, "R4-epost", "email"));
        }
        return out;
    }
}
