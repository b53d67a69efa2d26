package se.precheck.detect.userules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import se.precheck.detect.Detector;
import se.precheck.detect.Finding;
import se.precheck.detect.NormalizedText;
import se.precheck.policy.Category;
import se.precheck.policy.Policy;

/**
 * Links to the municipality's intranet and internal systems (the guideline: intranet content must
 * not be shared). A link is internal when its host is one of the policy's intranet hosts (or a
 * subdomain of one), any SharePoint Online host ({@code *.sharepoint.com}, whose sites belong to a
 * tenant), a SharePoint page on any host ({@code …/_layouts/…}), or a single-label host
 * ({@code http://intranet/…}) that only resolves inside the network.
 *
 * <p>The text is read token by token (runs without spaces), so the work is linear in its length.
 */
public final class IntranetLinkDetector implements Detector {

    static final String RULE = "INT-intranatlank";

    private static final double CONFIDENCE = 0.95;
    private static final int MAX_FINDINGS = 50;
    /** A token longer than this is not a link anyone pasted. */
    private static final int MAX_TOKEN = 4096;
    private static final String LEADING = "<([{\"'";
    private static final String TRAILING = ".,;:!?)]}>\"'";

    @Override
    public List<Finding> detect(NormalizedText normalized, Policy policy) {
        String t = normalized.text();
        Set<String> hosts = hosts(policy);
        boolean dotlessHost = hosts.stream().anyMatch(h -> h.indexOf('.') < 0);
        List<Finding> out = new ArrayList<>();
        int n = t.length();
        int i = 0;
        while (i < n && out.size() < MAX_FINDINGS) {
            // A link has a dot or a slash: go from one to the next and read the token around it.
            int at = dotlessHost ? i : nextDotOrSlash(t, i);
            if (at >= n) {
                break;
            }
            int start = at;
            while (start > i && !Character.isWhitespace(t.charAt(start - 1))) {
                start--;
            }
            if (Character.isWhitespace(t.charAt(start))) {
                i = start + 1;
                continue;
            }
            int end = start;
            while (end < n && !Character.isWhitespace(t.charAt(end))) {
                end++;
            }
            if (end - start <= MAX_TOKEN && (dotlessHost || mayBeLink(t, start, end))) {
                String why = check(t, start, end, hosts);
                if (why != null) {
                    int[] span = trim(t, start, end);
                    out.add(new Finding(Category.INTERNAL_INFORMATION, span[0], span[1], CONFIDENCE, RULE, "intranet-link:" + why));
                }
            }
            i = end;
        }
        return out;
    }

    private static int nextDotOrSlash(String t, int from) {
        for (int i = from; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '.' || c == '/') {
                return i;
            }
        }
        return t.length();
    }

    /** The policy's hosts as bare host names, also when an admin wrote "https://insidan.kommun.se/". */
    private static Set<String> hosts(Policy policy) {
        Set<String> out = new java.util.HashSet<>();
        for (String h : policy.intranetHosts()) {
            String host = h.strip().toLowerCase(Locale.ROOT);
            int scheme = host.indexOf("://");
            if (scheme >= 0) {
                host = host.substring(scheme + 3);
            }
            int slash = host.indexOf('/');
            if (slash >= 0) {
                host = host.substring(0, slash);
            }
            if (!host.isEmpty()) {
                out.add(host);
            }
        }
        return out;
    }

    private static int[] trim(String t, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && LEADING.indexOf(t.charAt(s)) >= 0) s++;
        while (e > s && TRAILING.indexOf(t.charAt(e - 1)) >= 0) e--;
        return new int[] {s, e};
    }

    /**
     * Every kind of internal link has a dot in its host or a slash ("https://", "/_layouts/"):
     * ordinary words, which are most tokens, are passed over without making a string of them.
     * (Unless the policy names a host without a dot, which a bare word could equal.)
     */
    private static boolean mayBeLink(String t, int start, int end) {
        int[] span = trim(t, start, end);
        for (int i = span[0]; i < span[1]; i++) {
            char c = t.charAt(i);
            if (c == '.' || c == '/') {
                return true;
            }
        }
        return false;
    }

    /** Why the token is an internal link, or null. */
    private static String check(String t, int start, int end, Set<String> hosts) {
        int[] span = trim(t, start, end);
        String token = t.substring(span[0], span[1]).toLowerCase(Locale.ROOT);
        int scheme = token.indexOf("://");
        String rest;
        if (scheme >= 0) {
            String name = token.substring(0, scheme);
            if (!name.equals("http") && !name.equals("https")) {
                return null;
            }
            rest = token.substring(scheme + 3);
        } else if (token.indexOf('@') >= 0) {
            return null; // an e-mail address, not a link
        } else {
            rest = token;
        }
        int slash = rest.indexOf('/');
        int userinfo = rest.lastIndexOf('@', slash < 0 ? rest.length() - 1 : slash);
        if (scheme >= 0 && userinfo >= 0) {
            rest = rest.substring(userinfo + 1); // "https://admin:pw@host/": the host comes after the user name and password
        }
        int hostEnd = 0;
        while (hostEnd < rest.length() && "/:?#".indexOf(rest.charAt(hostEnd)) < 0) {
            hostEnd++;
        }
        String host = rest.substring(0, hostEnd);
        String path = rest.substring(hostEnd);
        if (!validHost(host)) {
            return null;
        }
        for (String h : hosts) {
            if (host.equals(h) || host.endsWith("." + h)) {
                return "policy-host";
            }
        }
        if (host.endsWith(".sharepoint.com")) {
            return "sharepoint";
        }
        if (path.contains("/_layouts/") || path.contains("/sites/") && path.contains(".aspx")) {
            return "sharepoint-page";
        }
        if (scheme >= 0 && host.indexOf('.') < 0 && !host.equals("localhost")) {
            return "single-label-host";
        }
        return null;
    }

    private static boolean validHost(String host) {
        if (host.isEmpty() || host.length() > 253 || host.startsWith(".") || host.startsWith("-")) {
            return false;
        }
        boolean letter = false;
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-'
                    || c == 'å' || c == 'ä' || c == 'ö';
            if (!ok) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }
}
