package se.precheck.graph;

/** Exchanges the user's token for this service into a Graph token for the same user. */
public interface DelegatedTokens {

    String graphToken(String userToken) throws GraphException;
}
