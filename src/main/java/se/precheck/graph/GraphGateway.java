package se.precheck.graph;

/**
 * Microsoft Graph on behalf of the signed-in user. The rest of the service sees only this
 * interface; the SDK stays inside {@link MicrosoftGraphGateway}.
 */
public interface GraphGateway {

    /** @param userToken the user's own access token for this service (the on-behalf-of assertion) */
    Profile profile(String userToken) throws GraphException;

    void sendMail(String userToken, OutgoingMail mail) throws GraphException;

    /**
     * Sends as the service itself from {@code senderMailbox} (application permission Mail.Send,
     * client credentials): for incident reports mailed later, when the user's token is gone.
     */
    default void sendMailAsService(String senderMailbox, OutgoingMail mail) throws GraphException {
        throw new GraphException(GraphException.Reason.UNAVAILABLE, "no application permission configured");
    }

    /** Whether {@link #sendMailAsService} can work at all (a secret or certificate is configured). */
    default boolean canSendAsService() {
        return false;
    }

    /** Entra mode without a secret or certificate: Graph cannot be reached, and the service says so. */
    static GraphGateway unconfigured() {
        return new GraphGateway() {
            @Override
            public Profile profile(String userToken) throws GraphException {
                throw new GraphException(GraphException.Reason.UNAVAILABLE, "graph not configured");
            }

            @Override
            public void sendMail(String userToken, OutgoingMail mail) throws GraphException {
                throw new GraphException(GraphException.Reason.UNAVAILABLE, "graph not configured");
            }
        };
    }

    /** Dev mode: a fixed profile, and mails are refused (nothing leaves the machine). */
    static GraphGateway dev() {
        return new GraphGateway() {
            @Override
            public Profile profile(String userToken) {
                return new Profile("Utvecklare (dev-läge)", "Utveckling", "Lokalt");
            }

            @Override
            public void sendMail(String userToken, OutgoingMail mail) throws GraphException {
                throw new GraphException(GraphException.Reason.UNAVAILABLE, "no mail in dev mode");
            }
        };
    }
}
