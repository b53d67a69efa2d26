package se.precheck.detect.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.precheck.detect.Checksums;
import se.precheck.detect.Detector;
import se.precheck.detect.Finding;
import se.precheck.detect.NormalizedText;
import se.precheck.policy.Category;
import se.precheck.policy.Policy;

/**
 * Reservnummer: the patient identifiers health care uses when the personnummer is missing
 * (domain.md §1.4, Inera's list of regional formats). There is no national format, so the regional
 * forms with a check digit or a fixed letter pattern are found on their own, and the general form
 * (a birth date and a letter among the last four, e.g. "000101-T220") needs a context word.
 */
public final class ReservnummerDetector implements Detector {

    private static final ContextLexicon CONTEXT = ContextLexicon.load("reservnummer-context.txt");

    /** Region Stockholm: 99, the year it was issued (1980–2299), a serial, Luhn over positions 5–12. */
    private static final Pattern STOCKHOLM = Pattern.compile("(?<![\\d\\-+./])99(\\d{4})\\d{6}(?![\\d\\p{L}]|[\\-+./,]\\d)");
    /** Västra Götaland: ÅÅÅÅMMDD, K/M/X, a serial gg and a Luhn digit (K = 5, M = 7, X = 8). */
    private static final Pattern VGR = Pattern.compile(
            "(?<![\\p{L}\\d\\-+./])(18|19|20)(\\d{6})-?([KMXkmx])(\\d{2})(\\d)(?![\\p{L}\\d])");
    /** Värmland: ÅÅÅÅMMDD, S, a type F/U/X/P/L, a digit and a letter A–Z other than V. */
    private static final Pattern VARMLAND = Pattern.compile(
            "(?<![\\p{L}\\d\\-+./])(18|19|20)(\\d{6})-?[Ss][FUXPLfuxpl]\\d[A-UW-Za-uw-z](?![\\p{L}\\d])");
    /** Inera Carelink: ÅÅÅÅMM, a "day" 32–59, three digits and a Luhn digit over the last ten. */
    private static final Pattern CARELINK = Pattern.compile(
            "(?<![\\d\\-+./])(19|20)(\\d{2}(?:0[1-9]|1[0-2])(?:3[2-9]|[45]\\d)\\d{4})(?![\\d\\p{L}]|[\\-+./,]\\d)");
    /** The general recommendation: a birth date, then four characters with at least one letter. */
    private static final Pattern GENERAL = Pattern.compile(
            "(?<![\\p{L}\\d\\-+./])((?:18|19|20)?)(\\d{6})(-?)([A-Za-z0-9]{4})(?![\\p{L}\\d])");

    @Override
    public List<Finding> detect(NormalizedText text, Policy policy) {
        String s = text.text();
        // Every form starts a run of digits: 12 digits (Stockholm, Carelink), 8 (VGR, Värmland) or 6.
        DigitRuns runs = DigitRuns.of(text);
        List<Finding> out = new ArrayList<>();
        stockholm(s, new AnchoredMatcher(STOCKHOLM, s, runs.starts(12)), out);
        vgr(s, new AnchoredMatcher(VGR, s, runs.starts(8)), out);
        varmland(s, new AnchoredMatcher(VARMLAND, s, runs.starts(8)), out);
        carelink(s, new AnchoredMatcher(CARELINK, s, runs.starts(12)), out);
        general(s, new AnchoredMatcher(GENERAL, s, runs.starts(6)), out);
        return out;
    }

    private static void stockholm(String s, AnchoredMatcher matches, List<Finding> out) {
        Matcher m = matches.match();
        while (matches.find()) {
            int issued = Integer.parseInt(m.group(1));
            if (issued < 1980 || issued > 2299) {
                continue;
            }
            if (Checksums.luhn(m.group().substring(4))) {
                add(s, m, out, 0.8, "reserv-stockholm;luhn");
            } else if (CONTEXT.near(s, m.start(), m.end(), 40, 20)) {
                // domain.md §1.4: twelve digits starting with 99 next to a patient word are a patient id
                out.add(new Finding(Category.PERSONNUMMER, m.start(), m.end(), 0.7, "R4-reservnummer", "reserv-stockholm;luhn-fail;context"));
            }
        }
    }

    private static void vgr(String s, AnchoredMatcher matches, List<Finding> out) {
        Matcher m = matches.match();
        while (matches.find()) {
            int century = Integer.parseInt(m.group(1));
            String date = m.group(2);
            char sex = Character.toUpperCase(m.group(3).charAt(0));
            int serial = Integer.parseInt(m.group(4));
            boolean serialOk = switch (sex) {
                case 'K' -> serial >= 6 && serial <= 79 && serial % 2 == 0;
                case 'M' -> serial >= 6 && serial <= 79 && serial % 2 == 1;
                default -> serial >= 80 && serial <= 89;
            };
            char sexDigit = sex == 'K' ? '5' : sex == 'M' ? '7' : '8';
            if (!serialOk || !isDate(century, date) || !Checksums.luhn(date + sexDigit + m.group(4) + m.group(5))) {
                continue;
            }
            add(s, m, out, 0.9, "reserv-vgr;luhn;date");
        }
    }

    private static void varmland(String s, AnchoredMatcher matches, List<Finding> out) {
        Matcher m = matches.match();
        while (matches.find()) {
            if (isDate(Integer.parseInt(m.group(1)), m.group(2))) {
                add(s, m, out, 0.85, "reserv-varmland;date");
            }
        }
    }

    private static void carelink(String s, AnchoredMatcher matches, List<Finding> out) {
        Matcher m = matches.match();
        while (matches.find()) {
            if (Checksums.luhn(m.group(2))) {
                add(s, m, out, 0.7, "reserv-carelink;luhn");
            }
        }
    }

    private static void general(String s, AnchoredMatcher matches, List<Finding> out) {
        Matcher m = matches.match();
        while (matches.find()) {
            String tail = m.group(4).toUpperCase(Locale.ROOT);
            if (tail.chars().allMatch(c -> c == 'X' || Character.isDigit(c))) {
                continue; // all digits: a personnummer; digits and X: a masked one
            }
            int century = m.group(1).isEmpty() ? -1 : Integer.parseInt(m.group(1));
            if (!isDate(century, m.group(2)) || overlapsFound(out, m.start(), m.end())) {
                continue;
            }
            boolean context = CONTEXT.near(s, m.start(), m.end(), 40, 20);
            boolean twelveGlued = century != -1 && m.group(3).isEmpty();
            if (context) {
                out.add(new Finding(Category.PERSONNUMMER, m.start(), m.end(), 0.8, "R4-reservnummer", "reserv-general;date;context"));
            } else if (twelveGlued) {
                out.add(new Finding(Category.PERSONNUMMER, m.start(), m.end(), 0.6, "R4-reservnummer", "reserv-general-12;date"));
            }
        }
    }

    private static void add(String s, Matcher m, List<Finding> out, double confidence, String evidence) {
        boolean context = CONTEXT.near(s, m.start(), m.end(), 40, 20);
        out.add(new Finding(Category.PERSONNUMMER, m.start(), m.end(), context ? Math.max(confidence, 0.95) : confidence,
                "R4-reservnummer", evidence + (context ? ";context" : "")));
    }

    private static boolean overlapsFound(List<Finding> found, int start, int end) {
        return found.stream().anyMatch(f -> f.start() < end && start < f.end());
    }

    /** ÅÅMMDD with an optional century; a real date (day + 60 is not used by reservnummer). */
    private static boolean isDate(int century, String yymmdd) {
        if (century != -1 && (century < 18 || century > 20)) {
            return false;
        }
        return BirthDate.exists(century, BirthDate.twoDigits(yymmdd, 0), BirthDate.twoDigits(yymmdd, 2), BirthDate.twoDigits(yymmdd, 4));
    }
}
