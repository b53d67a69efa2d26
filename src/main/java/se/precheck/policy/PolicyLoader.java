package se.precheck.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the policy: {@code policy/policy.yaml} and the rule files it names, from the classpath.
 * Every problem is collected and reported at once; the version is a hash of the bytes read, so
 * the same files always give the same version. A municipality's own file ({@code PRECHECK_POLICY})
 * overrides the municipal settings: {@link #loadWithOverrides(Path)}.
 */
public final class PolicyLoader {

    private static final String ROOT = "policy/";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private PolicyLoader() {
    }

    /** The policy shipped in the jar. Loaded once: it is immutable. */
    public static Policy loadDefault() {
        return Default.POLICY;
    }

    private static final class Default {
        static final Policy POLICY = load(name -> readResource(ROOT + name));
    }

    /**
     * The default policy with the municipality's file applied on top: its settings replace the
     * default's (tenants, intranet hosts, local systems, switchboard numbers, allowed terms,
     * guideline version), its severity overrides change rules, its profiles weigh rules per
     * administration. The version is a hash over the default's files and this file.
     *
     * @throws PolicyException with every problem in the file, in Swedish
     */
    public static Policy loadWithOverrides(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new PolicyException(file.toString(), List.of("filen finns inte"));
        } catch (IOException e) {
            throw new PolicyException(file.toString(), List.of("filen går inte att läsa (" + e.getClass().getSimpleName() + ")"));
        }
        return load(name -> readResource(ROOT + name), bytes, file.getFileName().toString());
    }

    /**
     * Reads {@code policy.yaml} and the rule files it names ({@code rules/<file>}) through
     * {@code files}, which returns a file's bytes or throws {@link PolicyException}.
     */
    static Policy load(Function<String, byte[]> files) {
        return load(files, null, null);
    }

    /** As {@link #load(Function)}, then the municipality's overrides ({@code null}: none). */
    static Policy load(Function<String, byte[]> files, byte[] overrides, String overridesName) {
        MessageDigest digest = sha256();
        byte[] main = files.apply("policy.yaml");
        digest.update(main);
        PolicyFile file = parse(main, PolicyFile.class, "policy.yaml");
        if (file == null) {
            throw new PolicyException("policy.yaml", List.of("filen är tom"));
        }
        if (file.ruleFiles() == null || file.ruleFiles().isEmpty()) {
            throw new PolicyException("policy.yaml", List.of("ruleFiles saknas"));
        }
        for (String ruleFile : file.ruleFiles()) {
            // A plain file name under rules/: no paths, so a policy can never point outside its folder.
            if (ruleFile == null || !ruleFile.matches("[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}\\.ya?ml") || ruleFile.contains("..")) {
                throw new PolicyException("policy.yaml", List.of("ruleFiles: '" + ruleFile + "' är inget filnamn (till exempel contact.yaml)"));
            }
        }
        List<RuleEntry> entries = new ArrayList<>();
        for (String ruleFile : file.ruleFiles()) {
            byte[] bytes = files.apply("rules/" + ruleFile);
            digest.update(bytes);
            RuleEntry[] parsed = parse(bytes, RuleEntry[].class, ruleFile);
            for (RuleEntry entry : parsed == null ? new RuleEntry[0] : parsed) {
                if (entry == null) {
                    throw new PolicyException(ruleFile, List.of("en regel är tom"));
                }
                entries.add(entry);
            }
        }
        if (overrides != null) {
            digest.update(overrides);
        }
        String version = "sha256:" + HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        Policy base = build(file, entries, version, "policy.yaml", PolicyTerms.lines(main));
        return overrides == null ? base : MunicipalOverrides.apply(base, overrides, overridesName);
    }

    private static Policy build(PolicyFile file, List<RuleEntry> entries, String version, String source, Map<String, Integer> lines) {
        List<String> problems = new ArrayList<>();
        Map<String, Rule> rules = new LinkedHashMap<>();
        for (RuleEntry entry : entries) {
            Rule rule = entry.toRule(file.guidelineSections(), problems);
            if (rule != null && rules.put(rule.id(), rule) != null) {
                problems.add("regeln " + rule.id() + " finns två gånger");
            }
        }
        if (file.guidelineVersion() == null || file.guidelineVersion().isBlank()) {
            problems.add("guidelineVersion saknas");
        }
        if (file.minConfidence() < 0 || file.minConfidence() > 1) {
            problems.add("minConfidence ska vara mellan 0 och 1");
        }
        Map<Category, List<String>> extraTerms = PolicyTerms.read(file.extraTerms(), "extraTerms", lines, problems);
        Map<Category, Set<String>> allowedByCategory = PolicyTerms.asSets(
                PolicyTerms.read(file.allowedTermsByCategory(), "allowedTermsByCategory", lines, problems));
        Set<String> allowed = new java.util.LinkedHashSet<>(nonNull(file.allowedTerms()));
        allowed.addAll(allowedByCategory.getOrDefault(Category.PERSON_NAME, Set.of()));
        if (!problems.isEmpty()) {
            throw new PolicyException(source, problems);
        }
        return new Policy(version, file.guidelineVersion(), rules,
                nonNull(file.reminders()), digitsOnly(file.switchboardNumbers()),
                lowerCase(file.intranetHosts()), Set.copyOf(nonNull(file.localSystems())),
                allowed, file.minConfidence(), Set.of(), Map.of(), extraTerms, allowedByCategory);
    }

    private static Set<String> digitsOnly(List<String> numbers) {
        Set<String> out = new java.util.HashSet<>();
        for (String n : nonNull(numbers)) {
            out.add(n.replaceAll("\\D", ""));
        }
        return out;
    }

    private static Set<String> lowerCase(List<String> values) {
        Set<String> out = new java.util.HashSet<>();
        for (String v : nonNull(values)) {
            out.add(v.toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static <T> T parse(byte[] bytes, Class<T> type, String source) {
        try {
            return YAML.readValue(bytes, type);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " (rad " + e.getLocation().getLineNr() + ")";
            throw new PolicyException(source, List.of("filen går inte att läsa" + where + ": " + e.getOriginalMessage()));
        } catch (IOException | RuntimeException e) {
            // Not valid text (bytes that are no UTF-8), or a parser limit: still a policy that cannot be used.
            throw new PolicyException(source, List.of("filen går inte att läsa: " + e.getClass().getSimpleName()));
        }
    }

    private static byte[] readResource(String name) {
        try (InputStream in = PolicyLoader.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new PolicyException(name, List.of("filen saknas"));
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** policy.yaml as written. */
    record PolicyFile(
            String guidelineVersion,
            double minConfidence,
            List<String> ruleFiles,
            List<String> switchboardNumbers,
            List<String> intranetHosts,
            List<String> localSystems,
            List<String> allowedTerms,
            com.fasterxml.jackson.databind.JsonNode extraTerms,
            com.fasterxml.jackson.databind.JsonNode allowedTermsByCategory,
            Map<String, Localized> guidelineSections,
            List<Localized> reminders) {
    }

    /** One rule as written in a rule file; checked and turned into a {@link Rule}. */
    record RuleEntry(
            String id, String category, String severity, Boolean redactable, String label,
            String operator, String section, Localized title, Localized explanation,
            List<String> mustFire, List<String> mustNotFire) {

        private static final Set<String> OPERATORS = Set.of("replace", "pseudonym", "mask", "generalise", "keep");

        Rule toRule(Map<String, Localized> sections, List<String> problems) {
            String name = id == null ? "(utan id)" : id;
            int before = problems.size();
            if (id == null || id.isBlank()) problems.add("en regel saknar id");
            Category cat = parseEnum(Category.class, category, name, "category", problems);
            Severity sev = parseEnum(Severity.class, severity, name, "severity", problems);
            if (redactable == null) problems.add(name + ": redactable saknas");
            if (label == null || label.isBlank()) problems.add(name + ": label saknas");
            if (!OPERATORS.contains(operator)) problems.add(name + ": okänd operator '" + operator + "'");
            Localized guideline = sections == null ? null : sections.get(section);
            if (guideline == null) problems.add(name + ": okänt avsnitt i riktlinjen '" + section + "'");
            if (title == null || explanation == null) problems.add(name + ": title och explanation krävs");
            if (problems.size() > before) {
                return null;
            }
            return new Rule(id, cat, sev, redactable, label, operator, title, explanation, guideline, mustFire, mustNotFire);
        }

        private static <E extends Enum<E>> E parseEnum(Class<E> type, String value, String rule, String field, List<String> problems) {
            try {
                return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
            } catch (RuntimeException e) {
                problems.add(rule + ": okänt värde för " + field + " '" + value + "'");
                return null;
            }
        }
    }

}
