package se.precheck.redact;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The inverse of redaction. Copilot may move placeholders, change their case or inflect them
 * ("Person 1:s mamma"); the genitive is carried over to the original ("Noah Lindbergs mamma").
 */
final class Restorer {

    private Restorer() {
    }

    static String restore(String text, List<MappingEntry> mapping) {
        String result = text;
        // Longest first, so "Person 12" is never read as "Person 1" followed by "2".
        List<MappingEntry> ordered = mapping.stream()
                .sorted(Comparator.comparingInt((MappingEntry e) -> e.placeholder().length()).reversed()
                        .thenComparing(MappingEntry::placeholder))
                .toList();
        for (MappingEntry e : ordered) {
            result = replace(result, e);
        }
        return result;
    }

    private static String replace(String text, MappingEntry e) {
        // A bracketed label ("[E-POST 1]") is its own boundary, also glued to the words around it.
        String before = wordChar(e.placeholder().charAt(0)) ? "(?<![\\p{L}\\p{N}])" : "";
        String after = wordChar(e.placeholder().charAt(e.placeholder().length() - 1)) ? "(?!\\p{N})" : "";
        Pattern p = Pattern.compile(before + Pattern.quote(e.placeholder()) + after + "(:s|'s|s(?![\\p{L}\\p{N}]))?",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        Matcher m = p.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String replacement = m.group(1) == null ? e.original() : genitive(e.original());
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A letter or any number (also Ⅻ, ², ①), as the restore pattern's \\p{L} and \\p{N} see it. */
    static boolean wordChar(int c) {
        return Character.isLetter(c) || switch (Character.getType(c)) {
            case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** Swedish genitive: add "s", except after s, x and z. */
    static String genitive(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.endsWith("s") || lower.endsWith("x") || lower.endsWith("z") ? word : word + "s";
    }
}
