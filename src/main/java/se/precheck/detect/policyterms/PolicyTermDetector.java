package se.precheck.detect.policyterms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.precheck.detect.Detector;
import se.precheck.detect.Finding;
import se.precheck.detect.NormalizedText;
import se.precheck.policy.Category;
import se.precheck.policy.Policy;

/**
 * The municipality's own terms per category ({@code extraTerms} in its policy file), found as
 * whole words, case-insensitively; a term ending in {@code *} also takes any ending (inflections
 * and compounds: "beroendemottagning*" finds "beroendemottagningen"). Words of a multi-word term
 * may be separated by any short run of white space (a line break in a name). A match that the
 * policy allows for the same category ({@code allowedTermsByCategory}) is no finding. Each
 * category reports under its own rule {@code KOM-<category>} (policy/rules/policy-terms.yaml).
 */
final class PolicyTermDetector implements Detector {

    static final double CONFIDENCE = 0.9;
    /** Letters a '*' term may add: enough for Swedish inflections and compounds, bounded. */
    private static final String ANY_ENDING = "[\\p{L}\\p{N}]{0,40}+";
    private static final String WORD_END = "(?![\\p{L}\\p{N}])";

    /**
     * One category's terms as one anchored pattern, the first letters a match can start with, and
     * the category's allowed terms (null: none) as a pattern of the same kind.
     */
    private record Compiled(Category category, String ruleId, Pattern pattern, Set<Character> firstLetters, Pattern allowed) {
    }

    /**
     * Patterns per policy's term lists (policies are immutable and few: the default, the file in
     * force, the last good one). Holds only the municipality's terms, never text.
     */
    private static final Map<Key, List<Compiled>> COMPILED = new ConcurrentHashMap<>();

    static String ruleId(Category category) {
        return "KOM-" + category.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public List<Finding> detect(NormalizedText normalized, Policy policy) {
        Map<Category, List<String>> terms = policy.extraTerms();
        if (terms.isEmpty()) {
            return List.of();
        }
        String text = normalized.text();
        List<Finding> out = new ArrayList<>();
        for (Compiled c : compiled(policy)) {
            find(text, c, policy, out);
        }
        return out;
    }

    private static void find(String text, Compiled c, Policy policy, List<Finding> out) {
        Matcher m = c.pattern().matcher(text);
        m.useTransparentBounds(true);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char ch = text.charAt(i);
            boolean wordStart = Character.isLetterOrDigit(ch) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
            if (!wordStart || !c.firstLetters().contains(Character.toLowerCase(ch)) || !m.region(i, n).lookingAt()) {
                i++;
                continue;
            }
            int end = m.end();
            if (!allowedHere(text, i, end, c, policy)) {
                out.add(new Finding(c.category(), i, end, CONFIDENCE, c.ruleId(), "policy-term"));
            }
            i = Math.max(end, i + 1);
        }
    }

    /** The match is an allowed term of its category, or the start of a longer allowed term ("… växel"). */
    private static boolean allowedHere(String text, int start, int end, Compiled c, Policy policy) {
        if (policy.allows(c.category(), text.substring(start, end))) {
            return true;
        }
        if (c.allowed() == null) {
            return false;
        }
        Matcher a = c.allowed().matcher(text);
        a.useTransparentBounds(true);
        return a.region(start, text.length()).lookingAt() && a.end() >= end;
    }

    private static List<Compiled> compiled(Policy policy) {
        Key key = new Key(policy.extraTerms(), policy.allowedTermsByCategory());
        List<Compiled> known = COMPILED.get(key);
        if (known != null) {
            return known;
        }
        if (COMPILED.size() > 16) {
            COMPILED.clear();
        }
        List<Compiled> built = new ArrayList<>();
        policy.extraTerms().forEach((category, list) -> {
            if (list.isEmpty()) return;
            Set<String> allowed = policy.allowedTermsByCategory().getOrDefault(category, Set.of());
            Compiled c = compile(category, list);
            built.add(allowed.isEmpty() ? c : new Compiled(c.category(), c.ruleId(), c.pattern(), c.firstLetters(),
                    compile(category, List.copyOf(allowed)).pattern()));
        });
        COMPILED.put(key, List.copyOf(built));
        return built;
    }

    private record Key(Map<Category, List<String>> terms, Map<Category, Set<String>> allowed) {
    }

    /** Longest terms first, so "Projekt Falken Nord" wins over "Projekt Falken" at the same place. */
    static Compiled compile(Category category, List<String> terms) {
        List<String> sorted = new ArrayList<>(terms);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringBuilder alternatives = new StringBuilder();
        Set<Character> first = new HashSet<>();
        for (String term : sorted) {
            boolean prefix = term.endsWith("*");
            String body = (prefix ? term.substring(0, term.length() - 1) : term).strip();
            if (body.isEmpty()) {
                continue;
            }
            first.add(Character.toLowerCase(body.charAt(0)));
            first.add(Character.toUpperCase(body.charAt(0)));
            if (alternatives.length() > 0) alternatives.append('|');
            String[] words = body.split("\\s+");
            for (int w = 0; w < words.length; w++) {
                if (w > 0) alternatives.append("\\s{1,3}");
                alternatives.append(Pattern.quote(words[w]));
            }
            if (prefix) alternatives.append(ANY_ENDING);
        }
        Pattern pattern = Pattern.compile("(?:" + alternatives + ")" + WORD_END, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return new Compiled(category, ruleId(category), pattern, Set.copyOf(first), null);
    }
}
