package se.precheck.graph;

/**
 * A Graph token for the service itself (application permission, client credentials flow), for
 * work that runs when no user is there: mailing incident reports that could not be sent at once.
 */
public interface AppTokens {

    String graphToken() throws GraphException;
}
