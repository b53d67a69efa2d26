package se.precheck.graph;

/** What the service asks Graph about the user: enough to pick the policy profile of their administration. */
public record Profile(String displayName, String department, String officeLocation) {
}
