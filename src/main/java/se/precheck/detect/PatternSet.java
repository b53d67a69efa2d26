package se.precheck.detect;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Several patterns searched over a text in one pass, with exactly the matches successive
 * {@link Matcher#find()} calls would give each of them, but far faster: a pattern is tried
 * ({@code lookingAt}) only where the next two characters, after a word or a non-word character,
 * can begin one of its matches.
 *
 * <p>Which starts can begin a match is asked of each pattern once, when the set is built: a match
 * attempt on just those characters that neither matches nor runs off their end
 * ({@link Matcher#hitEnd()}) cannot match whatever follows them in a real text. Characters outside
 * a small alphabet are always tried. The character before a start is seen only as word or
 * non-word, which is all {@code \b} looks at; patterns that look further back (look-behind,
 * {@code \G}, multi-line {@code ^}) or use another notion of word are searched with plain
 * {@code find()}.
 */
final class PatternSet {

    /** Enough for the data files; a bit per pattern keeps the tables small. */
    static final int MAX_PATTERNS = 64;

    /** The characters the tables know: ASCII, Latin-1 letters (å, ä, ö, é, ü…) and line breaks. */
    private static final short[] INDEX = alphabet();
    private static final int LETTERS = maxIndex() + 1;
    private static final int OTHER = LETTERS;
    private static final int END = LETTERS + 1;
    private static final int WIDTH = LETTERS + 2;
    private static final Pattern WORD = Pattern.compile("\\w", Pattern.UNICODE_CHARACTER_CLASS);
    /** Whether each character below {@link #INDEX}'s limit is a word character, as {@code \b} sees it. */
    private static final boolean[] WORD_CHAR = wordChars();
    private static final Pattern LOOKS_BACK = Pattern.compile("\\(\\?<[=!]|\\\\G|\\\\b\\{|\\(\\?[a-zA-Z]*m");

    private final List<Pattern> patterns;
    /** Patterns searched with plain find(). */
    private final long plain;
    /** A bit for each pattern. */
    private final long all;
    /** [after a word character, after another, after either][first * WIDTH + second] → the patterns that may match there. */
    private final long[][] starts = new long[3][WIDTH * WIDTH];
    /**
     * [context][first] → the patterns that may match at a start with that first character, whatever
     * the second: a few kilobytes that stay in cache, where {@link #starts} is hundreds. Most
     * positions of a text (inside words) start nothing, and this answers them without the large table.
     */
    private final long[][] firstStarts = new long[3][WIDTH];
    /** For each pattern, the literals one of which each of its matches holds near its start, or null. */
    private final RequiredLiterals[] literals;
    /** The same literals by their first character, for {@link LiteralScan}. */
    private final LiteralsByFirst[] literalChars;
    /**
     * For each pattern, the folded literals one of which each of its matches starts with, or null:
     * a few character comparisons at a candidate start instead of a regex attempt that mostly fails.
     */
    private final LiteralsByFirst[] leading;

    PatternSet(List<Pattern> patterns) {
        if (patterns.size() > MAX_PATTERNS) {
            throw new IllegalArgumentException("at most " + MAX_PATTERNS + " patterns in one set");
        }
        this.patterns = List.copyOf(patterns);
        long plainPatterns = 0;
        literals = new RequiredLiterals[patterns.size()];
        leading = new LiteralsByFirst[patterns.size()];
        literalChars = new LiteralsByFirst[patterns.size()];
        for (int i = 0; i < patterns.size(); i++) {
            Pattern p = patterns.get(i);
            literals[i] = RequiredLiterals.of(p);
            literalChars[i] = literals[i] == null ? null : new LiteralsByFirst(literals[i].folded());
            List<String> first = RequiredLiterals.leading(p);
            leading[i] = first == null ? null : new LiteralsByFirst(first);
            if ((p.flags() & Pattern.UNICODE_CHARACTER_CLASS) == 0 || (p.flags() & Pattern.MULTILINE) != 0
                    || LOOKS_BACK.matcher(p.pattern()).find()) {
                plainPatterns |= 1L << i;
            } else {
                probe(p, 1L << i);
            }
        }
        plain = plainPatterns;
        all = patterns.size() == MAX_PATTERNS ? -1L : (1L << patterns.size()) - 1;
        for (int context = 0; context < 2; context++) {
            long[] table = starts[context];
            // An unknown character: after a known one, whatever the known one allows; first, anything.
            for (int first = 0; first < WIDTH; first++) {
                table[first * WIDTH + OTHER] |= table[first * WIDTH + END];
            }
            Arrays.fill(table, OTHER * WIDTH, OTHER * WIDTH + WIDTH, all & ~plain);
        }
        for (int cell = 0; cell < WIDTH * WIDTH; cell++) {
            starts[2][cell] = starts[0][cell] | starts[1][cell];
        }
        for (int context = 0; context < 3; context++) {
            for (int cell = 0; cell < WIDTH * WIDTH; cell++) {
                firstStarts[context][cell / WIDTH] |= starts[context][cell];
            }
        }
    }

    List<Pattern> patterns() {
        return patterns;
    }

    /** For each pattern, the start offsets of its matches in {@code text}, in the order find() gives them. */
    int[][] matchStarts(String text) {
        int n = text.length();
        char[] folded = RequiredLiterals.foldedChars(text);
        // Made when a pattern is first tried at a start: in a small text many never are.
        Matcher[] matchers = new Matcher[patterns.size()];
        int[] next = new int[patterns.size()];
        int[][] found = new int[patterns.size()][];
        int[] counts = new int[patterns.size()];
        for (int i = 0; i < matchers.length; i++) {
            found[i] = new int[4];
            if ((plain & (1L << i)) != 0) {
                Matcher m = patterns.get(i).matcher(text);
                while (m.find()) {
                    found[i] = add(found[i], counts[i]++, m.start());
                }
                next[i] = Integer.MAX_VALUE;
            }
        }
        LiteralScan[] near = new LiteralScan[patterns.size()];
        for (int i = 0; i < near.length; i++) {
            near[i] = literals[i] != null && (plain & (1L << i)) == 0 ? new LiteralScan(literalChars[i], literals[i].reach(), folded) : null;
        }
        long tried = all & ~plain;
        char before = 0;
        for (int p = 0; p <= n; p++) {
            char at = p < n ? text.charAt(p) : 0;
            long candidates = p == 0 || p == n ? tried : candidates(text, before, at, p);
            before = at;
            while (candidates != 0) {
                int i = Long.numberOfTrailingZeros(candidates);
                candidates &= candidates - 1;
                if (p < next[i] || leading[i] != null && !leading[i].startAt(folded, p)
                        || near[i] != null && !near[i].within(p)) {
                    continue;
                }
                if (matchers[i] == null) {
                    matchers[i] = patterns.get(i).matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                }
                Matcher m = matchers[i];
                m.region(p, n);
                if (m.lookingAt()) {
                    found[i] = add(found[i], counts[i]++, p);
                    // As find(): go on after the match, or one further after an empty one.
                    next[i] = m.end() > p ? m.end() : p + 1;
                }
            }
        }
        for (int i = 0; i < found.length; i++) {
            found[i] = Arrays.copyOf(found[i], counts[i]);
        }
        return found;
    }

    /**
     * Folded literals grouped by the low byte of their first character, so that a position is
     * compared only with the few literals that can start there: a pattern's list can hold twenty
     * alternatives (hon|han|hen|…) and is asked at many positions.
     */
    private static final class LiteralsByFirst {
        private final char[][][] byFirst = new char[0x100][][];
        /** An empty literal starts everywhere. */
        private final boolean hasEmpty;

        LiteralsByFirst(List<String> literals) {
            boolean empty = false;
            for (String literal : literals) {
                if (literal.isEmpty()) {
                    empty = true;
                    continue;
                }
                int bucket = literal.charAt(0) & 0xFF;
                char[][] old = byFirst[bucket] == null ? new char[0][] : byFirst[bucket];
                char[][] grown = Arrays.copyOf(old, old.length + 1);
                grown[old.length] = literal.toCharArray();
                byFirst[bucket] = grown;
            }
            hasEmpty = empty;
        }

        /** Whether the folded text at {@code at} starts with one of the literals. */
        boolean startAt(char[] folded, int at) {
            if (hasEmpty) {
                return true;
            }
            char[][] candidates = at < folded.length ? byFirst[folded[at] & 0xFF] : null;
            if (candidates == null) {
                return false;
            }
            for (char[] literal : candidates) {
                if (startsAt(folded, at, literal)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Whether a pattern's required literals occur within its reach after a start, asked at
     * increasing starts: the text is searched lazily, only where a start asks, and each character
     * at most once (a pattern like {@code \\d{1,2} (januari|…)} asks only after digits).
     */
    private static final class LiteralScan {
        private final LiteralsByFirst literals;
        private final int reach;
        private final char[] folded;
        /** Every position below this has been searched (from where the search last began). */
        private int searched;
        /** The first literal found at or after the last start asked, or -1 when none was found below {@link #searched}. */
        private int hit = -1;

        LiteralScan(LiteralsByFirst literals, int reach, char[] folded) {
            this.literals = literals;
            this.reach = reach;
            this.folded = folded;
        }

        /** @param p not less than at the previous call */
        boolean within(int p) {
            int last = Math.min(folded.length - 1, p + reach);
            if (hit >= p) {
                return hit <= last;
            }
            int from = Math.max(searched, p);
            hit = firstAt(from, last);
            searched = hit >= 0 ? hit + 1 : Math.max(from, last + 1);
            return hit >= 0;
        }

        /** The first position in {@code [from, last]} where one of the literals starts, or -1. */
        private int firstAt(int from, int last) {
            for (int at = from; at <= last; at++) {
                if (literals.startAt(folded, at)) {
                    return at;
                }
            }
            return -1;
        }
    }

    private static boolean startsAt(char[] text, int at, char[] literal) {
        if (literal.length > text.length - at) {
            return false;
        }
        for (int k = 0; k < literal.length; k++) {
            if (text[at + k] != literal[k]) {
                return false;
            }
        }
        return true;
    }

    /** @param before the character at {@code p - 1}; {@code at} the one at {@code p} */
    private long candidates(String text, char before, char at, int p) {
        int context = context(before);
        int first = index(at);
        if (firstStarts[context][first] == 0) {
            return 0;
        }
        int second = p + 1 < text.length() ? index(text.charAt(p + 1)) : END;
        return starts[context][first * WIDTH + second];
    }

    private static int index(char c) {
        return c < INDEX.length ? INDEX[c] : OTHER;
    }

    /** 0 after a word character, 1 after another, 2 after one the tables do not know (either). */
    private static int context(char before) {
        return before < INDEX.length ? (WORD_CHAR[before] ? 0 : 1) : 2;
    }

    /** Fills the tables for one pattern by trying it on every start of one and two known characters. */
    private void probe(Pattern pattern, long bit) {
        char[] letters = new char[LETTERS];
        for (char c = 0; c < INDEX.length; c++) {
            if (INDEX[c] < LETTERS) {
                letters[INDEX[c]] = c;
            }
        }
        for (int context = 0; context < 2; context++) {
            String before = context == 0 ? "a" : " ";
            long[] table = starts[context];
            for (int first = 0; first < LETTERS; first++) {
                if (!mayStart(pattern, before + letters[first])) {
                    continue;
                }
                table[first * WIDTH + END] |= bit;
                for (int second = 0; second < LETTERS; second++) {
                    if (mayStart(pattern, before + letters[first] + letters[second])) {
                        table[first * WIDTH + second] |= bit;
                    }
                }
            }
        }
    }

    /** Whether a match can start after the first character of {@code probe} with the rest of it. */
    private static boolean mayStart(Pattern pattern, String probe) {
        Matcher m = pattern.matcher(probe).useTransparentBounds(true).useAnchoringBounds(false).region(1, probe.length());
        return m.lookingAt() || m.hitEnd();
    }

    private static int[] add(int[] array, int at, int value) {
        int[] out = at < array.length ? array : Arrays.copyOf(array, array.length * 2);
        out[at] = value;
        return out;
    }

    /** Known characters numbered from 0, the others numbered one past them. */
    private static short[] alphabet() {
        short[] index = new short[0x100];
        short next = 0;
        for (char c = 0; c < 0x100; c++) {
            if (known(c)) {
                index[c] = next++;
            }
        }
        for (char c = 0; c < 0x100; c++) {
            if (!known(c)) {
                index[c] = next;
            }
        }
        return index;
    }

    private static boolean known(char c) {
        return c == '\n' || c == '\t' || c == '\r' || c >= 0x20 && c < 0x7F || Character.isLetter(c) && c >= 0xC0;
    }

    private static int maxIndex() {
        int max = 0;
        for (char c = 0; c < INDEX.length; c++) {
            max = known(c) ? Math.max(max, INDEX[c]) : max;
        }
        return max;
    }

    private static boolean[] wordChars() {
        boolean[] word = new boolean[INDEX.length];
        for (char c = 0; c < word.length; c++) {
            word[c] = WORD.matcher(String.valueOf(c)).matches();
        }
        return word;
    }
}
