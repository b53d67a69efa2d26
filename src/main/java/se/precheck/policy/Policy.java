package se.precheck.policy;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The guideline as data, immutable. Every check result names {@link #version()}, a content hash,
 * so a result can be reproduced from the policy that produced it.
 *
 * @param guidelineVersion   the guideline text this policy implements
 * @param rules              by rule id
 * @param reminders          shown with every check (fact-check the answer, no decisions, …)
 * @param switchboardNumbers the municipality's own public numbers, digits only: never a finding
 * @param intranetHosts      host names whose links are internal information
 * @param localSystems       names of the municipality's own case and record systems
 * @param allowedTerms       terms that are public in this municipality (e.g. officials' names)
 * @param minConfidence      findings below this confidence are dropped
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
        double minConfidence) {

    public Policy {
        rules = Map.copyOf(rules);
        reminders = List.copyOf(reminders);
        switchboardNumbers = Set.copyOf(switchboardNumbers);
        intranetHosts = Set.copyOf(intranetHosts);
        localSystems = Set.copyOf(localSystems);
        allowedTerms = Set.copyOf(allowedTerms);
    }

    public Optional<Rule> rule(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    public Collection<Rule> allRules() {
        return rules.values();
    }
}
