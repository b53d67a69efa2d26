package se.precheck.auth;

/**
 * Who is calling, as proven by the token: tenant and object id (the stable key), and the name
 * shown in the task pane. In dev mode a fixed dev user.
 */
public record Caller(String tenantId, String objectId, String name, String username, boolean dev) {

    public static final Caller DEV = new Caller("dev-tenant", "dev-user", "Utvecklare (dev-läge)", "dev@localhost", true);
}
