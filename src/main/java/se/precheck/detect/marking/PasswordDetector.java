package se.precheck.detect.marking;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.precheck.detect.Detector;
import se.precheck.detect.Finding;
import se.precheck.detect.NormalizedText;
import se.precheck.policy.Category;
import se.precheck.policy.Policy;

/**
 * Passwords: in config lines, forms and connection strings ("password=…", "Lösenord: …",
 * "Pwd=…;", {@code "password": "…"}), in prose ("Lösenordet är Sommar2024!") and in URLs
 * ("postgres://user:pass@host"). The finding marks the value only. Placeholders
 * ("&lt;ditt lösenord&gt;", "***", "changeme", "${DB_PASSWORD}") and instructions about passwords
 * ("byt lösenord var 90:e dag") do not fire.
 */
public final class PasswordDetector implements Detector {

    static final String RULE = "R5-inloggningsuppgift";

    private static final String KEYS = Lexicon.alternation(Lexicon.load("credential-keys.txt"));

    // A remark in brackets after the word: "Lösenord (tillfälligt): …", "Lösenordet (skiftlägeskänsligt) är …".
    private static final String REMARK = "(?:\\s{0,3}+\\([^()\\n]{1,30}+\\))?+";

    // What a network key or code opens: "Wi-Fi-koden", "WPA2-nyckel", "nätverksnyckeln", "routerlösenordet".
    private static final String NETWORK = "(?:wi-?fi|wlan|wpa[23]?)";

    // key, optional closing quote of a JSON/YAML key, separator, then a quoted or a bare value.
    private static final Anchored KEY_VALUE = new Anchored(Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:" + KEYS + ")(?:\\s{1,3}+(?:till|för|på|to|for)(?:\\s{1,3}+[^\\s:=]{1,30}+){1,5})?" + REMARK
                    + "[\"']?+\\s{0,3}+(:=|=>|[:=]|-(?=\\s))\\s{0,3}+"
                    + "(?:\"([^\"\\n]{1,128}+)\"|'([^'\\n]{1,128}+)'|([^\\s\"'<>;,]{1,128}+))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), Literals.phraseStarts(Lexicon.load("credential-keys.txt")), 200);

    // "Lösenordet är X", "lösenordet till wifi är X", "lösenordet har ändrats till X", "the password is X".
    private static final Anchored PROSE = new Anchored(Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:lösenord(?:et)?|lösen|password|pwd|pw|passphrase|api-?nyckel(?:n)?|nyckeln|api[ -]key|token(?:et)?|secret"
                    + "|passcode|lösenkod(?:en)?|" + NETWORK + "-?(?:koden|kod|nyckeln|nyckel))"
                    + "(?:\\s{1,3}+(?:till|för|på|i|hos|in|at|to|for|of|on)(?:\\s{1,3}+[^\\s.,;:!?]{1,30}+){1,4}){0,2}" + REMARK
                    + "\\s{1,3}+(?:är|e|blir|blev|var|is|was|will\\s{1,3}+be|(?:har\\s{1,3}+)?(?:ändrats|satts|bytts|byts|återställts)\\s{1,3}+till"
                    + "|(?:has\\s{1,3}+been\\s{1,3}+)?(?:changed|set|reset)\\s{1,3}+to)(?:\\s{0,2}+:)?\\s{1,3}+(?:nu\\s{1,3}+|now\\s{1,3}+)?"
                    + "[\"'“”„«]?+([^\\s\"'“”»]{4,64}+)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            Literals.ignoreCase("lösen", "password", "pwd", "pw", "passphrase", "api", "nyckeln", "token", "secret", "passcode",
                    "wifi", "wi-fi", "wlan", "wpa"), 140);

    // "Jag satte lösenordet till Hedemora2026", "I changed the password to Spring2026".
    private static final Anchored SET_TO = new Anchored(Pattern.compile(
            "(?:satte|sätter|satt|ändrade|ändrat|bytte|bytt|byter|set|changed|reset)\\s{1,3}+(?:om\\s{1,3}+)?"
                    + "(?:(?:ditt|ert|hans|hennes|mitt|the|your|my)\\s{1,3}+)?(?:lösenordet|lösenord|lösen|password)\\s{1,3}+(?:till|to)\\s{1,3}+"
                    + "[\"'“”„«]?+([^\\s\"'“”»]{4,64}+)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            Literals.ignoreCase("satte", "sätter", "satt", "ändrade", "ändrat", "bytte", "bytt", "byter", "set", "changed", "reset"), 140);

    // "tillfälligt lösenord Hed!2025-xK7q": the value right after the word, no separator. Only
    // values that cannot be ordinary words count (see looksLikeStrongPassword).
    private static final Anchored BARE = new Anchored(Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:lösenord(?:et)?|lösen|lösenkod(?:en)?|password|passcode|pwd?|engångskod(?:en)?|" + NETWORK + "-?(?:nyckel(?:n)?|lösenord(?:et)?))"
                    + "\\s{1,3}+([^\\s\"'“”»]{6,64}+)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            Literals.ignoreCase("lösen", "password", "passcode", "pw", "engångskod", "wifi", "wi-fi", "wlan", "wpa"), 140);

    // "Pass: Q!w2e3r4" after a user name: "Pass" is also a work shift ("Pass: kväll 14-21"), so only a
    // value that cannot be a shift or a word counts (looksLikeStrongPassword). "Passcode 482913",
    // "Passcode: Xy7bQ2": a meeting's code, digits or a password-like value. Tried where the
    // family's scan found "pass" at the start of a word.
    private static final Pattern PASS_FIELD = Pattern.compile(
            "pass(\\s?code)?+\\s{0,3}+([:=])?+\\s{0,3}+([^\\s\"'<>;,]{4,64}+)", Pattern.CASE_INSENSITIVE);

    // A password named by a compound noun: "provlösenordet Ekorre-vt25", "gästlösenordet är Vinter-25",
    // "adminlösenord: …". Tried where "lösenord" stands inside a word (the word-start patterns above
    // take the plain noun), with or without a hyphen before it.
    private static final Pattern COMPOUND_PASSWORD = Pattern.compile(
            "(?:lösenord|losenord)(?:et)?" + REMARK
                    + "(?:\\s{0,3}+(?:[:=]|är|blir|blev|var)(?![\\p{L}])\\s{0,3}+|\\s{1,3}+)[\"'“”„«]?+([^\\s\"'“”»<>]{4,64}+)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    // Keys made up with a prefix ("PGPASSWORD=", "DB_PASS=", "smtpPassword:") and XML settings
    // (<add key="SmtpPassword" value="…"/>); run only when the text holds "pass" or "pwd".
    private static final Pattern COMPOUND_KEY = Pattern.compile(
            "(?<![A-Za-z0-9])[A-Za-z0-9]{1,30}?[_.\\-]?(?:password|passwd|pass|pwd)(?![A-Za-z])[\"']?+\\s{0,3}+(?:=|:)\\s{0,3}+"
                    + "(?:\"([^\"\\n]{1,128}+)\"|'([^'\\n]{1,128}+)'|([^\\s\"'<>;,]{1,128}+))",
            Pattern.CASE_INSENSITIVE);
    // <password>X</password>, <ns:AdminPwd>X</ns:AdminPwd>
    private static final Pattern XML_ELEMENT = Pattern.compile(
            "<[A-Za-z_:.\\-]{0,20}?(?:password|passwd|pwd)[A-Za-z_]{0,10}+>([^<\\s]{1,128}+)</", Pattern.CASE_INSENSITIVE);
    // The value before the word: "Använd Vinter2024 som lösenord", "Vinter2024 är lösenordet till gästkontot".
    private static final Pattern VALUE_BEFORE = Pattern.compile(
            "(?<![^\\s\"'“„«(])[\"'“„«]?+([^\\s\"'“”»]{6,64}+)[\"'”»]?\\s{1,3}+(?:som|as|är|is)\\s{1,3}+(?:(?:det|ditt|ert|the|your)\\s{1,3}+)?(?:(?:nya|new|tillfälliga|temporary)\\s{1,3}+)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The '<' that opens the element name holding {@code hit} ("<ns:AdminPassword>"), or -1. */
    private static int tagOpen(String text, int hit) {
        for (int i = hit - 1; i >= 0 && hit - i <= 22; i--) {
            char c = text.charAt(i);
            if (c == '<') {
                return i;
            }
            if (!(Character.isLetter(c) || c == '_' || c == ':' || c == '.' || c == '-')) {
                return -1;
            }
        }
        return -1;
    }

    private static final Pattern XML_SETTING = Pattern.compile(
            "key\\s{0,2}+=\\s{0,2}+\"[^\"\\n]{0,40}?(?:password|passwd|pwd|lösenord|secret)[^\"\\n]{0,20}+\"\\s{1,3}+value\\s{0,2}+=\\s{0,2}+\"([^\"\\n]{1,128}+)\"",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    // What a code opens: a door, an alarm, a cupboard, a shared room (with any ending: "porten", "larmet").
    private static final String LOCKS = "(?:nyckelbox|nyckelskåp|nyckelgömma|larm|port|dörr|grind|entré|förråd|kassaskåp|läkemedelsskåp"
            + "|medicinskåp|kodlås|garage|cykelrum|soprum|tvättstug|källar|personalrum|omklädningsrum)\\p{L}{0,6}+";

    // Codes that open doors, alarms and cards, and one-time codes: "portkod 1234", "PIN-kod: 4821",
    // "larmkoden är 5566#", "Din engångskod är 483920".
    private static final Anchored ACCESS_CODE = new Anchored(Pattern.compile(
            "(?:pin(?:-?kod(?:en)?)?|puk(?:-?kod(?:en)?)?|kodlås(?:et)?|nyckelskåpskod(?:en)?"
                    + "|(?:port|larm|dörr|grind|entré|garage|tvättstugs|förråds|nyckelbox|cykelrums|soprums|alarm)-?kod(?:en)?"
                    + "|(?:door|alarm|gate|entry|lock|keypad|pin)\\s{0,2}+-?code"
                    + "|(?:engångs|verifierings|säkerhets|sms-|aktiverings|bekräftelse|lösen|inloggnings|åtkomst|behörighets|bankid-?|skärmlås)kod(?:en)?"
                    + "|" + NETWORK + "-?kod(?:en)?|access\\s{1,3}+code"
                    + "|kod(?:en)?\\s{1,3}+till\\s{1,3}+" + LOCKS + ")"
                    + "\\s{0,3}+(?:[:=]|är|is)?\\s{0,3}+(\\d{3}[ -]\\d{3}|\\d{4,8}+#?)(?![\\p{N}\\-/.:]\\p{N})(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            Literals.ignoreCase("pin", "puk", "port", "larm", "dörr", "grind", "entré", "garage", "tvättstug", "förråd", "nyckelbox",
                    "cykelrum", "soprum", "alarm", "door", "gate", "entry", "lock", "keypad",
                    "kod", "nyckelskåpskod", "bankid", "skärmlåskod",
                    "engångskod", "verifieringskod", "säkerhetskod", "sms-kod", "aktiveringskod", "bekräftelsekod",
                    "lösenkod", "inloggningskod", "åtkomstkod", "behörighetskod", "access code",
                    "wifi", "wi-fi", "wlan", "wpa"), 60);

    // A code for a named lock, alarm or cupboard, said with "är" or ':': "Larmkoden till idrottshallen
    // är 2580", "nya koden till läkemedelsskåpet på avdelning Björken är 7193". The "är"/':' keeps
    // out "koden för rapporten 2024".
    private static final Anchored CODE_FOR_PLACE = new Anchored(Pattern.compile(
            "(?<![\\p{L}])(?:(?:pin|port|larm|dörr|grind|entré|förråds|nyckelskåps|nyckel|alarm)-?kod(?:en)?|kod(?:en)?|kodlås(?:et)?)"
                    + "\\s{1,3}+(?:till|för|på|i)(?:\\s{1,3}+[\\p{L}\\-]{1,30}+){1,4}?\\s{0,3}+(?::|är|blir)\\s{0,3}+"
                    + "(\\d{4,8}+#?)(?![\\p{N}\\-/.:]\\p{N})(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            Literals.ignoreCase("pin", "port", "larm", "dörr", "grind", "entré", "förråd", "nyckel", "alarm", "kod"), 160);

    // What a code opens, named first: "Nyckelboxen har kod 7788", "Larmet: kod 1122", "Koden är 4711 till förrådet".
    private static final Anchored LOCK_THEN_CODE = new Anchored(Pattern.compile(
            "(?<![\\p{L}])" + LOCKS + "\\s{0,3}+(?:har\\s{1,3}+(?:(?:ny|nya|fått)\\s{1,3}+)?|[:,]\\s{0,3}+(?:(?:ny|nya)\\s{1,3}+)?|(?<=\\s))kod(?:en)?"
                    + "\\s{0,3}+(?:[:=]\\s{0,3}+|är\\s{1,3}+)?(\\d{4,8}+#?)(?![\\p{N}\\-/.:]\\p{N})(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            Literals.ignoreCase("nyckel", "larm", "port", "dörr", "grind", "entré", "förråd", "kassaskåp", "läkemedelsskåp",
                    "medicinskåp", "kodlås", "garage", "cykelrum", "soprum", "tvättstug", "källar", "personalrum", "omklädningsrum"), 80);
    private static final Anchored CODE_THEN_LOCK = new Anchored(Pattern.compile(
            "(?<![\\p{L}])(?:(?:port|larm|dörr|pin)-?)?kod(?:en)?\\s{1,3}+är\\s{1,3}+(\\d{4,8}+#?)\\s{1,3}+(?:till|för|på|i)\\s{1,3}+" + LOCKS,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            Literals.ignoreCase("kod", "port", "larm", "dörr", "pin"), 80);

    // A password named, then a few words, then a colon and the value: "Lösenordet skickar jag i
    // separat sms: Tennis!2024", "Here is the password for the kiosk: K!osk2026". Only values that
    // cannot be words count.
    private static final Anchored NAMED_THEN_COLON = new Anchored(Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:lösenord(?:et)?|lösen|password|pwd|pw|passphrase)(?:\\s{1,3}+[^\\s:=.!?]{1,30}+){1,6}\\s{0,3}+:\\s{1,3}+"
                    + "[\"'“”„«]?+([^\\s\"'“”»<>]{6,64}+)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            Literals.ignoreCase("lösen", "password", "pwd", "pw", "passphrase"), 200);

    // A login written as user and password with a slash: "inloggning: vik.solgarden3 / Hemligt123",
    // "logga in med konsult07 / Q!w2e3r4".
    private static final Anchored LOGIN_PAIR = new Anchored(Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:inloggning(?:en|suppgifter(?:na)?)?|inlogg|login|log-in|logga\\s{1,3}+in\\s{1,3}+med|credentials"
                    + "|" + NETWORK + "|gäst-?nät(?:et)?|gästnätverk(?:et)?)"
                    + "(?:\\s{0,3}+[:=]|\\s{1,3}+(?:is|är))?\\s{0,3}+[^\\s/:]{2,64}+\\s{0,3}+/\\s{0,3}+([^\\s\"'“”»/]{4,64}+)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            Literals.ignoreCase("inlogg", "login", "log-in", "logga", "credentials", "wifi", "wi-fi", "wlan", "wpa", "gäst"), 160);

    // The code or key of a wireless network named by what it opens: "kod till wifi: Dalalven77",
    // "koden för gästnätet är Solros#24", "the code for the guest network is …".
    private static final Anchored NETWORK_CODE = new Anchored(Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:kod(?:en)?|nyckel(?:n)?|code|key)\\s{1,3}+(?:till|för|på|to|for|of)\\s{1,3}+"
                    + "(?:(?:det|vårt|ert|the|our)\\s{1,3}+)?(?:(?:trådlösa|gäst|guest|wireless)\\s{1,3}+)?"
                    + "(?:wi-?fi\\p{L}{0,6}+|wlan\\p{L}{0,6}+|nätverk\\p{L}{0,4}+|gäst-?nät\\p{L}{0,4}+|gäst-?wi-?fi\\p{L}{0,4}+|network|router\\p{L}{0,4}+)"
                    + "\\s{0,3}+(?:[:=]|är|blir|is)\\s{0,3}+[\"'“”„«]?+([^\\s\"'“”»<>]{4,64}+)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            Literals.ignoreCase("kod", "nyckel", "code", "key"), 140);

    private static final Keywords PASS = Keywords.anyCase("pass", "pwd");
    private static final Keywords PASSWORD_NOUN = Keywords.anyCase("lösenord", "losenord");
    private static final Keywords KEY = Keywords.anyCase("key");
    private static final Keywords SCHEME = Keywords.exact("://");
    /** The keyword pre-filters, for the family's {@link Scan}. */
    static final List<Keywords> KEYWORDS = List.of(PASS, KEY, SCHEME, PASSWORD_NOUN);

    /** The anchored patterns, for the family's {@link Scan}. */
    static final List<Anchored> ANCHORED = List.of(KEY_VALUE, PROSE, SET_TO, BARE, ACCESS_CODE, CODE_FOR_PLACE, LOGIN_PAIR, NETWORK_CODE,
            LOCK_THEN_CODE, CODE_THEN_LOCK, NAMED_THEN_COLON);

    // The text of a Wi-Fi QR code: "WIFI:T:WPA;S:Gästnät;P:Solros#2024;;" (P is the password).
    private static final Pattern WIFI_QR = Pattern.compile("WIFI:(?:[A-Z]:(?:[^;\\\\\\n]|\\\\.){0,64}+;){0,4}?P:((?:[^;\\\\\\n]|\\\\.){1,64}+);");
    private static final String WIFI_QR_LITERAL = "WIFI:";

    // scheme://user:password@host
    private static final Pattern URL_USERINFO = Pattern.compile(
            "(?<![\\p{L}\\p{N}+.\\-])[A-Za-z][A-Za-z0-9+.\\-]{1,15}+://[^\\s:/@]{1,64}+:([^\\s@/]{1,128}+)@[\\p{L}\\p{N}.\\-]{1,253}+");

    @Override
    public List<Finding> detect(NormalizedText normalized, Policy policy) {
        return detect(Scan.of(normalized.text()));
    }

    /** The findings on the family's shared scan of the text. */
    List<Finding> detect(Scan scan) {
        String text = scan.text();
        List<Finding> out = new ArrayList<>();
        for (MatchResult m : KEY_VALUE.findAll(scan)) {
            int group = m.group(2) != null ? 2 : m.group(3) != null ? 3 : 4;
            keyValue(text, m, group, out);
        }
        for (MatchResult m : PROSE.findAll(scan)) {
            int end = trimSentenceEnd(text, m.start(1), m.end(1));
            String value = text.substring(m.start(1), end);
            // "lösenordet var X" is a telling; "byt lösenordet var 90:e dag" is a schedule
            boolean was = PAST_VAR.matcher(text).region(m.start(), m.start(1)).find();
            if (Secrets.looksLikePassword(value) && !Secrets.isPlaceholder(value) && (!was || Secrets.hasLettersAndDigits(value))) {
                addUnlessCovered(out, new Finding(Category.CREDENTIAL, m.start(1), end, 0.85, RULE, "password;prose"));
            }
        }
        for (MatchResult m : SET_TO.findAll(scan)) {
            int end = trimSentenceEnd(text, m.start(1), m.end(1));
            String value = text.substring(m.start(1), end);
            if (Secrets.looksLikePassword(value) && !Secrets.isPlaceholder(value)) {
                addUnlessCovered(out, new Finding(Category.CREDENTIAL, m.start(1), end, 0.85, RULE, "password;set-to"));
            }
        }
        for (MatchResult m : BARE.findAll(scan)) {
            int end = trimSentenceEnd(text, m.start(1), m.end(1));
            String value = text.substring(m.start(1), end);
            if ((Secrets.looksLikeStrongPassword(value) || Secrets.hasLettersAndDigits(value)) && !Secrets.isPlaceholder(value)) {
                addUnlessCovered(out, new Finding(Category.CREDENTIAL, m.start(1), end, 0.8, RULE, "password;bare"));
            }
        }
        for (MatchResult m : findAll(PASS_FIELD, text, scan.hits(PASS), hit -> wordStart(text, hit) ? hit : -1, Anchored.MAX_MATCHES)) {
            int end = trimSentenceEnd(text, m.start(3), m.end(3));
            String value = text.substring(m.start(3), end);
            boolean passcode = m.group(1) != null;
            boolean ok = passcode ? value.matches("\\d{4,10}+") || Secrets.looksLikePassword(value)
                    : "=".equals(m.group(2)) ? Secrets.looksLikePassword(value)
                    : (m.group(2) != null || userBefore(text, m.start())) && Secrets.looksLikeStrongPassword(value);
            if (ok && !Secrets.isPlaceholder(value)) {
                addUnlessCovered(out, new Finding(Category.CREDENTIAL, m.start(3), end, 0.85, RULE, passcode ? "passcode" : "password;pass-field"));
            }
        }
        for (MatchResult m : findAll(COMPOUND_PASSWORD, text, scan.hits(PASSWORD_NOUN), hit -> insideWord(text, hit) ? hit : -1,
                Anchored.MAX_MATCHES)) {
            int end = trimSentenceEnd(text, m.start(1), m.end(1));
            String value = text.substring(m.start(1), end);
            boolean separated = SEPARATED.matcher(text).region(m.start(), m.start(1)).find();
            boolean ok = separated ? Secrets.looksLikePassword(value) : Secrets.looksLikeStrongPassword(value) || Secrets.hasLettersAndDigits(value);
            if (ok && !Secrets.isPlaceholder(value)) {
                addUnlessCovered(out, new Finding(Category.CREDENTIAL, m.start(1), end, 0.85, RULE, "password;compound"));
            }
        }
        for (MatchResult c : findAll(COMPOUND_KEY, text, scan.hits(PASS),
                hit -> nameStart(text, hit, PasswordDetector::isAsciiLetterOrDigit, 30, true), Anchored.MAX_MATCHES)) {
            if (!isMadeUpKey(c.group())) {
                continue; // "Bypass:", "Kompass:" are words, not keys
            }
            keyValue(text, c, c.group(1) != null ? 1 : c.group(2) != null ? 2 : 3, out);
        }
        for (int hit : scan.hits(PASS)) {
            int open = tagOpen(text, hit);
            if (open < 0 || out.size() >= Anchored.MAX_MATCHES) {
                continue;
            }
            Matcher x = XML_ELEMENT.matcher(text).region(open, Math.min(text.length(), open + 200));
            if (x.lookingAt() && !Secrets.isPlaceholder(x.group(1))) {
                addUnlessCovered(out, new Finding(Category.CREDENTIAL, x.start(1), x.end(1), 0.9, RULE, "password;xml-element"));
            }
        }
        for (int hit : scan.hits(PASSWORD_NOUN)) {
            Matcher v = VALUE_BEFORE.matcher(text).region(Math.max(0, hit - 60), hit);
            if (out.size() < Anchored.MAX_MATCHES && wordStart(text, hit) && v.find()) {
                int end = v.end(1);
                String value = v.group(1);
                if ((Secrets.looksLikeStrongPassword(value) || Secrets.hasLettersAndDigits(value)) && !Secrets.isPlaceholder(value)) {
                    addUnlessCovered(out, new Finding(Category.CREDENTIAL, v.start(1), end, 0.8, RULE, "password;value-before"));
                }
            }
        }
        for (MatchResult x : findAll(XML_SETTING, text, scan.hits(KEY), hit -> hit, Anchored.MAX_MATCHES)) {
            if (!Secrets.isPlaceholder(x.group(1))) {
                addUnlessCovered(out, new Finding(Category.CREDENTIAL, x.start(1), x.end(1), 0.9, RULE, "password;xml-setting"));
            }
        }
        for (MatchResult m : ACCESS_CODE.findAll(scan)) {
            if (!Secrets.isPlaceholder(m.group(1))) {
                addUnlessCovered(out, new Finding(Category.CREDENTIAL, m.start(1), m.end(1), 0.85, RULE, "access-code"));
            }
        }
        for (Anchored lock : List.of(LOCK_THEN_CODE, CODE_THEN_LOCK)) {
            for (MatchResult m : lock.findAll(scan)) {
                if (!Secrets.isPlaceholder(m.group(1))) {
                    addUnlessCovered(out, new Finding(Category.CREDENTIAL, m.start(1), m.end(1), 0.85, RULE, "access-code;lock"));
                }
            }
        }
        for (MatchResult m : CODE_FOR_PLACE.findAll(scan)) {
            addUnlessCovered(out, new Finding(Category.CREDENTIAL, m.start(1), m.end(1), 0.85, RULE, "access-code;place"));
        }
        for (MatchResult m : LOGIN_PAIR.findAll(scan)) {
            int end = trimSentenceEnd(text, m.start(1), m.end(1));
            String value = text.substring(m.start(1), end);
            if (Secrets.looksLikePassword(value) && !Secrets.isPlaceholder(value)) {
                addUnlessCovered(out, new Finding(Category.CREDENTIAL, m.start(1), end, 0.85, RULE, "password;login-pair"));
            }
        }
        for (MatchResult m : NETWORK_CODE.findAll(scan)) {
            int end = trimSentenceEnd(text, m.start(1), m.end(1));
            String value = text.substring(m.start(1), end);
            if (Secrets.looksLikePassword(value) && !Secrets.isPlaceholder(value)) {
                addUnlessCovered(out, new Finding(Category.CREDENTIAL, m.start(1), end, 0.85, RULE, "password;network-code"));
            }
        }
        for (MatchResult m : NAMED_THEN_COLON.findAll(scan)) {
            int end = trimSentenceEnd(text, m.start(1), m.end(1));
            String value = text.substring(m.start(1), end);
            if (Secrets.looksLikeStrongPassword(value) && !Secrets.isPlaceholder(value)) {
                addUnlessCovered(out, new Finding(Category.CREDENTIAL, m.start(1), end, 0.8, RULE, "password;named-then-colon"));
            }
        }
        findCommandLineUsers(text, out);
        findCommandSecrets(text, scan, out);
        for (int at = text.indexOf(WIFI_QR_LITERAL); at >= 0 && out.size() < Anchored.MAX_MATCHES; at = text.indexOf(WIFI_QR_LITERAL, at + 1)) {
            Matcher qr = WIFI_QR.matcher(text).region(at, Math.min(text.length(), at + 400));
            if (qr.lookingAt() && !Secrets.isPlaceholder(qr.group(1))) {
                addUnlessCovered(out, new Finding(Category.CREDENTIAL, qr.start(1), qr.end(1), 0.95, RULE, "password;wifi-qr"));
            }
        }
        for (MatchResult m : findAll(URL_USERINFO, text, scan.hits(SCHEME),
                hit -> nameStart(text, hit, PasswordDetector::isSchemeChar, 16, false), Anchored.MAX_MATCHES - out.size())) {
            if (!Secrets.isPlaceholder(m.group(1)) && !m.group(1).equalsIgnoreCase("pass")) {
                addUnlessCovered(out, new Finding(Category.CREDENTIAL, m.start(1), m.end(1), 0.9, RULE, "password;url"));
            }
        }
        return out;
    }

    /**
     * The matches of {@code pattern} from left to right, not overlapping, as {@code Matcher.find}
     * would give them, but tried only at the starts that {@code startOf} derives from the keyword
     * hits (-1: none there).
     */
    private static List<MatchResult> findAll(Pattern pattern, String text, int[] keywordHits, IntUnaryOperator startOf, int limit) {
        List<MatchResult> out = new ArrayList<>();
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int from = 0;
        int tried = -1;
        for (int k = 0; k < keywordHits.length && out.size() < limit; k++) {
            int hit = keywordHits[k];
            int start = startOf.applyAsInt(hit);
            if (start < from || start == tried) {
                continue;
            }
            tried = start;
            if (m.region(start, text.length()).lookingAt()) {
                out.add(m.toMatchResult());
                from = m.end();
            }
        }
        return out;
    }

    /**
     * Where a name in front of the keyword at {@code hit} begins ("DB_PASS", "PGPASSWORD",
     * "postgres://"): the start of the run of name characters before it, at most {@code maxLength}
     * long and at least one character; with {@code separator}, one '_', '.' or '-' may stand right
     * before the keyword. -1 when there is no such name.
     */
    private static int nameStart(String text, int hit, IntPredicate nameChar, int maxLength, boolean separator) {
        int end = hit;
        if (separator && end > 0 && "_.-".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        int s = end;
        while (s > 0 && nameChar.test(text.charAt(s - 1))) {
            if (end - s >= maxLength) {
                return -1;
            }
            s--;
        }
        return s < end ? s : -1;
    }

    private static final Pattern PAST_VAR = Pattern.compile("(?<![\\p{L}])var(?:\\s{0,3}+:)?\\s{1,3}+[\"'“”„«]?+$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SEPARATED = Pattern.compile("[:=]|(?<![\\p{L}])(?:är|blir|blev|var)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static boolean wordStart(String text, int hit) {
        return hit == 0 || !Character.isLetterOrDigit(text.charAt(hit - 1));
    }

    /** A keyword that is the last part of a compound: a letter or digit before it, or one before a hyphen. */
    private static boolean insideWord(String text, int hit) {
        int before = hit > 0 && text.charAt(hit - 1) == '-' ? hit - 1 : hit;
        return before > 0 && Character.isLetterOrDigit(text.charAt(before - 1));
    }

    private static boolean isAsciiLetterOrDigit(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    /** A character of a URL scheme after its first letter ("svn+ssh", "x-app"). */
    private static boolean isSchemeChar(int c) {
        return isAsciiLetterOrDigit(c) || c == '+' || c == '.' || c == '-';
    }

    private static void keyValue(String text, MatchResult m, int group, List<Finding> out) {
        boolean bare = group == m.groupCount();
        int start = m.start(group);
        int end = bare ? trimSentenceEnd(text, start, m.end(group)) : m.end(group);
        if (PAIR_LABEL_BEFORE.matcher(text).region(Math.max(0, m.start() - 24), m.start()).find()) {
            // "Användarnamn/lösenord: anna.s / Vinter2024": the first value is the user name
            Matcher second = SECOND_OF_PAIR.matcher(text).region(end, Math.min(text.length(), end + 70));
            if (second.lookingAt() && Secrets.looksLikePassword(second.group(1)) && !Secrets.isPlaceholder(second.group(1))) {
                int e = trimSentenceEnd(text, second.start(1), second.end(1));
                addUnlessCovered(out, new Finding(Category.CREDENTIAL, second.start(1), e, 0.9, RULE, "password;pair-label"));
            }
            return;
        }
        if (bare && COMMAND.matcher(text.substring(start, end)).matches()) {
            // "$pw = ConvertTo-SecureString \"Vinter#2025\" -AsPlainText", "pwd = getpass()": the value is a call;
            // a literal handed to it is the secret, a prompt or nothing is not
            Matcher literal = LITERAL_ARGUMENT.matcher(text).region(end, Math.min(text.length(), end + 80));
            if (literal.lookingAt() && Secrets.looksLikePassword(literal.group(1)) && !Secrets.isPlaceholder(literal.group(1))) {
                addUnlessCovered(out, new Finding(Category.CREDENTIAL, literal.start(1), literal.end(1), 0.9, RULE, "password;command-literal"));
            }
            return;
        }
        if (bare && m.start() > 0 && (text.charAt(m.start() - 1) == '?' || text.charAt(m.start() - 1) == '&')) {
            int amp = text.indexOf('&', start);
            end = amp >= 0 && amp < end ? amp : end; // "?token=…&dl=1": the next parameter is not part of the secret
        }
        String value = text.substring(start, end);
        if (value.length() < 3 || Secrets.isPlaceholder(value)) {
            return;
        }
        if ("-".equals(m.group(1)) && !Secrets.looksLikePassword(value)) {
            return; // "Lösenord - byts varje kvartal": a dash before words is a heading, not a value
        }
        boolean colon = text.lastIndexOf(':', start) >= m.start() && text.lastIndexOf('=', start) < m.start();
        if (bare && colon && isProseAfterColon(text, value, end)) {
            return; // "Lösenord: skickas separat", "Lösenord: se bifogad fil"
        }
        addUnlessCovered(out, new Finding(Category.CREDENTIAL, start, end, bare ? 0.9 : 0.95, RULE,
                bare ? "password;key-value" : "password;quoted"));
    }

    // A command or a call as the value: a PowerShell cmdlet with a common verb ("Kaffe-Kopp" stays a
    // password), "getpass.getpass()", "input(".
    private static final Pattern COMMAND = Pattern.compile("(?:Get|Set|New|Read|ConvertTo|ConvertFrom|Import|Export|Invoke|Add|Out)-\\p{Lu}\\p{L}{1,30}+|[\\p{Ll}_][\\p{L}\\p{N}_.]{0,40}+\\([^)]{0,60}+\\)?");
    // The first literal handed to that command, after at most two switches: ' "Vinter#2025" ', " -String 'X'".
    private static final Pattern LITERAL_ARGUMENT = Pattern.compile(
            "(?:\\s{1,3}+-\\p{L}{1,20}+){0,2}\\s{1,3}+[(]?[\"']([^\"'\\s]{4,64}+)[\"']");
    // A combined label: "Användarnamn/lösenord:", "user/pass =", "Login / Password:".
    private static final Pattern PAIR_LABEL_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:användarnamn|användare|anv\\.?namn|user(?:name)?|login|inlogg(?:ning)?)\\s{0,2}+[/&]\\s{0,2}+$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SECOND_OF_PAIR = Pattern.compile("\\s{0,3}+[/,;|]\\s{0,3}+([^\\s\"'“”»/]{4,64}+)");
    // A user name just before "pass": "user admin / pass Pr1nt!Hdm", "Användare: vik03, pass X".
    private static final Pattern USER_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:user(?:name)?|användar(?:e|namn(?:et)?)|anv\\.?|login|konto)\\s{0,3}+[:=]?\\s{0,3}+[^\\s/]{1,64}+\\s{0,3}+[/,;|]?\\s{0,3}+$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static boolean userBefore(String text, int passStart) {
        return USER_BEFORE.matcher(text).region(Math.max(0, passStart - 80), passStart).find();
    }

    // "curl -u admin:Secret123 https://…", "--user svc:Q!w2e3": a user name and password for basic authentication.
    private static final Pattern CLI_USER = Pattern.compile(
            "(?:-u|--user)(?:\\s{1,3}+|=)[\"']?+[^\\s:\"'/]{1,64}+:([^\\s\"'@]{3,64}+)");

    private static void findCommandLineUsers(String text, List<Finding> out) {
        int found = 0;
        for (int at = text.indexOf("-u"); at >= 0 && found < Anchored.MAX_MATCHES; at = text.indexOf("-u", at + 2)) {
            int start = at > 0 && text.charAt(at - 1) == '-' ? at - 1 : at;
            if (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
                continue;
            }
            Matcher m = CLI_USER.matcher(text).region(start, Math.min(text.length(), start + 200));
            if (m.lookingAt() && !Secrets.isPlaceholder(m.group(1))) {
                found++;
                addUnlessCovered(out, new Finding(Category.CREDENTIAL, m.start(1), m.end(1), 0.9, RULE, "password;command-line-user"));
            }
        }
    }

    // Secrets on a command line: a password switch with a quoted value ("-Password 'X'", "sshpass -p 'X'",
    // "--password \"X\""), "mysql -pX", "net use … /user:DOMÄN\\namn X", and the plain text handed to
    // ConvertTo-SecureString, whatever variable it goes to.
    private static final Pattern PASSWORD_SWITCH = Pattern.compile(
            "(?i)(?:--?(?:password|passwd|pass|pwd|p))\\s{1,3}+[\"']([^\"'\\s]{4,64}+)[\"']");
    private static final Pattern MYSQL_P = Pattern.compile("(?i)(?:mysql|mysqldump|mariadb)\\s[^\\n]{0,80}?\\s-p([^\\s\"'-][^\\s\"']{3,63}+)");
    private static final Pattern NET_USE = Pattern.compile("(?i)net\\s{1,3}+use\\s[^\\n]{0,120}?/user:[^\\s]{1,64}+\\s{1,3}+([^\\s/\"*]{4,64}+)");
    private static final Pattern SECURE_STRING = Pattern.compile(
            "(?i)ConvertTo-SecureString\\s{1,3}+(?:-String\\s{1,3}+)?[\"']([^\"'\\s]{4,64}+)[\"']");
    private static final int COMMAND_REACH = 240;

    private static void findCommandSecrets(String text, Scan scan, List<Finding> out) {
        int found = 0;
        for (int hit : scan.hits(PASS)) {
            int from = hit > 0 && text.charAt(hit - 1) == '-' ? hit - 1 : hit;
            from = from > 0 && text.charAt(from - 1) == '-' ? from - 1 : from;
            Matcher m = PASSWORD_SWITCH.matcher(text).region(from, Math.min(text.length(), from + 120));
            if (from < hit && m.lookingAt() && !Secrets.isPlaceholder(m.group(1)) && found++ < Anchored.MAX_MATCHES) {
                addUnlessCovered(out, new Finding(Category.CREDENTIAL, m.start(1), m.end(1), 0.9, RULE, "password;command-switch"));
            }
        }
        for (String literal : COMMAND_LITERALS) {
            for (int at = text.indexOf(literal); at >= 0 && found < Anchored.MAX_MATCHES; at = text.indexOf(literal, at + literal.length())) {
                Matcher m = commandPattern(literal).matcher(text).region(at, Math.min(text.length(), at + COMMAND_REACH));
                boolean hit = literal.equals("sshpass") ? m.find() : m.lookingAt();
                if (hit && Secrets.looksLikePassword(m.group(1)) && !Secrets.isPlaceholder(m.group(1))) {
                    found++;
                    addUnlessCovered(out, new Finding(Category.CREDENTIAL, m.start(1), m.end(1), 0.9, RULE, "password;command"));
                }
            }
        }
    }

    // The commands as people write them; String.indexOf per spelling is far cheaper than a case-blind scan.
    private static final String[] COMMAND_LITERALS = {"sshpass", "mysql", "MYSQL", "mariadb", "net use", "NET USE", "Net use",
        "ConvertTo-SecureString", "convertto-securestring"};

    private static Pattern commandPattern(String literal) {
        String lower = literal.toLowerCase(java.util.Locale.ROOT);
        return switch (lower) {
            case "net use" -> NET_USE;
            case "convertto-securestring" -> SECURE_STRING;
            case "sshpass" -> PASSWORD_SWITCH;
            default -> MYSQL_P;
        };
    }

    /** A key with a separator (DB_PASS), in capitals (PGPASSWORD) or in camel case (smtpPassword). */
    private static boolean isMadeUpKey(String match) {
        int stop = 0;
        while (stop < match.length() && (Character.isLetterOrDigit(match.charAt(stop)) || "_.-".indexOf(match.charAt(stop)) >= 0)) {
            stop++;
        }
        String key = match.substring(0, stop);
        String lower = key.toLowerCase(java.util.Locale.ROOT);
        int at = Math.max(lower.lastIndexOf("pass"), lower.lastIndexOf("pwd"));
        return key.matches(".*[_.\\-].*") || key.equals(key.toUpperCase(java.util.Locale.ROOT))
                || (at > 0 && Character.isUpperCase(key.charAt(at)));
    }

    /** After "Lösenord:" a word of letters followed by more words ("minst 8 tecken") is an instruction, not a password. */
    private static boolean isProseAfterColon(String text, String value, int end) {
        if (!value.chars().allMatch(Character::isLetter)) {
            return false;
        }
        return end + 1 < text.length() && text.charAt(end) == ' ' && Character.isLetterOrDigit(text.charAt(end + 1));
    }

    /** Drops sentence punctuation after a bare value ("…är Sommar2024!." keeps the '!'). */
    private static int trimSentenceEnd(String text, int start, int end) {
        int e = end;
        while (e > start + 1 && ".,;:)]".indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        return e;
    }

    private static void addUnlessCovered(List<Finding> out, Finding f) {
        for (Finding g : out) {
            if (g.start() < f.end() && f.start() < g.end()) {
                return;
            }
        }
        out.add(f);
    }
}
