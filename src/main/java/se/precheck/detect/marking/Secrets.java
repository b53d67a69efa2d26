package se.precheck.detect.marking;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks on a candidate secret value: placeholders, variables, and how random it looks. */
final class Secrets {

    private static final Set<String> PLACEHOLDERS = Lexicon.load("credential-placeholders.txt").stream()
            .map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());

    private Secrets() {
    }

    /**
     * True for values that stand for a secret rather than being one: "&lt;ditt lösenord&gt;",
     * "${DB_PASSWORD}", "***", "xxxx", "changeme", "%s", "process.env.X".
     */
    static boolean isPlaceholder(String value) {
        String v = value.strip();
        if (v.isEmpty()) {
            return true;
        }
        String lower = v.toLowerCase(Locale.ROOT);
        if (PLACEHOLDERS.contains(lower)) {
            return true;
        }
        char first = v.charAt(0);
        if ("<[{$%(@#".indexOf(first) >= 0 || lower.contains("env.") || lower.contains("environ") || lower.contains("getenv")
                || lower.startsWith("your") || lower.startsWith("ditt") || lower.startsWith("din_") || lower.contains("placeholder")
                || lower.contains("example") || lower.contains("exempel") || lower.contains("xxxx") || lower.contains("****")) {
            return true;
        }
        return isOneRepeatedChar(v) || lower.endsWith("...") || lower.endsWith("…");
    }

    private static boolean isOneRepeatedChar(String v) {
        for (int i = 1; i < v.length(); i++) {
            if (v.charAt(i) != v.charAt(0)) {
                return false;
            }
        }
        return true;
    }

    /** Shannon entropy in bits per character. */
    static double entropy(String v) {
        if (v.isEmpty()) {
            return 0;
        }
        int[] counts = new int[128];
        int other = 0;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < 128) {
                counts[c]++;
            } else {
                other++;
            }
        }
        double h = 0;
        for (int count : counts) {
            h += term(count, v.length());
        }
        return h + term(other, v.length());
    }

    private static double term(int count, int length) {
        if (count == 0) {
            return 0;
        }
        double p = (double) count / length;
        return -p * Math.log(p) / Math.log(2);
    }

    /**
     * True when a generic value looks machine-made: letters and digits mixed, high entropy, and not
     * an identifier made of words ("refresh_token_expired", "session-timeout-2024").
     */
    static boolean looksRandom(String v, double minEntropy) {
        boolean letter = false;
        boolean digit = false;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            letter |= Character.isLetter(c);
            digit |= Character.isDigit(c);
        }
        return letter && digit && entropy(v) >= minEntropy && !isWordIdentifier(v);
    }

    private static boolean isWordIdentifier(String v) {
        String[] parts = v.split("[_.\\-]");
        if (parts.length < 2) {
            return false;
        }
        for (String p : parts) {
            if (!p.matches("\\p{L}{0,20}|\\d{0,4}")) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the value reads like a password: a digit, a symbol inside it (not the hyphen of a
     * compound such as "SMS-koden"), or, in a long value, a capital after a small letter ("KaffeKopp";
     * "BankID" is a name).
     */
    /** Letters and digits and a symbol or a capital inside: never an ordinary word or a number. */
    static boolean looksLikeStrongPassword(String v) {
        boolean letter = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            letter |= Character.isLetter(c);
            digit |= Character.isDigit(c);
            other |= (!Character.isLetterOrDigit(c) && i < v.length() - 1) || (i > 0 && Character.isUpperCase(c));
        }
        return v.length() >= 6 && letter && digit && other;
    }

    /** Letters and digits mixed, six or more characters: "Kaffe2026!", not "2025" or "BankID". */
    static boolean hasLettersAndDigits(String v) {
        return v.length() >= 6 && v.chars().anyMatch(Character::isLetter) && v.chars().anyMatch(Character::isDigit);
    }

    static boolean looksLikePassword(String v) {
        if (v.length() < 4) {
            return false;
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            boolean symbolInside = !Character.isLetterOrDigit(c) && c != '-' && i < v.length() - 1;
            boolean capitalInside = i > 0 && Character.isUpperCase(c) && Character.isLowerCase(v.charAt(i - 1)) && v.length() >= 8;
            if (Character.isDigit(c) || symbolInside || capitalInside) {
                return true;
            }
        }
        return false;
    }
}
