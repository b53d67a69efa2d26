package se.precheck.detect.marking;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern tried only where a match can begin: at the start of a word where one of the pattern's
 * leading keywords begins ({@link Literals}; the word starts come from the family's one {@link Scan});
 * every match begins with a letter or a digit. java.util.regex tries every position of
 * the text and every branch of an alternation there; skipping the positions that cannot match
 * keeps the scan to a table look-up per character and long texts (1 MB of '§' or spaces) cheap.
 * At most {@link #MAX_MATCHES} matches are returned: a text with more markings than that is
 * stopped anyway, and the bound keeps the context checks linear.
 *
 * @param starts where a match can begin (necessary, not sufficient)
 * @param reach  the longest match, in characters
 */
record Anchored(Pattern pattern, Start starts, int reach) {

    /** Whether a match of the pattern can begin at a position: a quick test of one character, then a full one. */
    interface Start {
        boolean mayBeginWith(char c);

        boolean at(String text, int i);

        /**
         * Whether a match can begin with these two characters (both below 256); true wherever
         * {@link #at} can be. {@link Scan} builds its table from it.
         */
        boolean mayBeginWith(char first, char second);
    }

    static final int MAX_MATCHES = 2000;

    /** Anchored phrases of a lexicon file, case-insensitive, whole words. */
    static Anchored phrases(String file) {
        List<String> entries = Lexicon.load(file);
        Pattern p = Pattern.compile("(?:" + Lexicon.alternation(entries) + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return new Anchored(p, Literals.phraseStarts(entries), 200);
    }

    /** The matches from left to right, not overlapping, each beginning at one of the scan's starts for this pattern. */
    List<MatchResult> findAll(Scan scan) {
        String text = scan.text();
        int[] candidates = scan.starts(this);
        int size = scan.count(this);
        List<MatchResult> out = new ArrayList<>();
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int n = text.length();
        int from = 0;
        for (int k = 0; k < size && out.size() < MAX_MATCHES; k++) {
            int i = candidates[k];
            if (i < from || !starts.mayBeginWith(text.charAt(i)) || !starts.at(text, i)) {
                continue;
            }
            m.region(i, Math.min(n, i + reach));
            if (m.lookingAt() && m.end() > i) {
                out.add(m.toMatchResult());
                from = m.end();
            }
        }
        return out;
    }
}
