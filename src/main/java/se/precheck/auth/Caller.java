package se.precheck.auth;

import java.util.Set;

/**
 * Who is calling, as proven by the token: tenant and object id (the stable key), and the name
 * shown in the task pane. In dev mode a fixed dev user.
 *
 * @param roles the app roles ({@code roles} claim) and group ids ({@code groups} claim) in the token
 */
public record Caller(String tenantId, String objectId, String name, String username, boolean dev, Set<String> roles) {

    public static final Caller DEV = new Caller("dev-tenant", "dev-user", "Utvecklare (dev-läge)", "dev@localhost", true);

    public Caller {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    /** A caller without app roles or groups. */
    public Caller(String tenantId, String objectId, String name, String username, boolean dev) {
        this(tenantId, objectId, name, username, dev, Set.of());
    }

    /** Whether the token carries this app role or group; the dev user has every role. */
    public boolean hasRole(String role) {
        return dev || (role != null && !role.isBlank() && roles.contains(role));
    }
}
