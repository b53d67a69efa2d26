package se.precheck.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Literals one of which every match of a pattern contains, at most {@link #reach()} characters
 * after the match's start: for a pattern that opens with a few bounded atoms and then a group of
 * plain alternatives ({@code \b\p{Lu}\p{L}{1,30}(skolan|gymnasiet)\b}). Such a pattern can begin a
 * match at nearly every word, so {@link PatternSet} tries it only shortly before one of its literals.
 * Found by reading the pattern's source conservatively: anything not understood gives no literals.
 */
record RequiredLiterals(List<String> folded, int reach) {

    /** One atom and its optional bounded quantifier: \b, \p{..}, \d \s \w, a bracket class without nesting, a letter, digit or space. */
    private static final Pattern ATOM = Pattern.compile(
            "(\\\\b|\\\\[pP]\\{\\w{1,30}\\}|\\\\[dswDSW]|\\[[^\\[\\]\\\\]{1,60}\\]|[\\p{L}\\d ])(?:\\{(\\d{1,3})(?:,(\\d{1,3}))?\\}|(\\?))?");
    private static final Pattern GROUP = Pattern.compile("\\((?:\\?:)?([\\p{L} ]{1,40}(?:\\|[\\p{L} ]{1,40}){0,60})\\)(?![?*+{])");
    /** Plain letters and spaces, without the last one when a quantifier makes it optional. */
    private static final Pattern LITERAL_RUN = Pattern.compile("[\\p{L} ]{1,40}(?![?*+{])");
    /** A code point may take two chars. */
    private static final int CHARS_PER_ATOM = 2;

    /** The pattern's required literals, or null when it has none this reading can prove. */
    static RequiredLiterals of(Pattern pattern) {
        String regex = pattern.pattern();
        if ((pattern.flags() & (Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ)) != 0 || topLevelBar(regex)) {
            return null;
        }
        Matcher atom = ATOM.matcher(regex);
        int at = 0;
        int reach = 0;
        while (atom.region(at, regex.length()).lookingAt()) {
            boolean boundary = atom.group(1).equals("\\b");
            int times = atom.group(4) != null ? 1 : atom.group(3) != null ? Integer.parseInt(atom.group(3))
                    : atom.group(2) != null ? Integer.parseInt(atom.group(2)) : 1;
            reach += boundary ? 0 : times * CHARS_PER_ATOM;
            at = atom.end();
        }
        Matcher group = GROUP.matcher(regex).region(at, regex.length());
        if (reach < 2 || !group.lookingAt()) {
            return null; // nothing to gain before the first two characters, or no plain group
        }
        List<String> folded = new ArrayList<>();
        for (String alternative : group.group(1).split("\\|")) {
            String f = fold(alternative);
            if (!f.equals(fold(f))) {
                return null;
            }
            folded.add(f);
        }
        return new RequiredLiterals(List.copyOf(folded), reach);
    }

    /**
     * The folded literals one of which every match of the pattern starts with, or null: for a
     * pattern that opens (after an optional {@code \b}) with a group of plain alternatives
     * ({@code \b(hon|han)\b}) or with plain letters ({@code \bi byn\b}). Comparing folded
     * characters accepts every text a case-insensitive or case-sensitive match could start with.
     */
    static List<String> leading(Pattern pattern) {
        String regex = pattern.pattern();
        if ((pattern.flags() & (Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ)) != 0 || topLevelBar(regex)) {
            return null;
        }
        int at = regex.startsWith("\\b") ? 2 : 0;
        Matcher group = GROUP.matcher(regex).region(at, regex.length());
        Matcher run = LITERAL_RUN.matcher(regex).region(at, regex.length());
        String[] alternatives;
        if (group.lookingAt()) {
            alternatives = group.group(1).split("\\|");
        } else if (run.lookingAt()) {
            alternatives = new String[] {run.group()};
        } else {
            return null;
        }
        List<String> folded = new ArrayList<>();
        for (String alternative : alternatives) {
            String f = fold(alternative);
            if (f.isEmpty() || !f.equals(fold(f))) {
                return null;
            }
            folded.add(f);
        }
        return List.copyOf(folded);
    }

    /** Case folded char by char as case-insensitive matching compares them. */
    static String fold(CharSequence text) {
        return new String(foldedChars(text.toString()));
    }

    /** {@link #fold(CharSequence)} into a new array, read from the text in place (no copy of it first). */
    static char[] foldedChars(String text) {
        // One bulk copy, then folded in place: cheaper than a charAt per character.
        char[] out = text.toCharArray();
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            out[i] = c < LATIN_1_FOLDED.length ? LATIN_1_FOLDED[c] : fold(c);
        }
        return out;
    }

    /** {@link #fold(char)} of each Latin-1 character, computed once: å, ä and ö are in most Swedish words. */
    private static final char[] LATIN_1_FOLDED = latin1Folded();

    private static char[] latin1Folded() {
        char[] table = new char[0x100];
        for (char c = 0; c < table.length; c++) {
            table[c] = fold(c);
        }
        return table;
    }

    private static char fold(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c < 0x80 ? c : Character.toLowerCase(Character.toUpperCase(c));
    }

    private static boolean topLevelBar(String regex) {
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return true;
            }
        }
        return false;
    }
}
