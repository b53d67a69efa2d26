package se.precheck.detect.contact;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import se.precheck.detect.Checksums;
import se.precheck.detect.ContextWords;
import se.precheck.detect.Detector;
import se.precheck.detect.Finding;
import se.precheck.detect.NormalizedText;
import se.precheck.policy.Category;
import se.precheck.policy.Policy;

/**
 * Phone numbers as Swedes write them: national ({@code 070-123 45 67}, {@code 08-123 456 78},
 * {@code 0225-123 45}) and international ({@code +46 70…}, {@code +46 (0)70…}, {@code 0046 70…}).
 * The Swedish numbering plan is libphonenumber's; this class only finds candidates (runs of digit
 * groups) and removes what is not a person's number: short numbers, service numbers (020, 077,
 * 0900), the municipality's switchboard, dates, opening hours, amounts and personnummer.
 */
public final class PhoneDetector implements Detector {

    private static final PhoneNumberUtil PHONE = PhoneNumberUtil.getInstance();
    private static final ContextWords CONTEXT = new ContextWords(Lexicon.load("phone-context.txt"));
    /** A label for another kind of number right before it: "Fakturanr 0701740661", "OCR-nummer: …". */
    private static final Pattern OTHER_LABEL_BEFORE = Pattern.compile("(?iu)(?<![\\p{L}])(?:"
            + Lexicon.load("phone-other-labels.txt").stream().sorted(java.util.Comparator.comparingInt(String::length).reversed())
                    .map(Pattern::quote).collect(java.util.stream.Collectors.joining("|"))
            + ")\\.?\\s{0,2}+[:#.]?\\s{0,2}+$");
    private static final int LABEL_BEFORE = 24;
    private static final ContextWords PNR_CONTEXT = ContextWords.of("pnr", "personnummer*", "personnr", "person-nr", "född*", "samordningsnummer*");
    private static final Set<String> AMOUNT_WORDS = Lexicon.load("amount-words.txt");

    // "0800-1700": opening hours, which the plan would accept as a Stockholm number.
    private static final Pattern OPENING_HOURS = Pattern.compile("(?:[01]\\d|2[0-3])[0-5]\\d\\s?-\\s?(?:[01]\\d|2[0-4])[0-5]\\d");

    // Freephone (020), shared-cost (077) and premium (0900) numbers belong to organisations, not people.
    private static final Set<PhoneNumberType> SERVICE_TYPES = EnumSet.of(
            PhoneNumberType.TOLL_FREE, PhoneNumberType.SHARED_COST, PhoneNumberType.PREMIUM_RATE);

    private static final int MAX_GROUPS = 7;
    private static final int MAX_GROUP_DIGITS = 15;
    private static final int MIN_DIGITS = 7;
    private static final int MAX_DIGITS = 15;

    /** One run of digit groups: where each group starts and ends, and what separated it from the previous one. */
    private record Run(int[] starts, int[] ends, char[] separators, int count, int end, boolean international) {
    }

    @Override
    public List<Finding> detect(NormalizedText normalized, Policy policy) {
        String s = normalized.text();
        List<Finding> out = new ArrayList<>();
        int i = 0;
        int lastEnd = -2;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c != '+' && !isDigit(c)) {
                i++;
                continue;
            }
            boolean plus = c == '+' && i + 1 < s.length() && (Character.isDigit(s.charAt(i + 1)) || s.charAt(i + 1) == ' ');
            boolean afterNumber = i > 0 && i == lastEnd + 1 && s.charAt(lastEnd) == '/';
            if ((!plus && !isDigit(c)) || !(Spans.freeBefore(s, i) || afterNumber)) {
                i = skipToken(s, i);
                continue;
            }
            Run run = readRun(s, i);
            if (run == null) {
                i = skipToken(s, i);
                continue;
            }
            Finding f = bestFinding(s, i, run, policy);
            if (f != null) {
                out.add(f);
                i = f.end();
                lastEnd = f.end();
            } else {
                i = Math.max(run.end(), i + 1);
            }
        }
        return out;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Past the current digit run or single character, so that no position is scanned twice. */
    private static int skipToken(String s, int i) {
        int j = i + 1;
        while (j < s.length() && isDigit(s.charAt(j)) && isDigit(s.charAt(j - 1))) {
            j++;
        }
        return j;
    }

    /** Reads up to {@link #MAX_GROUPS} digit groups from {@code start}; null when a group is too long. */
    private static Run readRun(String s, int start) {
        int[] starts = new int[MAX_GROUPS];
        int[] ends = new int[MAX_GROUPS];
        char[] seps = new char[MAX_GROUPS];
        int i = start;
        boolean international = false;
        if (s.charAt(i) == '+') {
            international = true;
            i++;
            while (i < s.length() && s.charAt(i) == ' ') {
                i++;
            }
        } else if (s.startsWith("00", i)) {
            international = true;
        }
        int count = 0;
        char sep = 0;
        while (count < MAX_GROUPS && i < s.length() && isDigit(s.charAt(i))) {
            int g = i;
            while (i < s.length() && isDigit(s.charAt(i))) {
                i++;
                if (i - g > MAX_GROUP_DIGITS) {
                    return null;
                }
            }
            starts[count] = g;
            ends[count] = i;
            seps[count] = sep;
            count++;
            // Separator: one space, one dash or slash with optional spaces, "(0)", or ")" after "(070".
            int j = i;
            sep = 0;
            if (count == 1 && j < s.length() && s.charAt(j) == ')' && g > 0 && s.charAt(g - 1) == '(') {
                // "(070) 174 06 28": an area code in parentheses.
                sep = ')';
                j++;
            }
            if (j < s.length() && s.charAt(j) == ' ') {
                sep = sep == 0 ? ' ' : sep;
                j++;
            }
            // A slash only after the area code ("070/174 06 28"); later it separates two numbers.
            if (sep != ')' && j < s.length() && (s.charAt(j) == '-' || (s.charAt(j) == '/' && count == 1))) {
                sep = s.charAt(j);
                j++;
                if (j < s.length() && s.charAt(j) == ' ') {
                    j++;
                }
            } else if (s.startsWith("(0)", j)) {
                sep = '0';
                j += 3;
                if (j < s.length() && (s.charAt(j) == ' ' || s.charAt(j) == '-')) {
                    j++;
                }
            }
            if (sep == 0 || j >= s.length() || !isDigit(s.charAt(j))) {
                break;
            }
            i = j;
        }
        if (count == 0) {
            return null;
        }
        return new Run(starts, ends, seps, count, ends[count - 1], international);
    }

    /** The longest prefix of the run's groups that is a valid number and not a trap. */
    private static Finding bestFinding(String s, int start, Run run, Policy policy) {
        if (digitCount(run) < MIN_DIGITS) {
            return null; // most runs in a text: no prefix of them can be a number
        }
        for (int n = run.count(); n >= 1; n--) {
            int end = run.ends()[n - 1];
            boolean nextNumber = end + 1 < s.length() && s.charAt(end) == '/' && (s.charAt(end + 1) == '0' || s.charAt(end + 1) == '+');
            if (!Spans.freeAfter(s, end) && !nextNumber && n == run.count()) {
                return null;
            }
            String digits = digitsOf(s, run, n);
            if (digits.length() < MIN_DIGITS || digits.length() > MAX_DIGITS + 2) {
                continue;
            }
            if (!run.international() && !digits.startsWith("0")) {
                return null;
            }
            PhoneNumber number = parse(digits, run.international());
            if (number == null || !PHONE.isValidNumber(number)) {
                continue;
            }
            PhoneNumberType type = PHONE.getNumberType(number);
            if (SERVICE_TYPES.contains(type) || isTrap(s, start, end, run, n, digits, number, policy)) {
                return null;
            }
            if (OTHER_LABEL_BEFORE.matcher(s).region(Math.max(0, start - LABEL_BEFORE), start).find()) {
                return null; // "Fakturanr 0701740661", "OCR-nummer …": another kind of number that happens to dial
            }
            boolean context = CONTEXT.near(s, start, end, 40, 15);
            boolean partial = n < run.count();
            if (partial && !context) {
                return null;
            }
            boolean grouped = n > 1 || run.international();
            double confidence = context ? 0.95 : grouped ? 0.85 : 0.7;
            String evidence = "phone-" + type.name().toLowerCase(Locale.ROOT)
                    + ";libphonenumber-valid" + (context ? ";context" : "");
            return new Finding(Category.PHONE, start, end, confidence, "R4-telefon", evidence);
        }
        return null;
    }

    private static int digitCount(Run run) {
        int total = 0;
        for (int g = 0; g < run.count(); g++) {
            total += run.ends()[g] - run.starts()[g];
        }
        return total;
    }

    private static String digitsOf(String s, Run run, int groups) {
        StringBuilder b = new StringBuilder();
        for (int g = 0; g < groups; g++) {
            b.append(s, run.starts()[g], run.ends()[g]);
        }
        return b.toString();
    }

    private static PhoneNumber parse(String digits, boolean international) {
        String candidate = international ? "+" + (digits.startsWith("00") ? digits.substring(2) : digits) : digits;
        try {
            return PHONE.parse(candidate, "SE");
        } catch (NumberParseException e) {
            return null;
        }
    }

    private static boolean isTrap(String s, int start, int end, Run run, int groups, String digits, PhoneNumber number, Policy policy) {
        String national = "0" + PHONE.getNationalSignificantNumber(number);
        if (number.getCountryCode() == 46 && (policy.switchboardNumbers().contains(national)
                || policy.switchboardNumbers().contains(digits))) {
            return true;
        }
        if (run.international()) {
            return false;
        }
        return looksLikeDate(s, run, groups) || OPENING_HOURS.matcher(s).region(start, end).matches() || looksLikePersonnummer(s, start, end, digits)
                || followedByAmount(s, end);
    }

    /** "08-12-2024", "05/11/24": two small groups and a year, all with the same separator. */
    private static boolean looksLikeDate(String s, Run run, int groups) {
        if (groups != 3 || run.separators()[1] != run.separators()[2] || run.separators()[1] == ' ') {
            return false;
        }
        int l0 = run.ends()[0] - run.starts()[0];
        int l1 = run.ends()[1] - run.starts()[1];
        int l2 = run.ends()[2] - run.starts()[2];
        if (l0 > 2 || l1 > 2 || (l2 != 2 && l2 != 4)) {
            return false;
        }
        int day = Integer.parseInt(s.substring(run.starts()[0], run.ends()[0]));
        int month = Integer.parseInt(s.substring(run.starts()[1], run.ends()[1]));
        return Spans.dayMonth(day, month) || Spans.dayMonth(month, day);
    }

    /** "010203-2388": a date, a four-digit tail and a valid check digit, or a personnummer word nearby. */
    private static boolean looksLikePersonnummer(String s, int start, int end, String digits) {
        if (digits.length() != 10 || !Spans.yymmdd(digits.substring(0, 6))) {
            return false;
        }
        String span = s.substring(start, end);
        boolean pnrShape = span.matches("\\d{6}[-+ ]?\\d{4}");
        return pnrShape && (Checksums.luhn(digits) || PNR_CONTEXT.near(s, start, end));
    }

    private static boolean followedByAmount(String s, int end) {
        String after = Spans.window(s, end, end + 8).toLowerCase(Locale.ROOT).stripLeading();
        for (String w : AMOUNT_WORDS) {
            if (after.startsWith(w) && (after.length() == w.length() || !Character.isLetter(after.charAt(w.length())))) {
                return true;
            }
        }
        return false;
    }
}
