package se.precheck.policy;

import java.util.Map;

/**
 * How one administration (e.g. Socialförvaltningen, the department in Graph) weighs findings
 * differently from the rest of the municipality.
 *
 * @param name              as written in the policy file
 * @param severityOverrides rule id to severity
 */
public record AdministrationProfile(String name, Map<String, Severity> severityOverrides) {

    public AdministrationProfile {
        severityOverrides = Map.copyOf(severityOverrides);
    }
}
