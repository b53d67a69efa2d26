package se.precheck.detect.contact;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import se.precheck.detect.Detector;
import se.precheck.detect.Finding;
import se.precheck.detect.NormalizedText;
import se.precheck.detect.identity.AnchoredMatcher;
import se.precheck.policy.Category;
import se.precheck.policy.Policy;

/**
 * A date right after a birth word ("född 2017-05-03", "f. 12/3 -85", "född den 3 maj 2017",
 * "födelsedatum: 030517", "DOB 2017-05-03"). Only the date is marked; other dates are not birth
 * dates, and ten or twelve digits after "född" are a personnummer, which another family reports.
 */
public final class DateOfBirthDetector implements Detector {

    private static final String RULE = "R4-fodelsedatum";
    private static final Map<String, Integer> MONTHS = months();

    private static final Set<String> TRIGGERS = Lexicon.load("dob-triggers.txt");
    private static final Pattern TRIGGER = Pattern.compile(
            Spans.startsWithOneOf(TRIGGERS) + "(?<![\\p{L}\\p{N}])(?:" + alternation(TRIGGERS) + ")(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final List<String> PREFIXES = TRIGGERS.stream()
            .map(t -> t.substring(0, Math.min(3, t.length()))).distinct().toList();
    /** The first letters of the birth words in both cases. */
    private static final String FIRST_LETTERS = PREFIXES.stream()
            .map(t -> t.substring(0, 1).toLowerCase(Locale.ROOT) + t.substring(0, 1).toUpperCase(Locale.ROOT))
            .flatMapToInt(String::chars).distinct()
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    /** Birth words that can also stand after the date, as an adjective ("den 3 maj 2017 födda"). */
    private static final Set<String> PARTICIPLES = Set.of("född", "födda");
    // What may stand between the birth word and the date: ":", "den", "d.", "on", "år", a weekday is not expected.
    private static final Pattern GAP = Pattern.compile(
            "[\\s:]{0,3}(?:(?:den|d\\.|on|the)\\s{1,2})?", Pattern.CASE_INSENSITIVE);
    private static final String MONTH = "(?<month>" + alternation(MONTHS.keySet()) + ")\\.?";
    private static final String NOT_LONGER = "(?![\\p{N}]|[-+/.]?\\d)";
    private static final List<Pattern> DATES = List.of(
            Pattern.compile("(?<y>(?:18|19|20)\\d{2})(?<sep>[-./])(?<m>\\d{1,2})\\k<sep>(?<d>\\d{1,2})" + NOT_LONGER),
            Pattern.compile("(?<y>(?:18|19|20)\\d{2})(?<m>\\d{2})(?<d>\\d{2})" + NOT_LONGER),
            Pattern.compile("(?<d>\\d{1,2})(?<sep>[./-])(?<m>\\d{1,2})\\k<sep>(?<y>\\d{4}|\\d{2})" + NOT_LONGER),
            Pattern.compile("(?<y>\\d{2})(?<sep>[.-])(?<m>\\d{2})\\k<sep>(?<d>\\d{2})" + NOT_LONGER),
            Pattern.compile("(?<d>\\d{1,2})/(?<m>\\d{1,2})(?:\\s?-?\\s?'?(?<y>\\d{4}|\\d{2}))?" + NOT_LONGER),
            Pattern.compile("(?<six>\\d{6})" + NOT_LONGER),
            Pattern.compile("(?<d>\\d{1,2})(?::?[ae]|\\.)?\\s{1,2}" + MONTH + "(?:\\s{1,2}(?<y>\\d{4}|[-'\u2019]\\d{2}))?(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            Pattern.compile(MONTH + "\\s{1,2}(?<d>\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s{1,2}(?<y>\\d{4}))?(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));

    // A full date set off right after a role word and a name: "mamman Sara Lindqvist, 1991-02-17, har
    // flyttat", "eleven Elsa (2017-05-03)". Dates elsewhere (meetings, decisions) have no such frame;
    // without the name ("mötet med mamman, 2024-03-12") the date is the meeting's.
    private static final Pattern ISO_DATE = Pattern.compile("(?<![\\d\\-/.])(?<y>(?:19|20)\\d{2})-(?<m>[01]\\d)-(?<d>[0-3]\\d)(?![\\d\\-/]|\\.\\d)");
    private static final Pattern PERSON_BEFORE = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + alternation(Lexicon.load("dob-person-words.txt"))
            + ")\\s{1,2}+(?-i:\\p{Lu}\\p{Ll}{1,20}+)(?:[\\s\\-]{1,2}+(?-i:\\p{Lu}\\p{Ll}{1,25}+)){0,2}\\s{0,2}+[,(]\\s{0,2}+$");
    private static final Pattern SET_OFF_AFTER = Pattern.compile("\\s{0,2}+[,);]");
    private static final int PERSON_REACH = 70;
    private static final int RECENT_YEARS = 2;

    private static void appositiveDates(String s, List<Finding> out) {
        Matcher date = ISO_DATE.matcher(s);
        int found = 0;
        for (int at = s.indexOf('-'); at >= 0 && found < 200; at = s.indexOf('-', at + 1)) {
            int start = at - 4;
            if (start < 0 || !date.region(start, Math.min(s.length(), start + 10)).lookingAt()) {
                continue;
            }
            int year = Integer.parseInt(date.group("y"));
            // a meeting or a decision of this or last year is more likely than a birth that recent
            boolean past = year <= java.time.Year.now().getValue() - RECENT_YEARS;
            if (past && Spans.dayMonth(Integer.parseInt(date.group("d")), Integer.parseInt(date.group("m")))
                    && SET_OFF_AFTER.matcher(s).region(date.end(), Math.min(s.length(), date.end() + 3)).lookingAt()
                    && PERSON_BEFORE.matcher(s).region(Math.max(0, start - PERSON_REACH), start).find()) {
                found++;
                out.add(new Finding(Category.DATE_OF_BIRTH, date.start(), date.end(), 0.75, RULE, "date-set-off-after-person"));
            }
            at = start + 10;
        }
    }

    @Override
    public List<Finding> detect(NormalizedText normalized, Policy policy) {
        String s = normalized.text();
        List<Finding> out = new ArrayList<>();
        appositiveDates(s, out);
        AnchoredMatcher triggers = new AnchoredMatcher(TRIGGER, s, triggerStarts(s));
        Matcher trigger = triggers.match();
        while (triggers.find()) {
            Matcher gap = GAP.matcher(s).region(trigger.end(), Math.min(s.length(), trigger.end() + 12));
            int at = gap.lookingAt() ? gap.end() : trigger.end();
            Finding f = dateAt(s, at);
            if (f == null && PARTICIPLES.contains(trigger.group().toLowerCase(Locale.ROOT))) {
                f = dateBefore(s, trigger.start());
            }
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * Word starts that begin like a birth word ("föd", "f.", "dob", "bor", …): the only places
     * {@link #TRIGGER} can match. Common words with the same first letter ("för", "de") are not tried.
     */
    private static int[] triggerStarts(String s) {
        IntStream.Builder at = IntStream.builder();
        for (char first : FIRST_LETTERS.toCharArray()) {
            for (int i = s.indexOf(first); i >= 0; i = s.indexOf(first, i + 1)) {
                if (i > 0 && Character.isLetterOrDigit(s.charAt(i - 1))) {
                    continue;
                }
                char second = i + 1 < s.length() ? folded(s.charAt(i + 1)) : 0;
                for (int p = 0; p < PREFIXES.size(); p++) {
                    String prefix = PREFIXES.get(p);
                    // The second letter first: most words that start like a birth word end there.
                    if (prefix.length() > 1 && second != SECOND_LETTERS[p]) {
                        continue;
                    }
                    if (s.regionMatches(true, i, prefix, 0, prefix.length())) {
                        at.add(i);
                        break;
                    }
                }
            }
        }
        return at.build().toArray();
    }

    /** The second letter of each prefix, folded. */
    private static final char[] SECOND_LETTERS = secondLetters();

    private static char[] secondLetters() {
        char[] out = new char[PREFIXES.size()];
        for (int p = 0; p < out.length; p++) {
            out[p] = PREFIXES.get(p).length() > 1 ? folded(PREFIXES.get(p).charAt(1)) : 0;
        }
        return out;
    }

    /** A character as {@code String.regionMatches(true, …)} compares it: two are equal there when this is. */
    private static char folded(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    private static Finding dateAt(String s, int at) {
        int limit = Math.min(s.length(), at + 40);
        for (Pattern p : DATES) {
            Matcher m = p.matcher(s).region(at, limit);
            m.useTransparentBounds(true);
            if (m.lookingAt() && plausible(m)) {
                return new Finding(Category.DATE_OF_BIRTH, m.start(), m.end(), 0.9, RULE, "date-after-birth-word");
            }
        }
        return null;
    }

    /** "Den 14 april 1941 födda brukaren", "en 2017-05-03 född pojke": the date right before the word. */
    private static Finding dateBefore(String s, int wordStart) {
        int end = wordStart;
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        if (end == wordStart || end == 0) {
            return null;
        }
        int from = Math.max(0, end - 30);
        for (Pattern p : DATES) {
            Matcher m = p.matcher(s).region(from, end);
            m.useTransparentBounds(true);
            while (m.find()) {
                boolean free = m.start() == 0 || !Character.isLetterOrDigit(s.charAt(m.start() - 1));
                if (m.end() == end && free && plausible(m)) {
                    return new Finding(Category.DATE_OF_BIRTH, m.start(), m.end(), 0.9, RULE, "date-before-birth-word");
                }
            }
        }
        return null;
    }

    private static boolean plausible(Matcher m) {
        String six = group(m, "six");
        if (six != null) {
            // YYMMDD or DDMMYY, both are written.
            int a = Integer.parseInt(six.substring(0, 2));
            int b = Integer.parseInt(six.substring(2, 4));
            int c = Integer.parseInt(six.substring(4, 6));
            return Spans.dayMonth(c, b) || Spans.dayMonth(a, b);
        }
        String monthName = group(m, "month");
        int month = monthName != null ? MONTHS.get(monthName.toLowerCase(Locale.ROOT)) : Integer.parseInt(m.group("m"));
        return Spans.dayMonth(Integer.parseInt(m.group("d")), month);
    }

    /** The named group's text, or null when the pattern has no such group (Java 17 cannot ask the pattern). */
    private static String group(Matcher m, String name) {
        return m.pattern().pattern().contains("<" + name + ">") ? m.group(name) : null;
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> months = new HashMap<>();
        for (String line : Lexicon.load("months.txt")) {
            String[] parts = line.split("\\s+");
            months.put(parts[0], Integer.parseInt(parts[1]));
        }
        return Map.copyOf(months);
    }

    private static String alternation(Collection<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
    }
}
