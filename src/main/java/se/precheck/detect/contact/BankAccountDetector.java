package se.precheck.detect.contact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import se.precheck.detect.Checksums;
import se.precheck.detect.ContextWords;
import se.precheck.detect.Detector;
import se.precheck.detect.Finding;
import se.precheck.detect.NormalizedText;
import se.precheck.detect.identity.AnchoredMatcher;
import se.precheck.detect.identity.DigitRuns;
import se.precheck.policy.Category;
import se.precheck.policy.Policy;

/**
 * Bank accounts: IBAN (mod 97), a clearing number with an account number, Nordea's personkonto
 * (3300 + personnummer), and bankgiro and plusgiro numbers (Luhn). Short digit groups are common
 * in text, so clearing + account, bankgiro and plusgiro need a banking word nearby; an IBAN and a
 * personkonto carry their own proof.
 */
public final class BankAccountDetector implements Detector {

    private static final String RULE = "R4-bankkonto";
    private static final ContextWords CONTEXT = new ContextWords(Lexicon.load("bank-context.txt"));
    // "Clearingnummer 8327-9": a bank's branch, Luhn-valid by design, not a giro number.
    private static final ContextWords CLEARING_LABEL = ContextWords.of("clearing*", "clnr", "cl.nr");
    private static final Map<String, Integer> IBAN_LENGTHS = ibanLengths();

    private static final Pattern IBAN = Pattern.compile(
            "(?=[A-Z])(?<![\\p{L}\\p{N}])[A-Z]{2}\\d{2}(?: ?[A-Z0-9]){11,30}+");
    private static final Pattern CLEARING_ACCOUNT = Pattern.compile(
            "(?=[1-9])(?<![\\p{N}.,/-])(?<clearing>[1-9]\\d{3}(?:-\\d)?)(?:\\s?,\\s?|\\s?-\\s?|\\s)(?<account>\\d{1,4}(?:[ -]?\\d{1,4}){0,4})(?![\\p{N}]|[.,/-]\\d)");
    private static final Pattern YEAR_DATE = Pattern.compile("(?:19|20)\\d{2}-\\d{2}-\\d{2}");
    // "Kontonummer: 123 456 789-0" on its own line, the clearing number elsewhere; also compounds ("lönekonto").
    private static final Pattern LABELLED_ACCOUNT = Pattern.compile(
            "(?=[kKaA])(?i:kontonummer|kontonr|konto-nr|kontot|konto|account(?: number| no\\.?)?)[.:]?\\s{0,3}(?:nr\\.?\\s{0,2})?(?<account>\\d{1,5}(?:[ -]?\\d{1,5}){0,5})(?![\\p{N}]|[.,/-]\\d)");
    private static final Pattern PERSONKONTO = Pattern.compile(
            "(?=3)(?<![\\p{N}.,/-])3300(?:\\s?[,-]\\s?|\\s)(?<pnr>(?:19|20)?\\d{6}[-+ ]?\\d{4})(?![\\p{N}]|[.,/-]\\d)");
    private static final Pattern BANKGIRO = Pattern.compile(
            "(?=\\d)(?<![\\p{N}.,/-])\\d{3,4}-\\d{4}(?![\\p{N}]|[.,/-]\\d)");
    private static final Pattern PLUSGIRO = Pattern.compile(
            "(?=\\d)(?<![\\p{N}.,/-])(?<!\\d )(?:\\d{1,2}(?: \\d{2}){1,3}|\\d{4,7})-\\d(?![\\p{N}]|[.,/-]\\d)");

    @Override
    public List<Finding> detect(NormalizedText normalized, Policy policy) {
        String s = normalized.text();
        // Every form but the labelled one starts a run of digits or two capitals just before one.
        DigitRuns runs = DigitRuns.of(normalized);
        List<Finding> out = new ArrayList<>();
        ibans(s, new AnchoredMatcher(IBAN, s, ibanStarts(s, runs)), out);
        personkonton(s, new AnchoredMatcher(PERSONKONTO, s, runs.starts(k -> s.startsWith("3300", runs.start(k)))), out);
        clearingAccounts(s, new AnchoredMatcher(CLEARING_ACCOUNT, s, runs.starts(k -> runs.length(k) == 4 && s.charAt(runs.start(k)) != '0')), out);
        labelledAccounts(s, new AnchoredMatcher(LABELLED_ACCOUNT, s, labelStarts(s)), out);
        giro(s, new AnchoredMatcher(BANKGIRO, s, runs.starts(k -> bankgiroShape(runs, k))), "bankgiro", out);
        giro(s, new AnchoredMatcher(PLUSGIRO, s, runs.starts(k -> plusgiroShape(runs, k))), "plusgiro", out);
        return out;
    }

    // The shapes below are what the patterns need of the digit runs (a run is all the digits in a
    // row, so a group of the pattern is a whole run); they keep the regex away from the other runs.

    /** "NNN-NNNN" or "NNNN-NNNN". */
    private static boolean bankgiroShape(DigitRuns runs, int k) {
        return (runs.length(k) == 3 || runs.length(k) == 4) && runs.joinedBy(k, '-') && runs.length(k + 1) == 4;
    }

    /** Up to four groups ending in "-N": "12 34 56-7", "920100-5". */
    private static boolean plusgiroShape(DigitRuns runs, int k) {
        for (int j = k; j <= k + 3 && j + 1 < runs.size(); j++) {
            if (runs.joinedBy(j, '-') && runs.length(j + 1) == 1) {
                return true;
            }
        }
        return false;
    }

    /** Two capitals right before a run of digits: a country code and check digits. */
    private static int[] ibanStarts(String s, DigitRuns runs) {
        return IntStream.of(runs.starts(2)).filter(at -> at >= 2 && isCapital(s.charAt(at - 1)) && isCapital(s.charAt(at - 2)))
                .map(at -> at - 2).toArray();
    }

    private static boolean isCapital(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /**
     * Where "konto" or "account" stands in any case, also inside a compound ("lönekonto"). The
     * letters are found with indexOf (fast) and compared as ASCII: no other character folds to them.
     */
    private static int[] labelStarts(String s) {
        IntStream.Builder at = IntStream.builder();
        for (char k : new char[] {'k', 'K'}) {
            for (int i = s.indexOf(k); i >= 0; i = s.indexOf(k, i + 1)) {
                if (asciiIgnoreCase(s, i, "konto")) {
                    at.add(i);
                }
            }
        }
        // "account" is looked up from its rarer second letter
        for (char c : new char[] {'c', 'C'}) {
            for (int i = s.indexOf(c, 1); i >= 0; i = s.indexOf(c, i + 1)) {
                if ((s.charAt(i - 1) | 0x20) == 'a' && asciiIgnoreCase(s, i - 1, "account")) {
                    at.add(i - 1);
                }
            }
        }
        return at.build().toArray();
    }

    /** True when {@code word} (lower-case ASCII letters) stands at {@code at} in any case. */
    private static boolean asciiIgnoreCase(String s, int at, String word) {
        if (at + word.length() > s.length()) {
            return false;
        }
        for (int k = 1; k < word.length(); k++) {
            if ((s.charAt(at + k) | 0x20) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static void ibans(String s, AnchoredMatcher matches, List<Finding> out) {
        Matcher m = matches.match();
        while (matches.find()) {
            int end = ibanEnd(s, m.start(), m.end());
            if (end > 0) {
                out.add(new Finding(Category.BANK_ACCOUNT, m.start(), end, 0.95, RULE, "iban;mod97"));
            }
        }
    }

    /** Where the IBAN starting at {@code start} ends, cut at its country's length; -1 when it fails mod 97. */
    private static int ibanEnd(String s, int start, int max) {
        Integer length = IBAN_LENGTHS.get(s.substring(start, start + 2));
        StringBuilder compact = new StringBuilder();
        int i = start;
        int lastValid = -1;
        while (i < max) {
            char c = s.charAt(i++);
            if (c == ' ') {
                continue;
            }
            compact.append(c);
            boolean lengthOk = length == null ? compact.length() >= 15 : compact.length() == length;
            if (lengthOk && (i >= s.length() || !Character.isLetterOrDigit(s.charAt(i))) && Checksums.iban(compact)) {
                lastValid = i;
            }
            if (length != null && compact.length() == length) {
                // A known length: the IBAN ends here or it is no IBAN; it must not run into a letter or digit.
                return lastValid;
            }
        }
        return lastValid;
    }

    private static void personkonton(String s, AnchoredMatcher matches, List<Finding> out) {
        Matcher m = matches.match();
        while (matches.find()) {
            String digits = Checksums.digits(m.group("pnr"));
            String ten = digits.substring(digits.length() - 10);
            if (!Spans.yymmdd(ten.substring(0, 6)) || !Checksums.luhn(ten)) {
                continue;
            }
            boolean context = CONTEXT.near(s, m.start(), m.end());
            out.add(new Finding(Category.BANK_ACCOUNT, m.start(), m.end(), context ? 0.95 : 0.85, RULE,
                    "nordea-personkonto;luhn" + (context ? ";context" : "")));
        }
    }

    private static void clearingAccounts(String s, AnchoredMatcher matches, List<Finding> out) {
        Matcher m = matches.match();
        while (matches.find()) {
            int accountDigits = Checksums.digits(m.group("account")).length();
            if (accountDigits < 7 || accountDigits > 10) {
                continue;
            }
            if (YEAR_DATE.matcher(s).region(m.start(), m.end()).lookingAt()) {
                continue;
            }
            boolean swedbank = m.group("clearing").length() == 6 && m.group("clearing").startsWith("8");
            boolean context = CONTEXT.near(s, m.start(), m.end());
            if (!context && !swedbank) {
                continue;
            }
            double confidence = context ? 0.9 : 0.7;
            out.add(new Finding(Category.BANK_ACCOUNT, m.start(), m.end(), confidence, RULE,
                    "clearing-account" + (swedbank ? ";clearing-5" : "") + (context ? ";context" : "")));
        }
    }

    private static void labelledAccounts(String s, AnchoredMatcher matches, List<Finding> out) {
        Matcher m = matches.match();
        while (matches.find()) {
            String account = m.group("account");
            int digits = Checksums.digits(account).length();
            if (digits < 7 || digits > 16 || YEAR_DATE.matcher(account).lookingAt()) {
                continue;
            }
            out.add(new Finding(Category.BANK_ACCOUNT, m.start("account"), m.end("account"), 0.8, RULE, "account-label"));
        }
    }

    private static void giro(String s, AnchoredMatcher matches, String kind, List<Finding> out) {
        Matcher m = matches.match();
        while (matches.find()) {
            String digits = Checksums.digits(m.group());
            if (digits.length() < 5 || !Checksums.luhn(digits) || !CONTEXT.near(s, m.start(), m.end())
                    || CLEARING_LABEL.near(s, m.start(), m.end(), 20, 0)) {
                continue;
            }
            out.add(new Finding(Category.BANK_ACCOUNT, m.start(), m.end(), 0.85, RULE, kind + ";luhn;context"));
        }
    }

    private static Map<String, Integer> ibanLengths() {
        Map<String, Integer> lengths = new HashMap<>();
        for (String line : Lexicon.load("iban-lengths.txt")) {
            String[] parts = line.split("\\s+");
            lengths.put(parts[0].toUpperCase(Locale.ROOT), Integer.parseInt(parts[1]));
        }
        return Map.copyOf(lengths);
    }
}
