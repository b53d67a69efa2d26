package se.precheck.detect.sensitive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ahocorasick.trie.PayloadTrie;
import org.apache.lucene.analysis.sv.SwedishLightStemmer;
import se.precheck.detect.sensitive.Lexicon.Strength;
import se.precheck.detect.sensitive.Lexicon.Term;

/**
 * Finds the terms of a {@link Lexicon} in one Aho-Corasick pass over a lower-cased view of the
 * text in which every run of white space is one space (so phrases match across line breaks).
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
    /** Letters a compound needs before the term ("alkohol|missbruk"), so "x-cancer" style noise does not count. */
    private static final int SHORTEST_COMPOUND_HEAD = 3;

    private final PayloadTrie<List<Term>> trie;

    public LexiconMatcher(Lexicon lexicon) {
        Map<String, List<Term>> byKey = new HashMap<>();
        for (Term t : lexicon.terms()) {
            byKey.computeIfAbsent(t.text(), k -> new ArrayList<>()).add(t);
        }
        PayloadTrie.PayloadTrieBuilder<List<Term>> builder = PayloadTrie.builder();
        byKey.forEach((key, terms) -> builder.addKeyword(key, List.copyOf(terms)));
        this.trie = builder.build();
    }

    public List<Match> find(String text) {
        View view = View.of(text);
        List<Match> hits = new ArrayList<>();
        List<Match> traps = new ArrayList<>();
        SwedishLightStemmer stemmer = new SwedishLightStemmer();
        trie.parseText(view.chars, emit -> {
            int start = view.pos[emit.getStart()];
            int end = view.pos[emit.getEnd()] + 1;
            for (Term term : emit.getPayload()) {
                Match m = accept(text, start, end, term, stemmer);
                if (m != null) {
                    (term.strength() == Strength.TRAP ? traps : hits).add(m);
                }
            }
            return true;
        });
        return withoutCovered(withoutTrapped(hits, traps));
    }

    /**
     * The hit widened to its whole word ("alkohol|missbruk|et"), or null when the term does not
     * start a word (or end a compound) or what follows it in the word is not an inflection.
     */
    private static Match accept(String text, int start, int end, Term term, SwedishLightStemmer stemmer) {
        if (term.cased() != null && !sameLetters(text, start, end, term.cased())) {
            return null;
        }
        int head = compoundHead(text, start);
        boolean wordStart = start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1));
        if (!wordStart && !(term.mayEndCompound() && head >= SHORTEST_COMPOUND_HEAD)) {
            return null;
        }
        if (end < text.length() && Character.isDigit(text.charAt(end))) {
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
            return null;
        }
        String tail = Lexicon.lowerCase(text.subSequence(end, wordEnd));
        if (term.exact()) {
            return tail.equals("s") ? whole : null;
        }
        return INFLECTIONS.contains(tail) || stemmedAway(text, start - head, wordEnd, end, stemmer) ? whole : null;
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

    /** The lower-cased text with white-space runs folded to one space, and where each character came from. */
    private record View(String chars, int[] pos) {
        static View of(String text) {
            StringBuilder b = new StringBuilder(text.length());
            int[] pos = new int[text.length()];
            boolean space = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c)) {
                    if (space) continue;
                    space = true;
                    c = ' ';
                } else {
                    space = false;
                }
                pos[b.length()] = i;
                b.append(Character.toLowerCase(c));
            }
            return new View(b.toString(), pos);
        }
    }
}
