package se.precheck.stats;

/**
 * The caller's administration (the department in Microsoft Graph, e.g. Socialförvaltningen), the
 * finest grouping the statistics keep. Never a person: a name longer than a department name is cut.
 */
public record Administration(String name) {

    public static final Administration UNKNOWN = new Administration("");
    static final int MAX_LENGTH = 100;

    public Administration {
        name = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (name.length() > MAX_LENGTH) name = name.substring(0, MAX_LENGTH);
    }

    /** As shown on the admin pages. */
    public String label() {
        return name.isEmpty() ? "(okänd förvaltning)" : name;
    }
}
