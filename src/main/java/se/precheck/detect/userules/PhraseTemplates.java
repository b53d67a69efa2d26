package se.precheck.detect.userules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Compiles the phrase lists (a small template language, documented in
 * {@code lexicon/userules/decision/macros.txt}) into bounded regular expressions.
 *
 * <p>A template is words separated by spaces. {@code a|b} are alternatives, a trailing {@code *}
 * allows any ending (up to 20 letters, for inflections and compounds), {@code _} is a space inside
 * one alternative, a trailing {@code ?} makes a token optional, {@code {NAME}} is a macro and
 * {@code ~N} lets up to N other words stand between two tokens. Every quantifier is bounded, so
 * a pattern cannot backtrack without limit.
 */
final class PhraseTemplates {

    /** Between two words: spaces, possibly a line break; not a comma ("Vad anser du, bör vi …" is two clauses). */
    private static final String SEP = "\\s{1,4}+";
    private static final String ANY_WORD = "[\\p{L}\\p{N}'-]{1,30}+";
    private static final String WORD_START = "(?<![\\p{L}\\p{N}])(?=\\p{L})";
    private static final String WORD_END = "(?![\\p{L}\\p{N}])";

    private final Map<String, String> macros;
    /** Each macro's alternatives as written; absent for a raw-regex macro (a capitalised name). */
    private final Map<String, List<String>> macroWords;

    private PhraseTemplates(Map<String, String> macros, Map<String, List<String>> macroWords) {
        this.macros = macros;
        this.macroWords = macroWords;
    }

    /** Reads macros from a lexicon file of lines {@code NAME = alt|alt|@file.txt}. */
    static PhraseTemplates withMacros(String macroFile) {
        Map<String, String> raw = new HashMap<>();
        for (String line : Lexicon.lines(macroFile)) {
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new IllegalStateException("bad macro line in " + macroFile + ": " + line);
            }
            raw.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
        }
        String dir = macroFile.contains("/") ? macroFile.substring(0, macroFile.lastIndexOf('/') + 1) : "";
        Map<String, String> compiled = new HashMap<>();
        Map<String, List<String>> words = new HashMap<>();
        for (var e : raw.entrySet()) {
            if (e.getValue().startsWith("re:")) {
                compiled.put(e.getKey(), "(?:" + e.getValue().substring(3) + ")");
                continue;
            }
            List<String> alternatives = new ArrayList<>();
            for (String alt : e.getValue().split("\\|")) {
                String a = alt.strip();
                if (a.startsWith("@")) {
                    alternatives.addAll(Lexicon.lines(dir + a.substring(1)));
                } else if (!a.isEmpty()) {
                    alternatives.add(a);
                }
            }
            compiled.put(e.getKey(), alternation(alternatives));
            words.put(e.getKey(), List.copyOf(alternatives));
        }
        return new PhraseTemplates(Map.copyOf(compiled), Map.copyOf(words));
    }

    /**
     * The templates, each gated by the words it can start with; tried in order at a word start,
     * as the alternation {@link #compile(List)} makes of them.
     */
    WordStartMatcher matcher(List<String> templates) {
        WordStartMatcher.Builder b = WordStartMatcher.builder();
        for (String t : templates) {
            List<String> firstWords = new ArrayList<>();
            boolean capitalised = false;
            String first = t.strip().split("\\s+")[0];
            for (String part : first.split("\\|")) {
                if (part.startsWith("{") && part.endsWith("}")) {
                    List<String> alternatives = macroWords.get(part.substring(1, part.length() - 1));
                    if (alternatives == null) {
                        capitalised = true;
                    } else {
                        alternatives.forEach(a -> firstWords.add(firstWord(a)));
                    }
                } else {
                    firstWords.add(firstWord(part));
                }
            }
            b.add(compile(List.of(t)), firstWords, capitalised);
        }
        return b.build();
    }

    private static String firstWord(String alternative) {
        String w = alternative.strip().split("[_ ]+")[0];
        return w.endsWith("*") ? w.substring(0, w.length() - 1) : w;
    }

    /** One case-insensitive pattern matching any of the templates as whole words. */
    Pattern compile(List<String> templates) {
        StringBuilder sb = new StringBuilder();
        for (String t : templates) {
            if (sb.length() > 0) {
                sb.append('|');
            }
            sb.append("(?:").append(template(t)).append(')');
        }
        if (sb.length() == 0) {
            sb.append("(?!)");
        }
        return Pattern.compile(WORD_START + "(?:" + sb + ")" + WORD_END,
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The regex of the macro {@code name}, for callers that look for the same words elsewhere. */
    String macro(String name) {
        String m = macros.get(name);
        if (m == null) {
            throw new IllegalStateException("unknown macro " + name);
        }
        return m;
    }

    private String template(String template) {
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (String token : template.strip().split("\\s+")) {
            if (token.matches("~\\d")) {
                int n = token.charAt(1) - '0';
                sb.append("(?:").append(SEP).append(ANY_WORD).append("){0,").append(n).append('}');
                continue;
            }
            boolean optional = token.endsWith("?") && token.length() > 1;
            String body = optional ? token.substring(0, token.length() - 1) : token;
            String regex = token(body);
            if (first) {
                if (optional) {
                    throw new IllegalStateException("a template cannot start with an optional token: " + template);
                }
                sb.append(regex);
            } else if (optional) {
                sb.append("(?:").append(SEP).append(regex).append(")?");
            } else {
                sb.append(SEP).append(regex);
            }
            first = false;
        }
        return sb.toString();
    }

    private String token(String body) {
        StringBuilder sb = new StringBuilder("(?:");
        boolean first = true;
        for (String part : body.split("\\|")) {
            if (part.isBlank()) {
                continue;
            }
            if (!first) {
                sb.append('|');
            }
            boolean isMacro = part.startsWith("{") && part.endsWith("}");
            sb.append(isMacro ? macro(part.substring(1, part.length() - 1)) : word(part));
            first = false;
        }
        return sb.append(')').toString();
    }

    private static String alternation(List<String> alternatives) {
        StringBuilder sb = new StringBuilder("(?:");
        boolean first = true;
        for (String alt : alternatives) {
            if (alt.isBlank()) {
                continue;
            }
            if (!first) {
                sb.append('|');
            }
            sb.append(word(alt.strip()));
            first = false;
        }
        return sb.append(')').toString();
    }

    private static String word(String alt) {
        boolean prefix = alt.endsWith("*");
        String w = prefix ? alt.substring(0, alt.length() - 1) : alt;
        StringBuilder sb = new StringBuilder();
        String[] parts = w.split("[_ ]+");
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                sb.append("\\s{1,3}+");
            }
            sb.append(Pattern.quote(parts[i]));
        }
        if (prefix) {
            sb.append("\\p{L}{0,20}+");
        }
        return sb.toString();
    }
}
