package se.precheck.detect;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The strings a report gives every finding: its id ("f3") and its replacement label
 * ("[HÄLSA 2]"). A check of a few kilobytes has dozens of findings and most labels repeat from
 * check to check, so the common ones are made once instead of per finding. They come from the
 * rule catalogue only, never from the text.
 */
final class FindingLabels {

    /** Ids and numbers up to this are kept; beyond it (a very dense text) they are made when asked. */
    private static final int KEPT = 256;
    private static final String[] IDS = ids();
    /** Per rule label, "[LABEL 1]", "[LABEL 2]"… made on first use. */
    private static final ConcurrentMap<String, String[]> REPLACEMENTS = new ConcurrentHashMap<>();

    private FindingLabels() {
    }

    /** The id of the {@code n}th finding in reading order, from 1. */
    static String id(int n) {
        return n < KEPT ? IDS[n] : "f" + n;
    }

    /** What redaction writes for the {@code n}th distinct text (from 1) of the rules with {@code label}. */
    static String replacement(String label, int n) {
        if (n >= KEPT) {
            return "[" + label + " " + n + "]";
        }
        String[] made = REPLACEMENTS.computeIfAbsent(label, FindingLabels::replacements);
        return made[n];
    }

    private static String[] replacements(String label) {
        String[] out = new String[KEPT];
        for (int n = 1; n < KEPT; n++) {
            out[n] = "[" + label + " " + n + "]";
        }
        return out;
    }

    private static String[] ids() {
        String[] out = new String[KEPT];
        for (int n = 1; n < KEPT; n++) {
            out[n] = "f" + n;
        }
        return out;
    }
}
