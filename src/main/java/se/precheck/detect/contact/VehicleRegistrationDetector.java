package se.precheck.detect.contact;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * Swedish registration numbers: three letters and three digits ({@code ABC 123}), or since 2019
 * two digits and a letter ({@code ABC 12A}). Only the letters Transportstyrelsen uses (no Å, Ä, Ö,
 * Q, I, V; no O last). Capitals before a number are often abbreviations ("SFS 2018", "LSS 9"), so
 * excluded words are data and anything weaker than "ABC 123" in capitals needs a vehicle word
 * nearby.
 */
public final class VehicleRegistrationDetector implements Detector {

    private static final String RULE = "R4-regnummer";
    private static final Set<String> EXCLUDED = Lexicon.load("vehicle-excluded.txt");
    private static final ContextWords CONTEXT = new ContextWords(Lexicon.load("vehicle-context.txt"));
    private static final ContextWords LABELS = new ContextWords(Lexicon.load("vehicle-labels.txt"));
    private static final ContextWords OTHER_LABELS = new ContextWords(Lexicon.load("vehicle-other-labels.txt"));

    // A plate is not the start of a longer number ("TEL 070 174 06 28") nor a reference ("ABC 123:4").
    private static final Pattern PLATE = Pattern.compile(
            "(?=\\p{L})(?<![\\p{L}\\p{N}/.-])(?<letters>[A-HJ-PR-UW-Z]{3})(?<sep>[ -]?)(?<digits>\\d{2}[0-9A-HJ-NPR-UW-Z])(?![\\p{L}\\p{N}]|[:/.,-]\\d|\\s\\d)",
            Pattern.CASE_INSENSITIVE);

    @Override
    public List<Finding> detect(NormalizedText normalized, Policy policy) {
        String s = normalized.text();
        List<Finding> out = new ArrayList<>();
        AnchoredMatcher plates = new AnchoredMatcher(PLATE, s, plateStarts(DigitRuns.of(normalized)));
        Matcher m = plates.match();
        while (plates.find()) {
            String letters = m.group("letters");
            String tail = m.group("digits");
            boolean capitals = letters.equals(letters.toUpperCase(Locale.ROOT)) && tail.equals(tail.toUpperCase(Locale.ROOT));
            boolean label = LABELS.near(s, m.start(), m.end(), 25, 0);
            boolean context = label || CONTEXT.near(s, m.start(), m.end(), 50, 30);
            if (EXCLUDED.contains(letters.toLowerCase(Locale.ROOT)) && !label) {
                continue;
            }
            if (!label && OTHER_LABELS.near(s, m.start(), m.end(), 25, 0)) {
                continue; // "artikelnummer HDM 204", "kurskod ENG 123": another kind of code
            }
            boolean strongFormat = capitals && m.group("sep").equals(" ") && Character.isDigit(tail.charAt(2));
            double confidence;
            if (context) {
                confidence = capitals ? 0.9 : 0.75;
            } else if (strongFormat) {
                confidence = 0.75;
            } else if (capitals && !m.group("sep").equals("-")) {
                confidence = Character.isDigit(tail.charAt(2)) ? 0.6 : 0.55;
            } else {
                continue;
            }
            out.add(new Finding(Category.VEHICLE_REGISTRATION, m.start(), m.end(), confidence, RULE,
                    (Character.isDigit(tail.charAt(2)) ? "plate-3-letters-3-digits" : "plate-3-letters-2-digits-letter")
                            + (label ? ";label" : context ? ";context" : "")));
        }
        return out;
    }

    /**
     * Three ASCII letters, and a space or dash or nothing, before a run of two or three digits (a
     * longer run is no plate: the pattern forbids a digit after the third character).
     */
    private static int[] plateStarts(DigitRuns runs) {
        String s = runs.text();
        IntStream.Builder at = IntStream.builder();
        for (int k = 0; k < runs.size(); k++) {
            int digits = runs.start(k);
            if (runs.length(k) > 3 || runs.length(k) < 2) {
                continue;
            }
            for (int start : new int[] {digits - 4, digits - 3}) {
                if (start >= 0 && asciiLetter(s.charAt(start)) && asciiLetter(s.charAt(start + 1)) && asciiLetter(s.charAt(start + 2))) {
                    at.add(start);
                }
            }
        }
        return at.build().toArray();
    }

    private static boolean asciiLetter(char c) {
        char lower = (char) (c | 0x20);
        return lower >= 'a' && lower <= 'z';
    }
}
