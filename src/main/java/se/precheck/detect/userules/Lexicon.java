package se.precheck.detect.userules;

import se.precheck.detect.LexiconFiles;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Reads this family's word and phrase lists: one entry a line, {@code #} starts a comment. */
final class Lexicon {

    private static final String ROOT = "lexicon/userules/";

    private Lexicon() {
    }

    /** The non-empty lines of {@code lexicon/userules/<name>}, trimmed, comments removed, in file order. */
    static List<String> lines(String name) {
        return LexiconFiles.lines(ROOT + name);
    }

    /** The entries of a list as lower-case keys (see {@link #key(String)}). */
    static Set<String> keys(String name) {
        Set<String> out = new TreeSet<>();
        for (String line : lines(name)) {
            out.add(key(line));
        }
        return Set.copyOf(out);
    }

    /** Lower case, runs of spaces as one space, no trailing colon or space. */
    static String key(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(Character.toLowerCase(c));
            }
        }
        int end = sb.length();
        while (end > 0 && (sb.charAt(end - 1) == ':' || sb.charAt(end - 1) == ' ')) {
            end--;
        }
        return sb.substring(0, end);
    }
}
