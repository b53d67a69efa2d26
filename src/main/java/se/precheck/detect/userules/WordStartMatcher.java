package se.precheck.detect.userules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a phrase pattern only where a word starts with one of the letters its phrases can start
 * with. A regex {@code find} tries every position of the text; on long texts of punctuation or
 * of unrelated words this gate turns most positions into one hash lookup.
 *
 * @param pattern          matched with {@code lookingAt} at each gated word start
 * @param starts           lower-case beginnings (1–3 letters) of the words a match can start with
 * @param capitalisedStart a match can also start at any capitalised word (a name)
 */
record WordStartMatcher(Pattern pattern, Set<String> starts, boolean capitalisedStart) {

    static final int KEY = 3;

    WordStartMatcher {
        starts = Set.copyOf(starts);
    }

    /** The gate key of a first word or stem: its first letters, lower case. */
    static String key(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.length() <= KEY ? w : w.substring(0, KEY);
    }

    static WordStartMatcher of(Pattern pattern, List<String> firstWords, boolean capitalisedStart) {
        Set<String> keys = new HashSet<>();
        for (String w : firstWords) {
            if (!w.isEmpty()) {
                keys.add(key(w));
            }
        }
        return new WordStartMatcher(pattern, keys, capitalisedStart);
    }

    /** Non-overlapping matches as {start, end} pairs, leftmost first, at most {@code limit}. */
    List<int[]> find(String t, int limit) {
        return find(t, t.length(), limit);
    }

    /** As {@link #find(String, int)}, for matches that start before {@code until}. */
    List<int[]> find(String t, int until, int limit) {
        List<int[]> out = new ArrayList<>();
        Matcher m = pattern.matcher(t);
        m.useTransparentBounds(true);
        int n = until;
        int i = 0;
        while (i < n && out.size() < limit) {
            char c = t.charAt(i);
            if (!Character.isLetter(c) || (i > 0 && Character.isLetterOrDigit(t.charAt(i - 1)))) {
                i++;
                continue;
            }
            if (gateOpen(t, i) && m.region(i, t.length()).lookingAt()) {
                out.add(new int[] {i, m.end()});
                i = Math.max(m.end(), i + 1);
            } else {
                i++;
            }
        }
        return out;
    }

    private boolean gateOpen(String t, int i) {
        if (capitalisedStart && Character.isUpperCase(t.charAt(i))) {
            return true;
        }
        StringBuilder k = new StringBuilder(KEY);
        for (int j = i; j < t.length() && k.length() < KEY && Character.isLetter(t.charAt(j)); j++) {
            k.append(Character.toLowerCase(t.charAt(j)));
            if (starts.contains(k.toString())) {
                return true;
            }
        }
        return false;
    }
}
