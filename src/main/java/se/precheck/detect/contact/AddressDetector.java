package se.precheck.detect.contact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import se.precheck.detect.ContextWords;
import se.precheck.detect.Detector;
import se.precheck.detect.Finding;
import se.precheck.detect.NormalizedText;
import se.precheck.detect.identity.AnchoredMatcher;
import se.precheck.detect.identity.DigitRuns;
import se.precheck.policy.Category;
import se.precheck.policy.Policy;

/**
 * Street addresses: a street name (a word with a street ending from the lexicon, or a name followed
 * by "väg", "gata", …) and a house number, with what follows when it is there (entrance letter,
 * "lgh 1102", postal code and town) and "c/o …" before it; and "Box 123" with a postal code. A
 * street without a number ("vid Storgatan") is a place, not an address, and a postal code alone
 * identifies no one.
 */
public final class AddressDetector implements Detector {

    private static final Set<String> STRONG_SUFFIXES = suffixes(false);
    private static final Set<String> WEAK_SUFFIXES = suffixes(true);
    private static final Set<String> EXCLUDED = Lexicon.load("street-excluded.txt");
    private static final ContextWords CONTEXT = new ContextWords(Lexicon.load("address-context.txt"));
    private static final ContextWords HOME_CONTEXT = new ContextWords(Lexicon.load("address-home-context.txt"));
    private static final ContextWords PUBLIC_CONTEXT = new ContextWords(Lexicon.load("address-public-context.txt"));
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");

    private static final String NUMBER = "(?<number>\\d{1,4}(?:\\s?-\\s?\\d{1,4})?(?:\\s?[A-Ha-h](?![\\p{L}\\p{N}]))?)(?![\\p{N}]|[.,:/]\\d|\\s?%)";
    private static final String FLAT = "(?:,?\\s{1,2}\\d{1,2}\\s?(?:tr|trappor|trappa|vån|våning|våningen)\\.?(?![\\p{L}]))?"
            + "(?:,?\\s{1,2}(?:lgh|lägenhet|lägenhetsnummer|lgh\\.?\\s?nr)\\.?:?\\s?\\d{3,5}(?![\\p{N}]))?";
    // Postal code (first digit never 0, "SE-" sometimes before) and town, on the same or the next line.
    private static final String POSTAL_TOWN = ",?\\s{1,3}(?:SE-?\\s?)?[1-9]\\d{2}\\s?\\d{2}\\s{1,2}\\p{Lu}[\\p{L}-]{1,30}+";
    private static final String POSTAL = "(?<postal>" + POSTAL_TOWN + ")?";
    // The same with "lgh NNNN" required (the floor stays optional).
    private static final String FLAT_REQUIRED = FLAT.substring(0, FLAT.length() - 1);
    private static final String DIRECTION = "(?:(?:Norra|Södra|Östra|Västra|Stora|Lilla|Gamla|Nya|Övre|Nedre)\\s)?";

    // A compound street name: "Storgatan", "Källvägen"; the ending is checked against the lexicon.
    private static final Pattern COMPOUND = Pattern.compile(
            "(?=\\p{L})(?<![\\p{L}\\p{N}])(?<street>" + DIRECTION + "(?<word>\\p{L}\\p{L}{2,40}+))\\s{1,2}" + NUMBER + FLAT + POSTAL);
    // A name followed by a separate street word: "Drottning Kristinas väg 5", "Gustav Adolfs torg 2".
    private static final Set<String> STREET_WORDS = Lexicon.load("street-words.txt");
    private static final Pattern SEPARATE = Pattern.compile(
            "(?=\\p{Lu})(?<![\\p{L}\\p{N}])(?<street>(?:\\p{Lu}\\p{L}{1,20}+ ){0,2}\\p{Lu}\\p{L}{1,30}+ (?<word>"
                    + alternation(STREET_WORDS) + "))\\s{1,2}" + NUMBER + FLAT + POSTAL);
    // Any capitalised name with a number is an address when a postal code and town or a flat number
    // follow: "Östra Hagen 5, 776 35 Hedemora".
    private static final Pattern NAMED = Pattern.compile(
            "(?=\\p{Lu})(?<![\\p{L}\\p{N}])(?<street>(?:\\p{Lu}\\p{L}{1,20}+ ){0,2}\\p{Lu}\\p{L}{1,30}+)\\s{1,2}" + NUMBER
                    + "(?:" + FLAT + POSTAL_TOWN + "|" + FLAT_REQUIRED + ")");
    // An abbreviated street: "Björkv. 17", "Storg. 5 B", "Kyrkog. 3" (…vägen, …gatan); the ending is checked in code.
    private static final Pattern ABBREVIATED = Pattern.compile(
            "(?=\\p{Lu})(?<![\\p{L}\\p{N}])(?<street>(?<word>\\p{Lu}\\p{L}{3,30}+)\\.)\\s{1,2}" + NUMBER + FLAT + POSTAL);
    /** The abbreviations of "vägen" and "gatan" after a street's first part: "Björkv.", "Storg.", "Ringvg.", "Kyrkgt.". */
    private static final List<String> ABBREVIATED_ENDINGS = List.of("v", "g", "vg", "gt");
    private static final Pattern BOX = Pattern.compile(
            "(?=[BP])(?<![\\p{L}\\p{N}])(?:Box|BOX|Postbox|Pl)\\s\\d{1,5}(?<postal>" + POSTAL_TOWN + ")");
    private static final Pattern CARE_OF = Pattern.compile(
            "(?=[cC])(?i:c/o)\\s{1,2}\\p{Lu}[\\p{L}-]{1,30}+(?:\\s\\p{Lu}[\\p{L}-]{1,30}+){0,2}(?=\\s{0,2}[,\\n]|\\s*$)");

    /** A street is at most a direction and three names before its number ("Norra Drottning Kristinas väg"). */
    private static final int MAX_STREET_WORDS = 4;
    /** Longer than any word the street patterns accept (41 letters). */
    private static final int MAX_WORD = 48;
    /**
     * Longer than any gap NAMED allows between the house number and the digits that must follow
     * it: an entrance letter, ", 2 tr", ", lägenhetsnummer: " or ", SE- " (at most 26 characters).
     */
    private static final int NEXT_DIGITS_REACH = 40;
    /** The longest separate street word ("torget"). */
    private static final int MAX_STREET_WORD = STREET_WORDS.stream().mapToInt(String::length).max().orElse(0);

    @Override
    public List<Finding> detect(NormalizedText normalized, Policy policy) {
        String s = normalized.text();
        DigitRuns runs = DigitRuns.of(normalized);
        StreetStarts starts = streetStarts(s, runs);
        List<Finding> out = new ArrayList<>();
        streets(s, new AnchoredMatcher(COMPOUND, s, starts.compound()), true, out);
        streets(s, new AnchoredMatcher(SEPARATE, s, starts.separate()), false, out);
        abbreviated(s, new AnchoredMatcher(ABBREVIATED, s, starts.abbreviated()), out);
        AnchoredMatcher namedMatches = new AnchoredMatcher(NAMED, s, starts.named());
        Matcher named = namedMatches.match();
        while (namedMatches.find()) {
            if (!EXCLUDED.contains(named.group("street").toLowerCase(Locale.ROOT)) && !publicPremises(s, named.start(), named.end())) {
                out.add(new Finding(Category.ADDRESS, named.start(), named.end(), 0.9, "R4-adress", "name-number;postal-code-or-flat"));
            }
        }
        AnchoredMatcher boxes = new AnchoredMatcher(BOX, s, starts.box());
        Matcher box = boxes.match();
        while (boxes.find()) {
            if (publicPremises(s, box.start(), box.end())) {
                continue;
            }
            out.add(new Finding(Category.ADDRESS, box.start(), box.end(), 0.85, "R4-adress", "box;postal-code"));
        }
        careOf(s, out);
        return merge(out);
    }

    /** Where each pattern can begin. */
    private record StreetStarts(int[] compound, int[] separate, int[] named, int[] box, int[] abbreviated) {
    }

    /**
     * Where a street can begin, found from the numbers that follow a word and one or two spaces:
     * the word itself or a direction before it when the word has a street ending ("Storgatan 5",
     * "Norra Storgatan 5"); up to three names before a street word ("Drottning Kristinas väg 5");
     * up to three capitalised names for a street known by its postal code; "Box" before a number.
     * The patterns are tried only there instead of at every word of the text, and a word without
     * a street ending is dropped here as {@link #streets} would drop it.
     */
    private static StreetStarts streetStarts(String s, DigitRuns runs) {
        IntStream.Builder compound = IntStream.builder();
        IntStream.Builder separate = IntStream.builder();
        IntStream.Builder named = IntStream.builder();
        IntStream.Builder box = IntStream.builder();
        IntStream.Builder abbreviated = IntStream.builder();
        int[] words = new int[MAX_STREET_WORDS];
        for (int k = 0; k < runs.size(); k++) {
            int space = runs.start(k) - 1;
            if (space < 0 || !isSpace(s.charAt(space))) {
                continue;
            }
            int boxAt = boxStart(s, space);
            if (boxAt >= 0) {
                box.add(boxAt);
            }
            int wordEnd = space > 0 && isSpace(s.charAt(space - 1)) ? space - 1 : space;
            if (wordEnd > 1 && s.charAt(wordEnd - 1) == '.' && wordsBefore(s, wordEnd - 1, words, 1) == 1 && capital(s, words[0])) {
                abbreviated.add(words[0]);
                continue;
            }
            if (wordsBefore(s, wordEnd, words, 1) == 0) {
                continue;
            }
            boolean compoundWord = false;
            if (mayHaveStreetEnding(s.charAt(wordEnd - 1))) {
                String lower = s.substring(words[0], wordEnd).toLowerCase(Locale.ROOT);
                compoundWord = !EXCLUDED.contains(lower) && ending(lower) != null;
            }
            boolean streetWord = wordEnd - words[0] <= MAX_STREET_WORD && STREET_WORDS.contains(s.substring(words[0], wordEnd));
            // A name is a street only with a postal code, a floor or a flat number after its
            // number: all digits, and never further than this from the house number.
            boolean nextRunNear = k + 1 < runs.size() && runs.start(k + 1) - runs.end(k) <= NEXT_DIGITS_REACH;
            // Read only as many words back as some pattern can use.
            int needed = streetWord ? MAX_STREET_WORDS : nextRunNear ? 3 : compoundWord ? 2 : 1;
            int count = needed == 1 ? 1 : wordsBefore(s, wordEnd, words, needed);
            if (compoundWord) {
                compound.add(words[0]);
                if (count > 1) {
                    compound.add(words[1]);
                }
            }
            for (int w = 0; w < count; w++) {
                // Both patterns begin with a capital letter ("(?=\\p{Lu})").
                if (!capital(s, words[w])) {
                    continue;
                }
                if (w >= 1 && streetWord) {
                    separate.add(words[w]);
                }
                if (w <= 2 && nextRunNear) {
                    named.add(words[w]);
                }
            }
        }
        return new StreetStarts(compound.build().toArray(), separate.build().toArray(), named.build().toArray(),
                box.build().toArray(), abbreviated.build().toArray());
    }

    /**
     * The starts of the words (letter runs, one space apart) before {@code end}, last word first,
     * at most {@code max}; returns how many.
     */
    private static int wordsBefore(String s, int end, int[] starts, int max) {
        int count = 0;
        while (count < max && end > 0 && Character.isLetter(s.codePointBefore(end))) {
            int start = end;
            while (start > 0 && end - start < MAX_WORD && Character.isLetter(s.codePointBefore(start))) {
                start -= Character.charCount(s.codePointBefore(start));
            }
            starts[count++] = start;
            if (start == 0 || !isSpace(s.charAt(start - 1))) {
                break;
            }
            end = start - 1;
        }
        return count;
    }

    /** Where "Box", "BOX", "Postbox" or "Pl" ends right before the space at {@code space}, or -1. */
    private static int boxStart(String s, int space) {
        if (s.startsWith("Box", space - 3) || s.startsWith("BOX", space - 3)) {
            return space - 3;
        }
        if (s.startsWith("Pl", space - 2)) {
            return space - 2;
        }
        return s.startsWith("Postbox", space - 7) ? space - 7 : -1;
    }

    /** {@code \s} in a pattern. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static void streets(String s, AnchoredMatcher matches, boolean compound, List<Finding> out) {
        Matcher m = matches.match();
        int from = 0;
        while (from < s.length() && matches.find(from)) {
            from = m.end("word");
            String word = m.group("word");
            String lower = word.toLowerCase(Locale.ROOT);
            if (EXCLUDED.contains(lower)) {
                continue;
            }
            String strength = compound ? ending(lower) : "strong";
            if (strength == null) {
                continue;
            }
            boolean postal = m.group("postal") != null;
            if (!postal && unitFollows(s, m.end("number"))) {
                continue; // "längs Brogatan 6 mnkr", "Storgatan 3 km", "Storgatan 12 maj": an amount, a length or a date
            }
            if (!postal && YEAR.matcher(m.group("number")).matches()) {
                continue; // "ombyggnaden av Storgatan 2025": a year, not a house number
            }
            boolean capital = Character.isUpperCase(m.group("street").charAt(0));
            if (publicPremises(s, m.start(), m.end())) {
                continue; // the municipality's own offices and other public premises are no one's home
            }
            boolean context = postal || CONTEXT.near(s, m.start(), m.end());
            if (strength.equals("weak") && !context) {
                continue;
            }
            double confidence = postal ? 0.95 : !capital ? (context ? 0.8 : 0.6) : context ? 0.9 : 0.85;
            String evidence = "street-" + (compound ? "compound" : "separate") + ";number"
                    + (postal ? ";postal-code" : "") + (context ? ";context" : "");
            out.add(new Finding(Category.ADDRESS, m.start(), m.end(), confidence, "R4-adress", evidence));
            from = m.end();
        }
    }

    /**
     * "Björkv. 17, 776 33 Hedemora", "bor på Storg. 5": an abbreviated street name counts with a
     * postal code after it or an address word near, since "Prov. 3" or "Avd. 2" have the same shape.
     */
    private static void abbreviated(String s, AnchoredMatcher matches, List<Finding> out) {
        Matcher m = matches.match();
        while (matches.find()) {
            String word = m.group("word").toLowerCase(Locale.ROOT);
            boolean streetEnding = ABBREVIATED_ENDINGS.stream().anyMatch(e -> word.endsWith(e) && word.length() - e.length() >= 3);
            if (!streetEnding || publicPremises(s, m.start(), m.end())) {
                continue;
            }
            boolean postal = m.group("postal") != null;
            if (!postal && (unitFollows(s, m.end("number")) || YEAR.matcher(m.group("number")).matches()
                    || !CONTEXT.near(s, m.start(), m.end()))) {
                continue;
            }
            out.add(new Finding(Category.ADDRESS, m.start(), m.end(), postal ? 0.9 : 0.8, "R4-adress",
                    "street-abbreviated;number" + (postal ? ";postal-code" : ";context")));
        }
    }

    /** An office or venue word near and no word about where a person lives. */
    private static boolean publicPremises(String s, int start, int end) {
        return PUBLIC_CONTEXT.near(s, start, end) && !HOME_CONTEXT.near(s, start, end);
    }

    /** Units and amounts that, right after the number, make it something other than a house number. */
    private static final Set<String> UNITS = Lexicon.load("address-units.txt");
    /** "Marknad på Storgatan 12 maj": a month after the number makes it a date. */
    private static final Set<String> MONTHS = Lexicon.load("months.txt").stream()
            .map(line -> line.split("\\s+")[0]).collect(Collectors.toUnmodifiableSet());
    private static final Pattern NEXT_WORD = Pattern.compile("\\s{1,2}+([\\p{L}%:.\\-]{1,12}+)");

    private static boolean unitFollows(String s, int at) {
        Matcher w = NEXT_WORD.matcher(s);
        w.region(at, s.length());
        // lookingAt, not find: find would try every later position of the text before failing.
        if (!w.lookingAt()) {
            return false;
        }
        String word = w.group(1).toLowerCase(Locale.ROOT).replaceAll("[.,:]+$", "");
        return UNITS.contains(word) || MONTHS.contains(word) || UNITS.contains(w.group(1).toLowerCase(Locale.ROOT));
    }

    /** "strong" or "weak" when the word ends in a street ending, else null. */
    private static String ending(String lower) {
        if (lower.isEmpty()) {
            return null;
        }
        char last = lower.charAt(lower.length() - 1);
        for (String suffix : withLast(STRONG_BY_LAST, last)) {
            // A long ending is a street name by itself: "Esplanaden", "Promenaden".
            if (lower.endsWith(suffix) && (lower.length() > suffix.length() || suffix.length() >= 7)) {
                return "strong";
            }
        }
        for (String suffix : withLast(WEAK_BY_LAST, last)) {
            if (lower.endsWith(suffix) && lower.length() > suffix.length()) {
                return "weak";
            }
        }
        return null;
    }

    /**
     * The street endings by their last letter, so that a word is compared only with the endings it
     * could have. Every ending ends in a Latin-1 letter.
     */
    private static final String[] NONE = new String[0];
    private static final String[][] STRONG_BY_LAST = byLastChar(STRONG_SUFFIXES);
    private static final String[][] WEAK_BY_LAST = byLastChar(WEAK_SUFFIXES);

    private static String[][] byLastChar(Set<String> suffixes) {
        String[][] table = new String[256][];
        for (String suffix : suffixes) {
            char last = suffix.charAt(suffix.length() - 1);
            if (last >= 256) {
                throw new IllegalStateException("street ending outside Latin-1: " + suffix);
            }
            String[] old = table[last] == null ? NONE : table[last];
            String[] grown = java.util.Arrays.copyOf(old, old.length + 1);
            grown[old.length] = suffix;
            table[last] = grown;
        }
        return table;
    }

    private static String[] withLast(String[][] table, char last) {
        return last < 256 && table[last] != null ? table[last] : NONE;
    }

    /**
     * False when a word ending in {@code c} cannot have a street ending: a cheap test before the
     * word is copied and lower-cased. Beyond Latin-1 it answers true and leaves it to {@link #ending}.
     */
    private static boolean mayHaveStreetEnding(char c) {
        if (c >= 256) {
            return true;
        }
        char lower = Character.toLowerCase(c);
        return STRONG_BY_LAST[lower] != null || WEAK_BY_LAST[lower] != null;
    }

    /** {@code \\p{Lu}} at {@code at}. */
    private static boolean capital(String s, int at) {
        return Character.getType(s.codePointAt(at)) == Character.UPPERCASE_LETTER;
    }

    /** "c/o Andersson" extends the street that follows it, or stands alone as an address line. */
    private static void careOf(String s, List<Finding> out) {
        AnchoredMatcher matches = new AnchoredMatcher(CARE_OF, s, careOfStarts(s));
        Matcher m = matches.match();
        while (matches.find()) {
            out.add(new Finding(Category.ADDRESS, m.start(), m.end(), 0.8, "R4-adress", "care-of"));
        }
    }

    private static int[] careOfStarts(String s) {
        IntStream.Builder at = IntStream.builder();
        for (int slash = s.indexOf('/'); slash >= 0; slash = s.indexOf('/', slash + 1)) {
            if (slash > 0 && (s.charAt(slash - 1) == 'c' || s.charAt(slash - 1) == 'C')) {
                at.add(slash - 1);
            }
        }
        return at.build().toArray();
    }

    /** Joins findings that overlap or touch across ", " into one address (c/o line + street + postal code). */
    private static List<Finding> merge(List<Finding> found) {
        List<Finding> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt(Finding::start).thenComparing(Comparator.comparingInt(Finding::end).reversed()));
        List<Finding> out = new ArrayList<>();
        for (Finding f : sorted) {
            if (!out.isEmpty()) {
                Finding last = out.get(out.size() - 1);
                boolean careOfLine = last.evidence().startsWith("care-of") && f.start() <= last.end() + 3;
                if (f.start() < last.end() || careOfLine) {
                    if (f.end() > last.end()) {
                        out.set(out.size() - 1, new Finding(Category.ADDRESS, last.start(), f.end(),
                                Math.max(last.confidence(), f.confidence()), "R4-adress", last.evidence() + "+" + f.evidence()));
                    }
                    continue;
                }
            }
            out.add(f);
        }
        return out;
    }

    private static Set<String> suffixes(boolean weak) {
        return Lexicon.load("street-suffixes.txt").stream()
                .filter(line -> line.endsWith(" weak") == weak)
                .map(line -> line.split("\\s+")[0])
                .collect(Collectors.toUnmodifiableSet());
    }

    private static String alternation(Set<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
    }
}
