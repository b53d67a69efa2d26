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
 * IPv4 addresses (four octets 0–255) and IPv6 addresses (full, "::"-shortened, with an embedded
 * IPv4 tail). Dotted numbers are also versions ("version 1.2.3.4") and section numbers
 * ("avsnitt 3.2.1.4"): quads with only small parts need an IP word nearby, and a version word rules a
 * quad out.
 */
public final class IpAddressDetector implements Detector {

    private static final String RULE = "R4-ip-adress";
    private static final ContextWords IP_CONTEXT = ContextWords.of("ip", "ip-adress*", "ipv4", "ipv6", "ip-nummer*",
            "adress*", "server*", "router*", "nätverk*", "host", "värd", "inloggning*", "loggad*", "från ip", "ping", "brandvägg*",
            "dns", "dhcp", "gateway", "vpn", "proxy", "vlan", "subnät*");
    private static final Set<String> AMOUNT_WORDS = Lexicon.load("amount-words.txt");
    private static final ContextWords VERSION_CONTEXT = new ContextWords(Lexicon.load("ip-not-context.txt"));
    /**
     * A version or section word names a dotted number only when it stands right at it ("version
     * 1.2.3.4", "avsnitt 3.1.2.4:", "1.2.3.4 (build)"): "v. 14" is also a week and "Se bilaga 2." a
     * pointer elsewhere, so a word a few words away says nothing about the number.
     */
    private static final int VERSION_GAP = 3;
    private static final int VERSION_WORD = 24;
    /** How far before a quad of small parts its IP word must stand. */
    private static final int LABEL_BEFORE = 25;
    /** Octets this small in all four places read as a section or version number, not a host. */
    private static final int SECTION_OCTET = 20;

    private static final Pattern IPV4 = Pattern.compile(
            "(?=\\d)(?<![\\p{L}\\p{N}.])(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(?:/\\d{1,2})?(?![\\p{L}\\p{N}]|\\.\\d)");
    private static final Pattern IPV6 = Pattern.compile(
            "(?=[0-9A-Fa-f:])(?<![\\p{L}\\p{N}:.])(?:[0-9A-Fa-f]{0,4}:){2,7}+(?:(?:\\d{1,3}\\.){3}\\d{1,3}|[0-9A-Fa-f]{1,4})?(?![\\p{L}\\p{N}:]|\\.\\d)");

    @Override
    public List<Finding> detect(NormalizedText normalized, Policy policy) {
        String s = normalized.text();
        List<Finding> out = new ArrayList<>();
        // An IPv4 address starts a run of at most three digits and a dot; an IPv6 one has a ':' in its first five characters.
        DigitRuns runs = DigitRuns.of(normalized);
        ipv4(s, new AnchoredMatcher(IPV4, s, runs.starts(k -> dottedQuad(runs, k))), out);
        ipv6(s, new AnchoredMatcher(IPV6, s, ipv6Starts(s)), out);
        return out;
    }

    /** Runs {@code k} to {@code k + 3} of one to three digits joined by dots: the shape IPV4 needs. */
    private static boolean dottedQuad(DigitRuns runs, int k) {
        for (int j = k; j < k + 3; j++) {
            if (runs.length(j) > 3 || !runs.joinedBy(j, '.')) {
                return false;
            }
        }
        return runs.length(k + 3) <= 3;
    }

    /**
     * The start of the hex digits (at most four) before each ':', or the ':' itself, where a second
     * ':' follows after at most four hex digits (IPV6 needs two groups; "kl 13:30" has one).
     */
    private static int[] ipv6Starts(String s) {
        IntStream.Builder at = IntStream.builder();
        for (int colon = s.indexOf(':'); colon >= 0; colon = s.indexOf(':', colon + 1)) {
            int next = colon + 1;
            while (next < s.length() && next - colon <= 4 && isHex(s.charAt(next))) {
                next++;
            }
            if (next >= s.length() || s.charAt(next) != ':') {
                continue;
            }
            int start = colon;
            while (start > 0 && colon - start < 4 && isHex(s.charAt(start - 1))) {
                start--;
            }
            at.add(start);
        }
        return at.build().toArray();
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    private static void ipv4(String s, AnchoredMatcher matches, List<Finding> out) {
        Matcher m = matches.match();
        while (matches.find()) {
            boolean small = true;
            boolean valid = true;
            for (int g = 1; g <= 4; g++) {
                String octet = m.group(g);
                valid &= Integer.parseInt(octet) <= 255 && (octet.length() == 1 || octet.charAt(0) != '0');
                small &= octet.length() == 1;
            }
            if (!valid || netmask(m) || noHost(m)) {
                continue;
            }
            boolean context = IP_CONTEXT.near(s, m.start(), m.end());
            boolean version = versionWordAt(s, m.start(), m.end());
            if (version && !context || amount(s, m) && !context) {
                continue;
            }
            // A quad of small parts needs its IP word before it ("ip 10.0.0.1"): an IP word after a
            // clause number ("rutin 5.1.2.3 ska [IP-ADRESS 1] spärras") belongs to something else.
            if ((small || sectionLike(m)) && !IP_CONTEXT.near(s, m.start(), m.end(), LABEL_BEFORE, 0)) {
                continue;
            }
            out.add(new Finding(Category.IP_ADDRESS, m.start(), m.end(), context ? 0.95 : 0.85, RULE,
                    "ipv4" + (context ? ";context" : "")));
        }
    }

    /** A version or section word right before the number (a few spaces, ':', '#' or '-' between) or right after it. */
    private static boolean versionWordAt(String s, int start, int end) {
        int wordEnd = start;
        while (wordEnd > 0 && start - wordEnd < VERSION_GAP && " \t:#-(".indexOf(s.charAt(wordEnd - 1)) >= 0) {
            wordEnd--;
        }
        int wordStart = wordEnd;
        while (wordStart > 0 && wordEnd - wordStart < VERSION_WORD && isVersionWordChar(s.charAt(wordStart - 1))) {
            wordStart--;
        }
        if (wordStart < wordEnd && (VERSION_CONTEXT.inWindow(s, wordStart, start) || endsWithVersionWord(s, wordStart, wordEnd))) {
            return true;
        }
        int after = end;
        while (after < s.length() && after - end < VERSION_GAP && " \t(".indexOf(s.charAt(after)) >= 0) {
            after++;
        }
        int afterEnd = after;
        while (afterEnd < s.length() && afterEnd - after < VERSION_WORD && isVersionWordChar(s.charAt(afterEnd))) {
            afterEnd++;
        }
        return after < afterEnd && VERSION_CONTEXT.inWindow(s, after, afterEnd);
    }

    /** Compounds that end in a version word: "Mjukvaruversion", "klientversionen", "Office-versionen". */
    private static final Pattern VERSION_COMPOUND = Pattern.compile("(?iu)\\p{L}{2,24}?(?:version|versionen|versionsnummer|utgåva|utgåvan)\\.?");

    private static boolean endsWithVersionWord(String s, int wordStart, int wordEnd) {
        return VERSION_COMPOUND.matcher(s).region(wordStart, wordEnd).matches();
    }

    /**
     * Loopback (127.0.0.0/8), "this host" (0.0.0.0) and broadcast (255.255.255.255) name no machine
     * of anyone's: they are the same on every computer.
     */
    private static boolean noHost(Matcher m) {
        String whole = m.group();
        return m.group(1).equals("127") || whole.startsWith("0.0.0.0") || whole.equals("255.255.255.255");
    }

    /** Letters, and the '.' and '§' of "kap.", "v." and "§". */
    private static boolean isVersionWordChar(char c) {
        return Character.isLetter(c) || c == '.' || c == '§';
    }

    /**
     * "255.255.255.0", "255.255.240.0": a subnet mask (ones, then zeros, from the left) names a
     * network's size, never a host, so it identifies no one.
     */
    private static boolean netmask(Matcher m) {
        if (!m.group(1).equals("255") || m.group().contains("/")) {
            return false;
        }
        long bits = 0;
        for (int g = 1; g <= 4; g++) {
            bits = bits << 8 | Integer.parseInt(m.group(g));
        }
        long zeros = ~bits & 0xFFFFFFFFL;
        return (zeros & (zeros + 1)) == 0; // the zeros form one run at the right end
    }

    /** "1.200.150.100 kr": groups of three after the first, and a currency after, are thousands. */
    private static boolean amount(String s, Matcher m) {
        for (int g = 2; g <= 4; g++) {
            if (m.group(g).length() != 3) {
                return false;
            }
        }
        String after = s.substring(m.end(), Math.min(s.length(), m.end() + 8)).stripLeading().toLowerCase(Locale.ROOT);
        return AMOUNT_WORDS.stream().anyMatch(w -> after.startsWith(w)
                && (after.length() == w.length() || !Character.isLetter(after.charAt(w.length()))));
    }

    /**
     * "3.12.2.4", "4.10.1.2": every part small, as in a heading or clause number. Networks 10 and 127
     * are written with small parts too ("10.0.0.1"), so they stay addresses.
     */
    private static boolean sectionLike(Matcher m) {
        int first = Integer.parseInt(m.group(1));
        if (first == 10 || first == 127 || m.group().contains("/")) {
            return false;
        }
        for (int g = 1; g <= 4; g++) {
            if (Integer.parseInt(m.group(g)) > SECTION_OCTET) {
                return false;
            }
        }
        return true;
    }

    private static void ipv6(String s, AnchoredMatcher matches, List<Finding> out) {
        Matcher m = matches.match();
        while (matches.find()) {
            String candidate = m.group();
            if (!validIpv6(candidate)) {
                continue;
            }
            boolean context = IP_CONTEXT.near(s, m.start(), m.end());
            out.add(new Finding(Category.IP_ADDRESS, m.start(), m.end(), context ? 0.95 : 0.85, RULE,
                    "ipv6" + (context ? ";context" : "")));
        }
    }

    /** Eight groups, or fewer with exactly one "::"; times ("12:30:45") have neither. */
    static boolean validIpv6(String a) {
        int doubleColon = a.indexOf("::");
        if (doubleColon != a.lastIndexOf("::") || a.contains(":::")) {
            return false;
        }
        boolean ipv4Tail = a.indexOf('.') >= 0;
        String head = ipv4Tail ? a.substring(0, a.lastIndexOf(':') + 1) : a;
        if (ipv4Tail && !validIpv4Tail(a.substring(a.lastIndexOf(':') + 1))) {
            return false;
        }
        int groups = 0;
        for (String part : head.split(":", -1)) {
            if (!part.isEmpty()) {
                groups++;
            }
        }
        groups += ipv4Tail ? 2 : 0;
        if (doubleColon < 0) {
            return groups == 8 && !a.startsWith(":") && !a.endsWith(":");
        }
        if (a.startsWith(":") && !a.startsWith("::") || a.endsWith(":") && !a.endsWith("::")) {
            return false;
        }
        // "::" alone or "::1"-style loopback still counts; a shortened address needs a hex letter or 2+ groups.
        return groups <= 7 && (groups >= 2 || a.chars().anyMatch(c -> Character.isLetter(c)) || a.equals("::1"));
    }

    private static boolean validIpv4Tail(String tail) {
        String[] parts = tail.split("\\.");
        if (parts.length != 4) {
            return false;
        }
        for (String p : parts) {
            if (p.isEmpty() || Integer.parseInt(p) > 255) {
                return false;
            }
        }
        return true;
    }
}
