package se.precheck.policy;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
        Map<String, AdministrationProfile> profiles) {

    public Policy {
        rules = Map.copyOf(rules);
        reminders = List.copyOf(reminders);
        switchboardNumbers = Set.copyOf(switchboardNumbers);
        intranetHosts = Set.copyOf(intranetHosts);
        localSystems = Set.copyOf(localSystems);
        allowedTerms = Set.copyOf(allowedTerms);
        tenants = tenants == null ? Set.of() : Set.copyOf(tenants);
        profiles = profiles == null ? Map.of() : Map.copyOf(profiles);
    }

    /** A policy without tenants or administration profiles (the engine's tests build these). */
    public Policy(String version, String guidelineVersion, Map<String, Rule> rules, List<Localized> reminders,
                  Set<String> switchboardNumbers, Set<String> intranetHosts, Set<String> localSystems,
                  Set<String> allowedTerms, double minConfidence) {
        this(version, guidelineVersion, rules, reminders, switchboardNumbers, intranetHosts, localSystems,
                allowedTerms, minConfidence, Set.of(), Map.of());
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
                localSystems, allowedTerms, minConfidence, tenants, profiles);
    }
}
