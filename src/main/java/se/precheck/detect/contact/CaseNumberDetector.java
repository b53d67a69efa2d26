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
 * Case numbers, an info-level signal that the text belongs to a case. Diarienummer have no national
 * standard (domain.md §1.14): a board code and year/number ({@code KS 2018/124},
 * {@code KFKS 2015/393-007}, {@code SVN 2018/0038-2}), or anything code-like after "Dnr"
 * ({@code Dnr 2019/00136}, {@code Dnr KS456-24 005}). Court cases: {@code B 1234-24} near a court
 * word, or after "Mål nr". Without a code or label "2024/25" is a school year, and "EU 2016/679" or
 * "SFS 2018/…" cite law.
 */
public final class CaseNumberDetector implements Detector {

    private static final String RULE = "R2-diarienummer";
    private static final Set<String> EXCLUDED_CODES = Lexicon.load("case-code-excluded.txt");
    private static final ContextWords CASE_CONTEXT = new ContextWords(Lexicon.load("case-context.txt"));

    private static final String CODE_NUMBER = "(?:[A-ZÅÄÖ]{1,6}[ -]?)?\\d{1,6}(?:[/-]\\d{1,6}){1,2}(?:\\.\\d{1,4}){0,3}(?:\\s\\d{3}(?![\\p{N}]|[-/.]\\d))?";
    private static final Set<String> CASE_LABELS = Lexicon.load("case-labels.txt");
    private static final Set<String> COURT_LABELS = Lexicon.load("court-labels.txt");
    private static final Pattern LABELLED = Pattern.compile(
            Spans.startsWithOneOf(CASE_LABELS) + "(?<![\\p{L}\\p{N}])(?:" + alternation(CASE_LABELS) + ")[.:]?\\s{0,3}(?<id>" + CODE_NUMBER + ")(?![\\p{L}\\p{N}]|[-/.]\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CODED = Pattern.compile(
            "(?=[A-ZÅÄÖ])(?<![\\p{L}\\p{N}/.-])(?<code>[A-ZÅÄÖ]{1,6})[ -]?(?<year>(?:19|20)\\d{2})/(?<num>\\d{1,6})(?:[.-]\\d{1,4}){0,3}(?![\\p{L}\\p{N}]|[-/.:]\\d)");
    private static final Pattern BARE = Pattern.compile(
            "(?=[12])(?<![\\p{L}\\p{N}/.-])(?<year>(?:19|20)\\d{2})/(?<num>\\d{3,6})(?:-\\d{1,4}){0,2}(?![\\p{L}\\p{N}]|[-/.:]\\d)");
    private static final Pattern COURT_LABELLED = Pattern.compile(
            Spans.startsWithOneOf(COURT_LABELS) + "(?<![\\p{L}\\p{N}])(?:" + alternation(COURT_LABELS) + ")[.:]?\\s{0,3}(?<id>(?:[A-ZÅÄÖ]{1,3}\\s?)?\\d{1,6}-\\d{2})(?![\\p{L}\\p{N}]|[-/.]\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final ContextWords COURTS = new ContextWords(Lexicon.load("courts.txt"));
    // "Kammarrätten 5678-23": a bare number right after a court's name.
    private static final Pattern BARE_COURT = Pattern.compile(
            "(?=\\d)(?<![\\p{L}\\p{N}/.-])\\d{3,6}-\\d{2}(?![\\p{L}\\p{N}]|[-/.]\\d)");
    private static final Pattern COURT = Pattern.compile(
            "(?=[BTÄFUPMÖ])(?<![\\p{L}\\p{N}/.-])(?:PMT|PMÖ|FT|UM|MÖ|ÖÄ|B|T|Ä|M|Ö)\\s?\\d{1,6}-\\d{2}(?![\\p{L}\\p{N}]|[-/.]\\d)");

    /** How far before the digits a label can start: the longest label, ":", three spaces and a code of six letters and a space. */
    private static final int LABEL_REACH = Math.max(longest(CASE_LABELS), longest(COURT_LABELS)) + 1 + 3 + 7 + 2;
    /** How far before the digits a board or court code can start: six letters and a space or dash. */
    private static final int CODE_REACH = 7;

    private static final Pattern YEAR_RANGE = Pattern.compile("((?:19|20)\\d{2})-(\\d{2})");

    @Override
    public List<Finding> detect(NormalizedText normalized, Policy policy) {
        String s = normalized.text();
        // Every case number has a run of digits joined by '/' or '-' to more digits ("2018/124",
        // "1234-24"); the patterns are tried only there and at the few words just before.
        DigitRuns runs = DigitRuns.of(normalized);
        int[] slashed = runs.starts(k -> runs.joinedBy(k, '/'));
        int[] dashed = runs.starts(k -> runs.joinedBy(k, '-'));
        int[] joined = runs.starts(k -> runs.joinedBy(k, '/') || runs.joinedBy(k, '-'));
        List<Finding> out = new ArrayList<>();
        labelled(new AnchoredMatcher(LABELLED, s, wordStartsBefore(s, joined, LABEL_REACH)), out);
        courtLabelled(new AnchoredMatcher(COURT_LABELLED, s, wordStartsBefore(s, dashed, LABEL_REACH)), out);
        coded(new AnchoredMatcher(CODED, s, wordStartsBefore(s, slashed, CODE_REACH)), out);
        bare(s, new AnchoredMatcher(BARE, s, slashed), out);
        court(s, new AnchoredMatcher(COURT, s, wordStartsBefore(s, dashed, CODE_REACH)), out);
        bareCourt(s, new AnchoredMatcher(BARE_COURT, s, dashed), out);
        return out;
    }

    /**
     * The word starts up to {@code reach} characters before each of {@code digits}: where a label
     * or a board code before the number can begin.
     */
    private static int[] wordStartsBefore(String s, int[] digits, int reach) {
        IntStream.Builder at = IntStream.builder();
        for (int d : digits) {
            for (int p = Math.max(0, d - reach); p < d; p++) {
                if (p == 0 || !Character.isLetterOrDigit(s.charAt(p - 1))) {
                    at.add(p);
                }
            }
        }
        return at.build().toArray();
    }

    private static void labelled(AnchoredMatcher matches, List<Finding> out) {
        Matcher m = matches.match();
        while (matches.find()) {
            out.add(new Finding(Category.CASE_NUMBER, m.start("id"), m.end("id"), 0.95, RULE, "dnr-label"));
        }
    }

    private static void courtLabelled(AnchoredMatcher matches, List<Finding> out) {
        Matcher m = matches.match();
        while (matches.find()) {
            if (!yearRange(m.group("id"))) {
                out.add(new Finding(Category.CASE_NUMBER, m.start("id"), m.end("id"), 0.9, RULE, "court-label"));
            }
        }
    }

    /** "2023-24" after "mål" is the goals for a school year. */
    private static boolean yearRange(String id) {
        Matcher m = YEAR_RANGE.matcher(id);
        return m.matches() && schoolYear(m.group(1), m.group(2));
    }

    private static void coded(AnchoredMatcher matches, List<Finding> out) {
        Matcher m = matches.match();
        while (matches.find()) {
            if (EXCLUDED_CODES.contains(m.group("code").toLowerCase(Locale.ROOT)) || schoolYear(m.group("year"), m.group("num"))) {
                continue;
            }
            out.add(new Finding(Category.CASE_NUMBER, m.start(), m.end(), 0.85, RULE, "code-year-number"));
        }
    }

    private static void bare(String s, AnchoredMatcher matches, List<Finding> out) {
        Matcher m = matches.match();
        while (matches.find()) {
            if (schoolYear(m.group("year"), m.group("num")) || !CASE_CONTEXT.near(s, m.start(), m.end())) {
                continue;
            }
            out.add(new Finding(Category.CASE_NUMBER, m.start(), m.end(), 0.7, RULE, "year-number;context"));
        }
    }

    private static void court(String s, AnchoredMatcher matches, List<Finding> out) {
        Matcher m = matches.match();
        while (matches.find()) {
            if (!yearRange(m.group()) && CASE_CONTEXT.near(s, m.start(), m.end(), 60, 30)) {
                out.add(new Finding(Category.CASE_NUMBER, m.start(), m.end(), 0.85, RULE, "court-case;context"));
            }
        }
    }

    private static void bareCourt(String s, AnchoredMatcher matches, List<Finding> out) {
        Matcher m = matches.match();
        while (matches.find()) {
            if (!yearRange(m.group()) && COURTS.near(s, m.start(), m.end(), 40, 0)) {
                out.add(new Finding(Category.CASE_NUMBER, m.start(), m.end(), 0.75, RULE, "court-number;court-name"));
            }
        }
    }

    /** "2024/25", "2024/2025": a school or financial year, not a case. */
    private static boolean schoolYear(String year, String num) {
        int y = Integer.parseInt(year);
        int n = Integer.parseInt(num);
        return num.length() == 2 && n == (y + 1) % 100 || num.length() == 4 && n == y + 1;
    }

    private static int longest(Set<String> words) {
        return words.stream().mapToInt(String::length).max().orElse(0);
    }

    private static String alternation(Set<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
    }
}
