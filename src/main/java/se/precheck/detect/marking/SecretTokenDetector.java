package se.precheck.detect.marking;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.precheck.detect.Detector;
import se.precheck.detect.Finding;
import se.precheck.detect.NormalizedText;
import se.precheck.policy.Category;
import se.precheck.policy.Policy;

/**
 * API keys, tokens and private keys: known prefixes (GitHub, AWS, Slack, Stripe, Google, OpenAI),
 * Azure storage keys and SAS signatures, JWTs, bearer tokens, private key blocks, and generic
 * "key=/secret=/token=" values that look random (entropy, letters and digits mixed). The finding
 * marks the secret value.
 */
public final class SecretTokenDetector implements Detector {

    static final String RULE = "R5-inloggningsuppgift";

    /**
     * One kind of token: its pattern, the group holding the value, whether it must look random, and
     * the keywords every match holds (a cheap pre-filter, as in gitleaks: the pattern is tried only
     * where a keyword is). A match begins at its keyword, except for "…key=" settings, which begin
     * at the start of the setting's name ({@link #identifierStart}).
     */
    private record Kind(String name, Pattern pattern, int group, double confidence, double minEntropy,
                        Keywords keywords, boolean keywordInName) {

        Kind(String name, Pattern pattern, int group, double confidence, double minEntropy,
             List<String> keywords, boolean anyCase, boolean keywordInName) {
            this(name, pattern, group, confidence, minEntropy, new Keywords(keywords, anyCase), keywordInName);
        }

        /** A kind whose matches begin with one of its keywords, written exactly so. */
        static Kind prefixed(String name, String regex, double confidence, double minEntropy, String... prefixes) {
            return new Kind(name, Pattern.compile(regex), 0, confidence, minEntropy, Keywords.exact(prefixes), false);
        }
    }

    private static final List<Kind> KINDS = List.of(
            Kind.prefixed("github", "(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36,255}+|github_pat_[A-Za-z0-9_]{22,255}+)",
                    0.95, 0, "gh", "github_pat_"),
            Kind.prefixed("aws-access-key", "(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}(?![A-Za-z0-9])",
                    0.95, 0, "AKIA", "ASIA", "ABIA", "ACCA"),
            Kind.prefixed("gitlab", "(?<![A-Za-z0-9_])(?:glpat|glptt|gldt|glrt)-[A-Za-z0-9_\\-]{20,64}+", 0.95, 0, "glpat-", "glptt-", "gldt-", "glrt-"),
            Kind.prefixed("slack", "(?<![A-Za-z0-9])(?:xox[baprse]-[A-Za-z0-9-]{10,250}+|xapp-\\d-[A-Za-z0-9-]{10,250}+)",
                    0.95, 0, "xox", "xapp-"),
            Kind.prefixed("stripe", "(?<![A-Za-z0-9])(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,247}+",
                    0.95, 0, "sk_", "rk_"),
            Kind.prefixed("google-api-key", "(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_\\-]{35}(?![A-Za-z0-9_-])",
                    0.95, 0, "AIza"),
            Kind.prefixed("openai", "(?<![A-Za-z0-9_-])sk-(?:proj-|svcacct-|admin-)?+[A-Za-z0-9_\\-]{20,250}+",
                    0.9, 3.0, "sk-"),
            new Kind("azure-storage-key", Pattern.compile(
                    "(?i)(?<![A-Za-z])(?:AccountKey|SharedAccessKey|SharedAccessSignature)\\s{0,2}+=\\s{0,2}+([A-Za-z0-9+/]{20,200}+={0,2}+)"),
                    1, 0.95, 0, List.of("accountkey", "sharedaccess"), true, false),
            new Kind("sas-signature", Pattern.compile(
                    "[?&;]sig=([A-Za-z0-9%+/=]{20,200}+)"), 1, 0.9, 0, List.of("?sig=", "&sig=", ";sig="), false, false),
            // one-time codes in a link: "…/callback?code=9fK2mQ7xL0pR4tV8", "&auth=…"
            new Kind("url-secret-param", Pattern.compile(
                    "(?i)(?<=[?&;])(?:code|auth)=([A-Za-z0-9%+/_\\-.~]{12,512}+)"),
                    1, 0.85, 3.0, List.of("code=", "auth="), true, false),
            new Kind("basic-auth", Pattern.compile(
                    "(?i)(?<![\\p{L}])basic\\s{1,3}+([A-Za-z0-9+/]{8,400}+={0,2}+)(?![A-Za-z0-9+/=])"), 1, 0.9, 0, List.of("basic"), true, false),
            Kind.prefixed("jwt", "(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{5,4000}+\\.eyJ[A-Za-z0-9_-]{5,8000}+\\.[A-Za-z0-9_-]{0,2000}+",
                    0.9, 0, "eyJ"),
            new Kind("bearer", Pattern.compile(
                    "(?i)(?<![\\p{L}])bearer\\s{1,3}+([A-Za-z0-9\\-._~+/]{20,4000}+=*+)"), 1, 0.85, 3.0, List.of("bearer"), true, false),
            new Kind("generic-key", Pattern.compile(
                    "(?i)(?<![A-Za-z0-9_.\\-])[A-Za-z0-9_.\\-]{0,30}?(?:api[_.\\-]?key|apikey|secret|token|access[_.\\-]?key|client[_.\\-]?secret"
                            + "|private[_.\\-]?key|auth[_.\\-]?key|signing[_.\\-]?key|api-nyckel|nyckel|(?<=[A-Za-z0-9])[_.\\-]key)[A-Za-z0-9_.\\-]{0,20}?"
                            + "[\"']?+\\s{0,3}+(?::=|=>|[:=])\\s{0,3}+[\"']?+([A-Za-z0-9+/_\\-.=~]{16,256}+)"),
                    1, 0.8, 3.5, List.of("key", "secret", "token", "nyckel"), true, true));

    /** The keyword pre-filters, for the family's {@link Scan}. */
    static final List<Keywords> KEYWORDS = KINDS.stream().map(Kind::keywords).toList();

    /** The longest stretch of a setting's name before its keyword: 30 characters and "signing_". */
    private static final int MAX_NAME_BEFORE_KEYWORD = 38;

    private static final Pattern KEY_BEGIN = Pattern.compile(
            "-----BEGIN (?:[A-Z0-9]{1,20} ){0,3}PRIVATE KEY(?: BLOCK)?-----");
    private static final Pattern KEY_END = Pattern.compile(
            "-----END (?:[A-Z0-9]{1,20} ){0,3}PRIVATE KEY(?: BLOCK)?-----");
    private static final int MAX_KEY_BLOCK = 20_000;
    private static final String BEGIN_LITERAL = "-----BEGIN ";

    @Override
    public List<Finding> detect(NormalizedText normalized, Policy policy) {
        return detect(Scan.of(normalized.text()));
    }

    /** The findings on the family's shared scan of the text. */
    List<Finding> detect(Scan scan) {
        String text = scan.text();
        List<Finding> out = new ArrayList<>();
        if (text.contains(BEGIN_LITERAL)) {
            findPrivateKeys(text, out);
        }
        for (Kind kind : KINDS) {
            find(kind, text, scan.hits(kind.keywords()), out);
        }
        return out;
    }

    /** The matches of one kind from left to right, not overlapping, as {@code Matcher.find} would give them. */
    private static void find(Kind kind, String text, int[] keywordHits, List<Finding> out) {
        Matcher m = kind.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int from = 0;
        int tried = -1;
        int seen = 0;
        for (int k = 0; k < keywordHits.length && seen < Anchored.MAX_MATCHES; k++) {
            int hit = keywordHits[k];
            int start = kind.keywordInName() ? identifierStart(text, hit) : hit;
            if (start < from || start == tried) {
                continue;
            }
            tried = start;
            m.region(start, text.length());
            if (!m.lookingAt()) {
                continue;
            }
            seen++;
            from = m.end();
            String value = m.group(kind.group());
            if (Secrets.isPlaceholder(value) || (kind.minEntropy() > 0 && !Secrets.looksRandom(value, kind.minEntropy()))
                    || (kind.name().equals("basic-auth") && !isBasicCredentials(value))) {
                continue;
            }
            addUnlessCovered(out, new Finding(Category.CREDENTIAL, m.start(kind.group()), m.end(kind.group()),
                    kind.confidence(), RULE, kind.name()));
        }
    }

    /** "Basic …" is an HTTP credential only when the base64 decodes to "user:password"; "basic training" is not. */
    private static boolean isBasicCredentials(String value) {
        byte[] decoded;
        try {
            decoded = java.util.Base64.getDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            return false;
        }
        String s = new String(decoded, java.nio.charset.StandardCharsets.UTF_8);
        int colon = s.indexOf(':');
        return colon > 0 && colon < s.length() - 1 && s.chars().allMatch(c -> c >= 0x20 && c != 0x7f && c != 0xfffd);
    }

    /**
     * Where a "…key=" setting holding the keyword at {@code hit} begins: at the start of its name
     * (letters, digits, '_', '.', '-'), or -1 when the name is too long for the pattern.
     */
    private static int identifierStart(String text, int hit) {
        int s = hit;
        while (s > 0 && isNameChar(text.charAt(s - 1))) {
            if (hit - s >= MAX_NAME_BEFORE_KEYWORD) {
                return -1;
            }
            s--;
        }
        return s;
    }

    private static boolean isNameChar(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-';
    }

    /** The whole block from BEGIN to END; without an END line, the header and the base64 lines after it. */
    private static void findPrivateKeys(String text, List<Finding> out) {
        Matcher begin = KEY_BEGIN.matcher(text);
        Matcher end = KEY_END.matcher(text);
        int from = 0;
        int seen = 0;
        while (from < text.length() && findBegin(text, begin, from) && seen++ < Anchored.MAX_MATCHES) {
            int limit = Math.min(text.length(), begin.end() + MAX_KEY_BLOCK);
            int stop = end.region(begin.end(), limit).find() ? end.end() : base64Run(text, begin.end(), limit);
            out.add(new Finding(Category.CREDENTIAL, begin.start(), stop, 0.99, RULE, "private-key-block"));
            from = stop;
        }
    }

    /** {@code begin.find(from)}, tried only where the literal "-----BEGIN " is (found by indexOf). */
    private static boolean findBegin(String text, Matcher begin, int from) {
        for (int at = text.indexOf(BEGIN_LITERAL, from); at >= 0; at = text.indexOf(BEGIN_LITERAL, at + 1)) {
            if (begin.region(at, text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private static int base64Run(String text, int from, int limit) {
        int i = from;
        while (i < limit) {
            char c = text.charAt(i);
            boolean b64 = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '+' || c == '/' || c == '=' || c == '\n' || c == '\r' || c == ' ';
            if (!b64) {
                break;
            }
            i++;
        }
        while (i > from && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
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
