package se.precheck.detect.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import se.precheck.detect.Checksums;
import se.precheck.detect.Detector;
import se.precheck.detect.Finding;
import se.precheck.detect.NormalizedText;
import se.precheck.policy.Category;
import se.precheck.policy.Policy;

/**
 * Personnummer and samordningsnummer in every written form: 12 or 10 digits, with "-", "+", a
 * space or nothing before the last four, also with the date written in groups ("1985-03-14-1234",
 * "19 850314-1234", "85 03 14 - 1234"). A finding needs a possible date (month 01–12, a day of
 * that month, or day + 60 for samordningsnummer) and a valid Luhn check digit; without them only a
 * nearby context word makes it a probable, mistyped number ({@code R4-personnummer-osakert}).
 *
 * <p>Forms that are easy to confuse are held back: month 20 or more is an organisationsnummer,
 * a bare 10-digit number starting with 0 next to "tel"/"mobil" is a phone number, and a number
 * joined by a dash or a dot to more digits is part of a longer code. Spaced forms (date in groups,
 * or a space before the last four) need to stand alone; dates in groups followed by a space need a
 * context word.
 */
public final class PersonnummerDetector implements Detector {

    private static final ContextLexicon PNR_CONTEXT = ContextLexicon.load("personnummer-context.txt");
    private static final ContextLexicon PHONE_CONTEXT = ContextLexicon.load("phone-context.txt");
    private static final ContextLexicon AMOUNT_AFTER = ContextLexicon.load("amount-after.txt");

    /** Mobile prefixes (PTS): a bare 07x number of ten digits is more often a phone than a person. */
    private static final Set<String> MOBILE_PREFIXES = Set.of("070", "072", "073", "076", "079");

    private static final String NORDEA_PERSONKONTO_CLEARING = "3300";

    static final int CONTEXT_BEFORE = 40;
    static final int CONTEXT_AFTER = 20;
    private static final int PHONE_CONTEXT_BEFORE = 30;
    /** How close a label must stand to name the number right after it. */
    private static final int LABEL_BEFORE = 15;

    static final double UNCERTAIN_CONFIDENCE = 0.6;
    private static final double MOBILE_LOOKING_CONFIDENCE = 0.6;

    enum Shape {
        /** ÅÅÅÅMMDD-NNNN, ÅÅÅÅMMDD+NNNN, ÅÅÅÅMMDD NNNN */
        SPLIT_12(0.97),
        /** ÅÅMMDD-NNNN, ÅÅMMDD+NNNN, ÅÅMMDD NNNN */
        SPLIT_10(0.93),
        /** ÅÅÅÅMMDDNNNN */
        BARE_12(0.92),
        /** ÅÅMMDDNNNN */
        BARE_10(0.8),
        /** date in groups: 1985-03-14-1234, 19 850314-1234, 85.03.14-1234 */
        GROUPED_12(0.88),
        GROUPED_10(0.85);

        final double confidence;

        Shape(double confidence) {
            this.confidence = confidence;
        }

        boolean grouped() {
            return this == GROUPED_12 || this == GROUPED_10;
        }

        boolean bare() {
            return this == BARE_12 || this == BARE_10;
        }
    }

    /**
     * A chain piece with the shape of an identity number.
     *
     * @param tenDigits the 10-digit form ÅÅMMDDNNNC
     * @param century   the first two digits of a 12-digit form, or -1
     * @param sign      what stands before the last four digits: '-', '+', ' ', '.', '/', or 0 for none
     */
    record Candidate(int firstRun, int lastRun, Shape shape, String tenDigits, int century, char sign) {

        /** Written the way people write personnummer: nothing, "-" or "+" before the last four. */
        boolean strong() {
            return shape.bare() || sign == '-' || sign == '+';
        }
    }

    @Override
    public List<Finding> detect(NormalizedText text, Policy policy) {
        List<Finding> out = new ArrayList<>();
        DigitChains.scan(DigitRuns.of(text), chain -> scanChain(chain, policy, out));
        return out;
    }

    private static void scanChain(DigitChains.Chain chain, Policy policy, List<Finding> out) {
        int k = 0;
        while (k < chain.size()) {
            Candidate c = candidateAt(chain, k);
            Finding f = c == null ? null : judge(chain, c, policy);
            if (f != null) {
                out.add(f);
                k = c.lastRun() + 1;
            } else {
                k++;
            }
        }
    }

    /** The identity-number shape that starts at run {@code k}, if any, without judging its digits. */
    static Candidate candidateAt(DigitChains.Chain chain, int k) {
        Candidate grouped = groupedAt(chain, k);
        if (grouped != null) {
            return grouped;
        }
        int len = chain.length(k);
        String text = chain.text();
        boolean fourFollows = k + 1 < chain.size() && chain.length(k + 1) == 4;
        if ((len == 8 || len == 6) && fourFollows) {
            String digits = text.substring(chain.start(k), chain.end(k)) + text.substring(chain.start(k + 1), chain.end(k + 1));
            return withCentury(k, k + 1, len == 8 ? Shape.SPLIT_12 : Shape.SPLIT_10, digits, chain.sign(k));
        }
        if (len == 12 || len == 10) {
            String digits = text.substring(chain.start(k), chain.end(k));
            return withCentury(k, k, len == 12 ? Shape.BARE_12 : Shape.BARE_10, digits, (char) 0);
        }
        return null;
    }

    /** The date in two to four groups of 2, 4 or 6 digits, the same joint between them, then four digits. */
    private static Candidate groupedAt(DigitChains.Chain chain, int k) {
        String text = chain.text();
        StringBuilder date = new StringBuilder(8);
        String joint = null;
        for (int p = k; p < chain.size() && p < k + 4; p++) {
            int len = chain.length(p);
            if (len % 2 != 0 || len > 6 || date.length() + len > 8) {
                return null;
            }
            if (p > k) {
                String j = chain.joint(p - 1);
                if (j.indexOf('+') >= 0 || (joint != null && !joint.equals(j))) {
                    return null;
                }
                joint = j;
            }
            date.append(text, chain.start(p), chain.end(p));
            boolean complete = date.length() == 6 || date.length() == 8;
            if (p > k && complete && p + 1 < chain.size() && chain.length(p + 1) == 4) {
                String digits = date + text.substring(chain.start(p + 1), chain.end(p + 1));
                Shape shape = date.length() == 8 ? Shape.GROUPED_12 : Shape.GROUPED_10;
                return withCentury(k, p + 1, shape, digits, chain.sign(p));
            }
        }
        return null;
    }

    private static Candidate withCentury(int first, int last, Shape shape, String digits, char sign) {
        if (digits.length() == 10) {
            return new Candidate(first, last, shape, digits, -1, sign);
        }
        int century = BirthDate.twoDigits(digits, 0);
        if (century < 18 || century > 20) {
            return null;
        }
        return new Candidate(first, last, shape, digits.substring(2), century, sign);
    }

    private static Finding judge(DigitChains.Chain chain, Candidate c, Policy policy) {
        String s = chain.text();
        int start = chain.start(c.firstRun());
        int end = chain.end(c.lastRun());
        BirthDate.Kind kind = BirthDate.classify(c.tenDigits(), c.century());
        if (kind == BirthDate.Kind.ORGANISATION || !standsApart(chain, c) || policy.switchboardNumbers().contains(c.tenDigits())) {
            return null;
        }
        boolean context = PNR_CONTEXT.near(s, start, end, CONTEXT_BEFORE, CONTEXT_AFTER);
        boolean alone = c.firstRun() == 0 && c.lastRun() == chain.size() - 1;
        if (!c.strong() && (!alone || (c.sign() != ' ' && !context))) {
            return null; // "850314 1234 5678" or "850314.1234": a list of numbers, not an identity number
        }
        if (!context && (letterAt(s, end) || looksLikePhone(s, start, end, c) || AMOUNT_AFTER.inWindow(s, end, Math.min(s.length(), end + 8)))) {
            return null;
        }
        if (context && labelledAsPhone(s, start, c)) {
            return null; // "Personnummer saknas. Mobil: 0701740607": the nearer label wins
        }
        String contextTag = context ? ";context" : "";
        boolean valid = kind != BirthDate.Kind.IMPOSSIBLE && Checksums.luhn(c.tenDigits());
        if (!valid) {
            if (!context || c.shape().grouped()) {
                return null;
            }
            String why = kind == BirthDate.Kind.IMPOSSIBLE ? "date-impossible" : "luhn-fail";
            return new Finding(Category.PERSONNUMMER, start, end, UNCERTAIN_CONFIDENCE, "R4-personnummer-osakert",
                    shapeTag(c) + ";" + why + contextTag);
        }
        double confidence = confidence(s, start, c, kind, context);
        if (confidence < 0) {
            return null;
        }
        boolean samordning = kind == BirthDate.Kind.SAMORDNINGSNUMMER || kind == BirthDate.Kind.SAMORDNINGSNUMMER_UNKNOWN_DATE;
        String evidence = shapeTag(c) + ";luhn;" + (samordning ? "day+60" : "date") + contextTag;
        return samordning
                ? new Finding(Category.SAMORDNINGSNUMMER, start, end, confidence, "R4-samordningsnummer", evidence)
                : new Finding(Category.PERSONNUMMER, start, end, confidence, "R4-personnummer", evidence);
    }

    /** How sure a valid number is, from its shape and surroundings; negative when it should not be reported. */
    private static double confidence(String s, int start, Candidate c, BirthDate.Kind kind, boolean context) {
        double confidence = c.sign() == ' ' ? Math.min(c.shape().confidence, 0.85) : c.shape().confidence;
        if (context) {
            return Math.max(confidence, 0.97);
        }
        if (c.shape().grouped() && c.sign() == ' ') {
            return -1; // "2023-05-12 1030": a date and a time
        }
        if (c.shape() == Shape.BARE_10 && kind == BirthDate.Kind.SAMORDNINGSNUMMER_UNKNOWN_DATE) {
            return -1;
        }
        if (c.shape() == Shape.BARE_10 && MOBILE_PREFIXES.contains(c.tenDigits().substring(0, 3))) {
            // a mobile number passes date and Luhn about one time in twenty; a samordning-like day even more often
            return kind == BirthDate.Kind.PERSONNUMMER ? MOBILE_LOOKING_CONFIDENCE : -1;
        }
        return letterAt(s, start - 1) ? confidence - 0.1 : confidence;
    }

    /**
     * Not glued to more digits: no neighbour run joined by a sign ("2019-850314-1234",
     * "850314-1234.5"), no decimal comma ("8503141234,50"), and only a space-joined neighbour
     * for the forms people actually write.
     */
    private static boolean standsApart(DigitChains.Chain chain, Candidate c) {
        String s = chain.text();
        int start = chain.start(c.firstRun());
        int end = chain.end(c.lastRun());
        if (c.firstRun() > 0 && (chain.sign(c.firstRun() - 1) != ' ' || !c.strong()) && !nordeaPersonkonto(chain, c)) {
            return false;
        }
        if (c.lastRun() + 1 < chain.size() && (chain.sign(c.lastRun()) != ' ' || !c.strong())) {
            return false;
        }
        boolean commaBefore = start >= 2 && s.charAt(start - 1) == ',' && DigitRuns.isDigit(s.charAt(start - 2));
        boolean commaAfter = end + 1 < s.length() && s.charAt(end) == ',' && DigitRuns.isDigit(s.charAt(end + 1));
        return !commaBefore && !commaAfter;
    }

    /** Nordea's personkonto is clearing number 3300 and the owner's personnummer ("3300-900101-2385"). */
    private static boolean nordeaPersonkonto(DigitChains.Chain chain, Candidate c) {
        int left = c.firstRun() - 1;
        return left == 0 && c.tenDigits().length() == 10 && c.century() == -1 && c.strong()
                && chain.text().startsWith(NORDEA_PERSONKONTO_CLEARING, chain.start(left)) && chain.length(left) == 4
                && "- ".indexOf(chain.sign(left)) >= 0;
    }

    /** A bare ten-digit number starting with 0 near "tel", "mobil", "ring": a national phone number. */
    private static boolean looksLikePhone(String s, int start, int end, Candidate c) {
        return c.shape() == Shape.BARE_10 && c.tenDigits().charAt(0) == '0'
                && PHONE_CONTEXT.near(s, start, end, PHONE_CONTEXT_BEFORE, CONTEXT_AFTER);
    }

    /** A phone word right before a bare number starting with 0, and no personnummer word as close. */
    private static boolean labelledAsPhone(String s, int start, Candidate c) {
        if (c.shape() != Shape.BARE_10 || c.tenDigits().charAt(0) != '0') {
            return false;
        }
        int from = Math.max(0, start - LABEL_BEFORE);
        return PHONE_CONTEXT.inWindow(s, from, start) && !PNR_CONTEXT.inWindow(s, from, start);
    }

    private static boolean letterAt(String s, int i) {
        return i >= 0 && i < s.length() && Character.isLetter(s.charAt(i));
    }

    private static String shapeTag(Candidate c) {
        String sign = switch (c.sign()) {
            case '+' -> "-plus";
            case ' ' -> "-space";
            case 0 -> "";
            default -> "-sep";
        };
        return "pnr-" + c.shape().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + sign;
    }
}
