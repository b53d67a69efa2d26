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
    /** A raw-regex macro at the start of a template is a name: a capitalised word or two. */
    private static final int RAW_MACRO_WORDS = 2;

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
            alternatives = withUnaccented(alternatives);
            compiled.put(e.getKey(), alternation(alternatives));
            words.put(e.getKey(), List.copyOf(alternatives));
        }
        return new PhraseTemplates(Map.copyOf(compiled), Map.copyOf(words));
    }

    /**
     * The templates as a matcher that tries, at a word start, only the templates that can start
     * with that word: each template is split into one branch per alternative of its first token
     * ({@code {MODAL} …} into {@code ska …}, {@code bör …}, …), tried in the order the alternation
     * {@link #compile(List)} makes of them would try them.
     */
    WordStartMatcher matcher(List<String> templates) {
        WordStartMatcher.Builder b = WordStartMatcher.builder();
        for (String given : templates) {
            String t = unaccented(given);
            String[] tokens = t.strip().split("\\s+");
            String rest = rest(t, tokens);
            for (String part : tokens[0].split("\\|")) {
                if (part.isBlank()) {
                    continue;
                }
                if (!isMacro(part)) {
                    b.addWord(branch(word(part), rest), firstWord(part), isStem(part), next(tokens, part));
                    continue;
                }
                List<String> alternatives = macroWords.get(part.substring(1, part.length() - 1));
                if (alternatives == null) {
                    b.addCapitalised(branch(macro(part.substring(1, part.length() - 1)), rest), next(tokens, 1, RAW_MACRO_WORDS));
                    continue;
                }
                for (String a : alternatives) {
                    if (!a.isBlank()) {
                        b.addWord(branch(word(a.strip()), rest), firstWord(a), isStem(a.strip()), next(tokens, a));
                    }
                }
            }
        }
        return b.build();
    }

    /**
     * The look after the first word of {@code alternative} (the first token's alternative that a
     * branch starts with): its own further words ("den_sökande": a word like "sökande") and then
     * the template's further tokens.
     */
    private WordStartMatcher.NextWords next(String[] tokens, String alternative) {
        String[] parts = alternative.strip().split("[_ ]+");
        List<WordStartMatcher.NextWords.Step> own = new ArrayList<>();
        for (int p = 1; p < parts.length; p++) {
            PrefixKeys starts = PrefixKeys.ofWords(List.of(parts[p]));
            if (starts.keys().isEmpty()) {
                return next(tokens, parts.length, parts.length);
            }
            own.add(new WordStartMatcher.NextWords.Step(starts, false, 1, 1, false, 0));
        }
        if (own.isEmpty()) {
            return next(tokens, 1, 1);
        }
        WordStartMatcher.NextWords rest = next(tokens, 1, 1);
        if (rest != null) {
            own.addAll(rest.steps());
        }
        return new WordStartMatcher.NextWords(1, 1, List.copyOf(own));
    }

    /**
     * What the tokens after the first require of the words after the first token, as far as a
     * look at each word's beginning can tell (see {@link WordStartMatcher.NextWords}), or null
     * when the template has one token. The look stops (lets the phrase through) at a token it
     * cannot read: one with a word that does not begin with a letter, or a raw-regex macro after
     * the second token.
     */
    private WordStartMatcher.NextWords next(String[] tokens, int minWords, int maxWords) {
        if (tokens.length < 2) {
            return null;
        }
        List<WordStartMatcher.NextWords.Step> steps = new ArrayList<>();
        for (int k = 1; k < tokens.length; k++) {
            WordStartMatcher.NextWords.Step step = step(tokens[k], k == 1);
            if (step == null) {
                break;
            }
            steps.add(step);
        }
        return steps.isEmpty() ? null : new WordStartMatcher.NextWords(minWords, maxWords, List.copyOf(steps));
    }

    /**
     * One token as a step, or null when its words cannot be told by their beginning. A raw-regex
     * macro is a capitalised name of one or two words; it is read so only right after the first
     * token, where the phrase lists use it that way.
     */
    private WordStartMatcher.NextWords.Step step(String token, boolean second) {
        if (token.matches("~\\d")) {
            return WordStartMatcher.NextWords.Step.gap(token.charAt(1) - '0');
        }
        boolean optional = token.endsWith("?") && token.length() > 1;
        String body = optional ? token.substring(0, token.length() - 1) : token;
        List<String> firstWords = new ArrayList<>();
        boolean capitalised = false;
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (String part : body.split("\\|")) {
            if (part.isBlank()) {
                continue;
            }
            List<String> alternatives = isMacro(part) ? macroWords.get(part.substring(1, part.length() - 1)) : List.of(part);
            if (alternatives == null) {
                if (!second) {
                    return null;
                }
                capitalised = true;
                min = Math.min(min, 1);
                max = Math.max(max, RAW_MACRO_WORDS);
                continue;
            }
            for (String a : alternatives) {
                if (a.isBlank()) {
                    continue;
                }
                if (PrefixKeys.ofWords(List.of(firstWord(a))).keys().isEmpty()) {
                    return null;
                }
                firstWords.add(firstWord(a));
                min = Math.min(min, words(a));
                max = Math.max(max, words(a));
            }
        }
        if (max == 0) {
            return null;
        }
        return new WordStartMatcher.NextWords.Step(PrefixKeys.ofWords(firstWords), capitalised, min, max, optional, 0);
    }

    private static boolean isMacro(String part) {
        return part.startsWith("{") && part.endsWith("}");
    }

    /** How many words an alternative is ("den_enskilde" two). */
    private static int words(String alternative) {
        return alternative.strip().split("[_ ]+").length;
    }

    private static Pattern branch(String first, String rest) {
        return Pattern.compile(WORD_START + "(?:" + first + rest + ")" + WORD_END, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String firstWord(String alternative) {
        String w = alternative.strip().split("[_ ]+")[0];
        return w.endsWith("*") ? w.substring(0, w.length() - 1) : w;
    }

    /** A one-word alternative with a trailing {@code *}: any word that begins with it. */
    private static boolean isStem(String alternative) {
        return alternative.endsWith("*") && alternative.split("[_ ]+").length == 1;
    }

    /** One case-insensitive pattern matching any of the templates as whole words. */
    Pattern compile(List<String> templates) {
        StringBuilder sb = new StringBuilder();
        for (String t : templates) {
            if (sb.length() > 0) {
                sb.append('|');
            }
            sb.append("(?:").append(template(unaccented(t))).append(')');
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
        String[] tokens = template.strip().split("\\s+");
        return token(tokens[0]) + rest(template, tokens);
    }

    /** The regex of the tokens after the first. */
    private String rest(String template, String[] tokens) {
        if (tokens[0].matches("~\\d") || (tokens[0].endsWith("?") && tokens[0].length() > 1)) {
            throw new IllegalStateException("a template must start with a word: " + template);
        }
        StringBuilder sb = new StringBuilder();
        for (int k = 1; k < tokens.length; k++) {
            String token = tokens[k];
            if (token.matches("~\\d")) {
                int n = token.charAt(1) - '0';
                sb.append("(?:").append(SEP).append(ANY_WORD).append("){0,").append(n).append('}');
                continue;
            }
            boolean optional = token.endsWith("?") && token.length() > 1;
            String body = optional ? token.substring(0, token.length() - 1) : token;
            String regex = token(body);
            if (optional) {
                sb.append("(?:").append(SEP).append(regex).append(")?");
            } else {
                sb.append(SEP).append(regex);
            }
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

    /**
     * The template with each word that has å, ä or ö also as it is typed on a keyboard without
     * them ("avgöra|avgora", "stängas_av|stangas_av"): staff write so in a hurry or abroad, and a
     * Swedish word's meaning rarely changes with the dots. Gaps, macros and raw regexes are kept.
     */
    static String unaccented(String template) {
        String[] tokens = template.strip().split("\\s+");
        StringBuilder out = new StringBuilder();
        for (String token : tokens) {
            if (out.length() > 0) {
                out.append(' ');
            }
            boolean optional = token.endsWith("?") && token.length() > 1;
            String body = optional ? token.substring(0, token.length() - 1) : token;
            if (token.matches("~\\d") || body.startsWith("re:")) {
                out.append(token);
                continue;
            }
            out.append(String.join("|", withUnaccented(List.of(body.split("\\|")))));
            if (optional) {
                out.append('?');
            }
        }
        return out.toString();
    }

    /** The alternatives, each followed by its twin without å, ä, ö when it has them; macros kept as they are. */
    private static List<String> withUnaccented(List<String> alternatives) {
        List<String> out = new ArrayList<>(alternatives.size());
        for (String a : alternatives) {
            if (a.isBlank()) {
                continue;
            }
            out.add(a);
            String plain = a.replace('å', 'a').replace('ä', 'a').replace('ö', 'o')
                    .replace('Å', 'A').replace('Ä', 'A').replace('Ö', 'O');
            if (!isMacro(a) && !plain.equals(a) && !alternatives.contains(plain) && !out.contains(plain)) {
                out.add(plain);
            }
        }
        return out;
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
