package se.precheck.detect.sensitive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.sv.SwedishLightStemmer;
import se.precheck.detect.sensitive.Lexicon.Strength;
import se.precheck.detect.sensitive.Lexicon.Term;

/**
 * Finds the terms of one or more {@link Lexicon}s in one Aho-Corasick pass over the text read in
 * lower case with every run of white space as one space (so phrases match across line breaks).
 * Each lexicon keeps its own matches: a trap silences only the terms of its own lexicon.
 * A hit counts when it starts a word (or ends a compound, for terms that allow it) and the rest
 * of its word is an inflection; hits covered by a trap phrase are dropped, as are hits inside a
 * longer hit.
 */
public final class LexiconMatcher {

    /** A term found at {@code [start, end)} of the normalised text. */
    public record Match(int start, int end, Term term) {
    }

    /** Endings of Swedish nouns, adjectives and participles that may follow a term in the same word. */
    private static final Set<String> INFLECTIONS = Set.of(
            "s", "n", "ns", "en", "ens", "et", "ets", "t", "ts", "a", "as", "e", "es", "na", "nas",
            "er", "ers", "erna", "ernas", "ar", "ars", "arna", "arnas", "or", "ors", "orna", "ornas",
            "r", "rs", "rna", "rnas", "d", "de", "des", "ad", "ade", "ades", "at", "ats", "ande", "andes",
            "are", "aren", "arens", "ares", "iska", "iskt", "isk");
    private static final int LONGEST_INFLECTION = 6;
    /** Each character as the terms are written: lower case, and any white space as ' ' (one table read per character). */
    private static final char[] FOLD = fold();
    /** Letters a compound needs before the term ("alkohol|missbruk"), so "x-cancer" style noise does not count. */
    private static final int SHORTEST_COMPOUND_HEAD = 3;

    /** A term of the lexicon with this index. */
    private record Entry(int lexicon, Term term) {
    }

    private final int lexicons;
    private final TermTrie<Entry[]> trie;
    /**
     * The trie's column of each character as the terms are written ({@link #FOLD} and the trie's
     * column in one table read): the scan reads it once per character of text.
     */
    private final char[] columnOf;
    /** The column of white space: a run of it reads as one space. */
    private final int spaceColumn;
    /** The longest key, in characters of the folded text. */
    private final int longestKey;

    public LexiconMatcher(Lexicon lexicon) {
        this(List.of(lexicon));
    }

    /** One trie over all the lexicons' terms, so a text is read once however many lexicons there are. */
    public LexiconMatcher(List<Lexicon> lexicons) {
        this.lexicons = lexicons.size();
        Map<String, List<Entry>> byKey = new HashMap<>();
        for (int i = 0; i < lexicons.size(); i++) {
            for (Term t : lexicons.get(i).terms()) {
                byKey.computeIfAbsent(t.text(), k -> new ArrayList<>()).add(new Entry(i, t));
            }
        }
        Map<String, Entry[]> keys = new HashMap<>();
        byKey.forEach((key, entries) -> keys.put(key, entries.toArray(new Entry[0])));
        this.trie = new TermTrie<>(keys);
        this.columnOf = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            columnOf[c] = (char) trie.column(FOLD[c]);
        }
        // Without a phrase no key holds a space, and white space shares column 0 with every other
        // character no key holds: a run of those then reads as one, which leads to the root just the same.
        this.spaceColumn = trie.column(' ');
        this.longestKey = keys.keySet().stream().mapToInt(String::length).max().orElse(1);
    }

    private static char[] fold() {
        char[] fold = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            fold[c] = Character.isWhitespace((char) c) ? ' ' : Character.toLowerCase((char) c);
        }
        return fold;
    }

    /** The matches of the first (or only) lexicon. */
    public List<Match> find(String text) {
        return findEach(text).get(0);
    }

    /** The matches of each lexicon, in the order the lexicons were given, from one pass over the text. */
    public List<List<Match>> findEach(String text) {
        return findEach(text, text.toCharArray());
    }

    /** As {@link #findEach(String)}, with the text's characters already copied out (the caller reads them again). */
    List<List<Match>> findEach(String text, char[] chars) {
        List<List<Match>> hits = new ArrayList<>(lexicons);
        List<List<Match>> traps = new ArrayList<>(lexicons);
        for (int i = 0; i < lexicons; i++) {
            hits.add(new ArrayList<>());
            traps.add(new ArrayList<>());
        }
        int[] keyEnds = keysEnding(chars, true);
        SwedishLightStemmer stemmer = new SwedishLightStemmer();
        for (int k = 1; k < keyEnds[0]; k += 3) {
            int start = keyEnds[k];
            int end = keyEnds[k + 1];
            for (Entry e : trie.payload(keyEnds[k + 2])) {
                Match m = accept(text, start, end, e.term(), stemmer);
                if (m != null) {
                    (e.term().strength() == Strength.TRAP ? traps : hits).get(e.lexicon()).add(m);
                }
            }
        }
        List<List<Match>> out = new ArrayList<>(lexicons);
        for (int i = 0; i < lexicons; i++) {
            out.add(withoutCovered(withoutTrapped(hits.get(i), traps.get(i))));
        }
        return out;
    }

    /** Every place a key ends, as triples (start, end, output of the trie) after a length at [0]. */
    int[] keysEnding(char[] chars, boolean lanes) {
        return new KeyEndScan(trie, columnOf, spaceColumn, longestKey, chars).run(lanes);
    }

    /**
     * The hit widened to its whole word ("alkohol|missbruk|et"), or null when the term does not
     * start a word (or end a compound) or what follows it in the word is not an inflection.
     */
    private static Match accept(String text, int start, int end, Term term, SwedishLightStemmer stemmer) {
        if (term.cased() != null && !sameLetters(text, start, end, term.cased())) {
            return null;
        }
        boolean wordStart = start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1));
        // Most hits inside a word are not compounds the term may end: decide that before reading the word back.
        if (!wordStart && !term.mayEndCompound()) {
            return null;
        }
        int head = wordStart ? 0 : compoundHead(text, start);
        if (!wordStart && head < SHORTEST_COMPOUND_HEAD) {
            return null;
        }
        if (end < text.length() && Character.isDigit(text.charAt(end))) {
            return null;
        }
        if (insideAddress(text, start, end) || isPlaceholder(text, start)) {
            return null;
        }
        int wordEnd = end;
        while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd)) && wordEnd - end <= LONGEST_INFLECTION) {
            wordEnd++;
        }
        Match whole = new Match(start - head, wordEnd, term);
        if (wordEnd == end) {
            return whole;
        }
        if (wordEnd < text.length() && Character.isLetterOrDigit(text.charAt(wordEnd))) {
            return term.mayEndCompound() ? withCompoundTail(text, start - head, end, term) : null;
        }
        if (term.exact()) {
            return wordEnd - end == 1 && Character.toLowerCase(text.charAt(end)) == 's' ? whole : null;
        }
        String tail = Lexicon.lowerCase(text.subSequence(end, wordEnd));
        if (INFLECTIONS.contains(tail) || stemmedAway(text, start - head, wordEnd, end, stemmer)) {
            return whole;
        }
        return term.mayEndCompound() ? withCompoundTail(text, start - head, end, term) : null;
    }

    /** Nouns a compound may end in after a term ("insulin|sprutor"), from {@code compound-tails.txt}. */
    private static final List<String> COMPOUND_TAILS = Lexicon.readLines("lexicon/sensitive/compound-tails.txt").stream()
            .map(l -> l.indexOf('#') < 0 ? l.strip() : l.substring(0, l.indexOf('#')).strip())
            .filter(l -> !l.isEmpty()).toList();
    private static final int LONGEST_WORD_TAIL = 24;

    /**
     * "insulinsprutor", "demensutredningen", "missbruksbehandling": the term followed in its word by
     * a tail noun (after an optional linking 's' or '-') and that noun's inflection; else null.
     */
    private static Match withCompoundTail(String text, int wordStart, int end, Term term) {
        int wordEnd = end;
        while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd)) && wordEnd - end <= LONGEST_WORD_TAIL) {
            wordEnd++;
        }
        if (wordEnd < text.length() && (Character.isLetterOrDigit(text.charAt(wordEnd)) || text.charAt(wordEnd) == '-')) {
            return null;
        }
        int from = end;
        if (from < wordEnd && (text.charAt(from) == 's' || text.charAt(from) == '-')) {
            Match linked = tailAt(text, wordStart, from + 1, wordEnd, term);
            if (linked != null) return linked;
        }
        return tailAt(text, wordStart, from, wordEnd, term);
    }

    private static Match tailAt(String text, int wordStart, int from, int wordEnd, Term term) {
        for (String tail : COMPOUND_TAILS) {
            if (wordEnd - from >= tail.length() && text.regionMatches(true, from, tail, 0, tail.length())) {
                int rest = from + tail.length();
                if (rest == wordEnd || INFLECTIONS.contains(Lexicon.lowerCase(text.subSequence(rest, wordEnd)))) {
                    return new Match(wordStart, wordEnd, term);
                }
            }
        }
        return null;
    }

    /** The longest placeholder label a redaction writes ("[GENETIK/BIOMETRI 12]"). */
    private static final int LONGEST_PLACEHOLDER = 40;

    /**
     * "[HÄLSA 1]", "[SOCIALA FÖRHÅLLANDEN 2]": the label of a placeholder a redaction left, in
     * capitals inside brackets, is no term about anyone.
     */
    private static boolean isPlaceholder(String text, int start) {
        int open = start - 1;
        while (open >= 0 && start - open <= LONGEST_PLACEHOLDER && isLabelChar(text.charAt(open))) open--;
        if (open < 0 || text.charAt(open) != '[') {
            return false;
        }
        for (int i = start; i < text.length() && i - open <= LONGEST_PLACEHOLDER; i++) {
            char c = text.charAt(i);
            if (c == ']') return true;
            if (!isLabelChar(c)) return false;
        }
        return false;
    }

    private static boolean isLabelChar(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == ' ' || c == '/' || c == '-';
    }

    /** How far an e-mail address or a link may reach on either side of a term inside it. */
    private static final int LONGEST_ADDRESS_PART = 64;

    /**
     * "hemtjanst.norr@hedemora.se", "…/sites/hemtjansten/…": a term inside an e-mail address or a
     * link names a mailbox or a page, not a person's circumstances.
     */
    private static boolean insideAddress(String text, int start, int end) {
        int from = start;
        while (from > 0 && start - from < LONGEST_ADDRESS_PART && !Character.isWhitespace(text.charAt(from - 1))) from--;
        int to = end;
        while (to < text.length() && to - end < LONGEST_ADDRESS_PART && !Character.isWhitespace(text.charAt(to))) to++;
        if (to - from == end - start) {
            return false; // the term is the whole run: the common case, decided without a copy
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '@') return true;
            if (c == '/' && i > from && (text.charAt(i - 1) == ':' || isDomainEnd(text, from, i))) return true;
        }
        return text.regionMatches(true, from, "www.", 0, 4);
    }

    /** The run ends in ".se" or ".com" right before the '/' at {@code slash}: a link's path follows. */
    private static boolean isDomainEnd(String text, int from, int slash) {
        return (slash - from >= 3 && text.regionMatches(true, slash - 3, ".se", 0, 3))
                || (slash - from >= 4 && text.regionMatches(true, slash - 4, ".com", 0, 4));
    }

    /** The stemmer strips everything after the term: the rest is an inflection it knows. */
    private static boolean stemmedAway(String text, int wordStart, int wordEnd, int end, SwedishLightStemmer stemmer) {
        int from = Math.max(wordStart, lastWordStart(text, wordStart, end));
        char[] word = Lexicon.lowerCase(text.subSequence(from, wordEnd)).toCharArray();
        int stemmed = stemmer.stem(word, word.length);
        return from + stemmed <= end;
    }

    /** Where the last word of {@code [from, to)} starts (a phrase's last word, or a compound). */
    private static int lastWordStart(String text, int from, int to) {
        int i = to;
        while (i > from && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int compoundHead(String text, int start) {
        int n = 0;
        while (start - n > 0 && Character.isLetter(text.charAt(start - n - 1)) && n < 64) {
            n++;
        }
        return n;
    }

    private static boolean sameLetters(String text, int start, int end, String cased) {
        int j = 0;
        for (int i = start; i < end && j < cased.length(); i++, j++) {
            char want = cased.charAt(j);
            char got = text.charAt(i);
            if (want == ' ') {
                while (i + 1 < end && Character.isWhitespace(text.charAt(i + 1))) i++;
                continue;
            }
            if (want != got) return false;
        }
        return true;
    }

    /** One sweep by start: a hit is trapped when a trap that starts no later ends no earlier. */
    private static List<Match> withoutTrapped(List<Match> hits, List<Match> traps) {
        if (traps.isEmpty()) {
            return hits;
        }
        List<Match> sortedHits = new ArrayList<>(hits);
        sortedHits.sort(Comparator.comparingInt(Match::start));
        List<Match> sortedTraps = new ArrayList<>(traps);
        sortedTraps.sort(Comparator.comparingInt(Match::start));
        List<Match> out = new ArrayList<>(hits.size());
        int next = 0;
        int trapEnd = -1;
        for (Match h : sortedHits) {
            while (next < sortedTraps.size() && sortedTraps.get(next).start() <= h.start()) {
                trapEnd = Math.max(trapEnd, sortedTraps.get(next++).end());
            }
            if (trapEnd < h.end()) {
                out.add(h);
            }
        }
        return out;
    }

    /** Keeps the longest of nested hits; hits are few per sentence, and sorting keeps this n log n. */
    private static List<Match> withoutCovered(List<Match> hits) {
        List<Match> sorted = new ArrayList<>(hits);
        sorted.sort(Comparator.comparingInt(Match::start).thenComparing(Comparator.comparingInt(Match::end).reversed()));
        List<Match> out = new ArrayList<>(sorted.size());
        int coveredTo = -1;
        for (Match m : sorted) {
            if (m.end() <= coveredTo) {
                continue;
            }
            out.add(m);
            coveredTo = Math.max(coveredTo, m.end());
        }
        return out;
    }
}
