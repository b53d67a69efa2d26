package se.precheck.detect.sensitive;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A word list read from a resource file. The format, one term per line:
 * <pre>
 * # comment
 * [strong]                 terms that are sensitive on their own
 * [weak]                   ambiguous terms: count only right next to a person
 * [trap]                   phrases that look like a term but are not (they silence what they cover)
 * diagnos                  inflected forms are accepted; a term of five letters or more may end a compound
 * =sjuka                   only this form (and its genitive -s), never inside a compound
 * ^ADD                     like '=', and written exactly in this case
 * &#64;parti = moderaterna | liberalerna   a group, used in later lines as "medlem i &#64;parti"
 * </pre>
 * Terms shorter than five letters are always exact forms: "ras" must not match "rasande".
 */
public final class Lexicon {

    /** How much a term says on its own. */
    public enum Strength { STRONG, WEAK, TRAP }

    /**
     * One term as written.
     *
     * @param text          the term in lower case, spaces single
     * @param cased         the term as written when case matters, else null
     * @param exact         only this form (no inflection, no compound)
     */
    public record Term(String text, String cased, Strength strength, boolean exact) {

        /** A compound like "alkoholmissbruk" may end in this term. */
        public boolean mayEndCompound() {
            return strength == Strength.STRONG && !exact;
        }
    }

    private static final int SHORTEST_INFLECTED = 5;

    private final List<Term> terms;

    private Lexicon(List<Term> terms) {
        this.terms = List.copyOf(terms);
    }

    public List<Term> terms() {
        return terms;
    }

    /** Reads one or more resources into one lexicon, in order; a missing resource is a programming error. */
    public static Lexicon load(String... resources) {
        List<Term> out = new ArrayList<>();
        for (String resource : resources) {
            out.addAll(parse(readLines(resource), resource));
        }
        return new Lexicon(out);
    }

    static Lexicon of(List<Term> terms) {
        return new Lexicon(terms);
    }

    static List<Term> parse(List<String> lines, String source) {
        List<Term> out = new ArrayList<>();
        Map<String, List<String>> groups = new HashMap<>();
        Strength strength = Strength.STRONG;
        int lineNo = 0;
        for (String raw : lines) {
            lineNo++;
            String line = stripComment(raw).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                strength = Strength.valueOf(line.substring(1, line.length() - 1).strip().toUpperCase(Locale.ROOT));
                continue;
            }
            if (line.startsWith("@") && line.contains("=")) {
                int eq = line.indexOf('=');
                List<String> members = new ArrayList<>();
                for (String m : line.substring(eq + 1).split("\\|")) {
                    if (!m.isBlank()) members.addAll(expand(m.strip(), groups, source, lineNo));
                }
                groups.put(line.substring(0, eq).strip(), members);
                continue;
            }
            for (String variant : expand(line, groups, source, lineNo)) {
                Term t = term(variant, strength);
                out.add(t);
                Term plain = withoutSwedishLetters(t);
                if (plain != null) {
                    out.add(plain);
                }
            }
        }
        return out;
    }

    private static Term term(String written, Strength strength) {
        boolean cased = written.startsWith("^");
        boolean exact = cased || written.startsWith("=");
        String body = exact ? written.substring(1).strip() : written;
        body = body.replaceAll("\\s+", " ");
        String lower = lowerCase(body);
        if (lower.length() < SHORTEST_INFLECTED) {
            exact = true;
        }
        return new Term(lower, cased ? body : null, strength, exact);
    }

    /** Terms this long are also found written without å, ä and ö; shorter ones would meet other words ("våld"/"vald"). */
    private static final int SHORTEST_PLAIN_SPELLING = 8;

    /**
     * "forsorjningsstod", "overformyndare": staff on a keyboard or phone without Swedish letters.
     * The same term with å and ä as a and ö as o (same length, so offsets stay valid), or null
     * when it has none of them, is short, or is written in a fixed case.
     */
    static Term withoutSwedishLetters(Term t) {
        if (t.cased() != null || t.text().length() < SHORTEST_PLAIN_SPELLING) {
            return null;
        }
        String plain = t.text().replace('å', 'a').replace('ä', 'a').replace('ö', 'o');
        return plain.equals(t.text()) ? null : new Term(plain, null, t.strength(), t.exact());
    }

    /** Replaces each "@group" with each of its members (all combinations, for a few groups per line). */
    private static List<String> expand(String line, Map<String, List<String>> groups, String source, int lineNo) {
        int at = line.indexOf('@');
        if (at < 0) {
            return List.of(line);
        }
        int end = at + 1;
        while (end < line.length() && (Character.isLetterOrDigit(line.charAt(end)) || line.charAt(end) == '_')) {
            end++;
        }
        List<String> members = groups.get(line.substring(at, end));
        if (members == null) {
            throw new IllegalStateException(source + ":" + lineNo + ": unknown group " + line.substring(at, end));
        }
        List<String> out = new ArrayList<>();
        for (String member : members) {
            String m = member.startsWith("=") || member.startsWith("^") ? member.substring(1) : member;
            out.addAll(expand(line.substring(0, at) + m + line.substring(end), groups, source, lineNo));
        }
        return out;
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }

    /** Lower case that keeps the length, so offsets stay valid. */
    static String lowerCase(CharSequence s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Character.toLowerCase(s.charAt(i));
        }
        return new String(out);
    }

    static List<String> readLines(String resource) {
        InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing lexicon " + resource);
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
