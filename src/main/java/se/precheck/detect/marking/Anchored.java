package se.precheck.detect.marking;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern tried only where a match can begin: at the start of a word whose first character is
 * one the pattern can start with. java.util.regex tries every position of the text and every
 * branch of an alternation there; skipping the positions that cannot match keeps long texts
 * (1 MB of '§' or spaces) cheap. At most {@link #MAX_MATCHES} matches are returned: a text with
 * more markings than that is stopped anyway, and the bound keeps the context checks linear.
 *
 * @param firstChars the lower-case characters a match can start with
 * @param reach      the longest match, in characters
 */
record Anchored(Pattern pattern, String firstChars, int reach) {

    static final int MAX_MATCHES = 2000;

    /** Anchored phrases of a lexicon file, case-insensitive, whole words. */
    static Anchored phrases(String file) {
        List<String> entries = Lexicon.load(file);
        Pattern p = Pattern.compile("(?:" + Lexicon.alternation(entries) + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return new Anchored(p, firstChars(entries), 200);
    }

    static String firstChars(List<String> entries) {
        StringBuilder sb = new StringBuilder();
        for (String e : entries) {
            char c = Character.toLowerCase(e.charAt(0));
            if (sb.indexOf(String.valueOf(c)) < 0) {
                sb.append(c);
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    List<MatchResult> findAll(String text) {
        List<MatchResult> out = new ArrayList<>();
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int n = text.length();
        int i = 0;
        while (i < n && out.size() < MAX_MATCHES) {
            char c = text.charAt(i);
            if (firstChars.indexOf(Character.toLowerCase(c)) >= 0 && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                m.region(i, Math.min(n, i + reach));
                if (m.lookingAt() && m.end() > i) {
                    out.add(m.toMatchResult());
                    i = m.end();
                    continue;
                }
            }
            i++;
        }
        return out;
    }
}
