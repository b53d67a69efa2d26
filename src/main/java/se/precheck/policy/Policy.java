package se.precheck.policy;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The guideline as data, immutable. Every check result names {@link #version()}, a content hash,
 * so a result can be reproduced from the policy that produced it.
 *
 * @param guidelineVersion   the guideline text this policy implements
 * @param rules              by rule id (severity overrides of the municipality's file already applied)
 * @param reminders          shown with every check (fact-check the answer, no decisions, …)
 * @param switchboardNumbers the municipality's own public numbers, digits only: never a finding
 * @param intranetHosts      host names whose links are internal information
 * @param localSystems       names of the municipality's own case and record systems
 * @param allowedTerms       terms that are public in this municipality (e.g. officials' names)
 * @param minConfidence      findings below this confidence are dropped
 * @param tenants            tenant ids (lower case) whose work accounts the municipality names in its policy file
 * @param profiles           per administration (the department in Graph, lower case): stricter or milder rules
 * @param extraTerms         the municipality's own terms per category (a trailing '*' takes any ending)
 * @param allowedTermsByCategory terms that are no finding of that category here (a trailing '*' takes any ending)
 */
public record Policy(
        String version,
        String guidelineVersion,
        Map<String, Rule> rules,
        List<Localized> reminders,
        Set<String> switchboardNumbers,
        Set<String> intranetHosts,
        Set<String> localSystems,
        Set<String> allowedTerms,
        double minConfidence,
        Set<String> tenants,
        Map<String, AdministrationProfile> profiles,
        Map<Category, List<String>> extraTerms,
        Map<Category, Set<String>> allowedTermsByCategory) {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    public Policy {
        rules = Map.copyOf(rules);
        reminders = List.copyOf(reminders);
        switchboardNumbers = Set.copyOf(switchboardNumbers);
        intranetHosts = Set.copyOf(intranetHosts);
        localSystems = Set.copyOf(localSystems);
        allowedTerms = Set.copyOf(allowedTerms);
        tenants = tenants == null ? Set.of() : Set.copyOf(tenants);
        profiles = profiles == null ? Map.of() : Map.copyOf(profiles);
        extraTerms = extraTerms == null ? Map.of() : copyOfLists(extraTerms);
        allowedTermsByCategory = allowedTermsByCategory == null ? Map.of() : copyOfSets(allowedTermsByCategory);
    }

    /** A policy with tenants and profiles but no terms per category. */
    public Policy(String version, String guidelineVersion, Map<String, Rule> rules, List<Localized> reminders,
                  Set<String> switchboardNumbers, Set<String> intranetHosts, Set<String> localSystems,
                  Set<String> allowedTerms, double minConfidence, Set<String> tenants, Map<String, AdministrationProfile> profiles) {
        this(version, guidelineVersion, rules, reminders, switchboardNumbers, intranetHosts, localSystems,
                allowedTerms, minConfidence, tenants, profiles, Map.of(), Map.of());
    }

    /** A policy without tenants or administration profiles (the engine's tests build these). */
    public Policy(String version, String guidelineVersion, Map<String, Rule> rules, List<Localized> reminders,
                  Set<String> switchboardNumbers, Set<String> intranetHosts, Set<String> localSystems,
                  Set<String> allowedTerms, double minConfidence) {
        this(version, guidelineVersion, rules, reminders, switchboardNumbers, intranetHosts, localSystems,
                allowedTerms, minConfidence, Set.of(), Map.of(), Map.of(), Map.of());
    }

    public Optional<Rule> rule(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    public Collection<Rule> allRules() {
        return rules.values();
    }

    /**
     * The policy for one administration (the department from Graph): its profile's severity
     * overrides applied, or this policy when it has none. The version stays the same: the hash
     * already covers every profile, and the administration decides which one applies.
     */
    public Policy forAdministration(String administration) {
        if (administration == null || profiles.isEmpty()) {
            return this;
        }
        AdministrationProfile profile = profiles.get(administration.trim().toLowerCase(Locale.ROOT));
        if (profile == null || profile.severityOverrides().isEmpty()) {
            return this;
        }
        Map<String, Rule> changed = new LinkedHashMap<>(rules);
        profile.severityOverrides().forEach((id, severity) -> {
            Rule r = changed.get(id);
            if (r != null) changed.put(id, r.withSeverity(severity));
        });
        return new Policy(version, guidelineVersion, changed, reminders, switchboardNumbers, intranetHosts,
                localSystems, allowedTerms, minConfidence, tenants, profiles, extraTerms, allowedTermsByCategory);
    }

    /** The profile of this administration (the department from Graph), if the policy has one. */
    public Optional<AdministrationProfile> profileFor(String administration) {
        if (administration == null || administration.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(profiles.get(administration.trim().toLowerCase(Locale.ROOT)));
    }

    /**
     * Whether the municipality allows this text as no finding of the category: it equals one of the
     * category's allowed terms (case-insensitively, spaces collapsed) or starts with one ending in '*'.
     */
    public boolean allows(Category category, String surface) {
        Set<String> allowed = allowedTermsByCategory.get(category);
        if (allowed == null || surface == null) {
            return false;
        }
        String s = WHITESPACE.matcher(surface.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
        for (String term : allowed) {
            String t = term.toLowerCase(Locale.ROOT);
            if (t.endsWith("*") ? s.startsWith(t.substring(0, t.length() - 1)) : s.equals(t)) {
                return true;
            }
        }
        return false;
    }

    private static <K, V> Map<K, List<V>> copyOfLists(Map<K, List<V>> map) {
        Map<K, List<V>> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return java.util.Collections.unmodifiableMap(out);
    }

    private static <K, V> Map<K, Set<V>> copyOfSets(Map<K, Set<V>> map) {
        Map<K, Set<V>> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(k, Set.copyOf(v)));
        return java.util.Collections.unmodifiableMap(out);
    }
}
