package se.precheck.graph;

import com.microsoft.graph.core.requests.GraphClientFactory;
import com.microsoft.graph.models.BodyType;
import com.microsoft.graph.models.EmailAddress;
import com.microsoft.graph.models.ItemBody;
import com.microsoft.graph.models.Message;
import com.microsoft.graph.models.Recipient;
import com.microsoft.graph.models.User;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.graph.users.item.sendmail.SendMailPostRequestBody;
import com.microsoft.kiota.ApiException;
import com.microsoft.kiota.authentication.AuthenticationProvider;
import com.microsoft.kiota.http.middleware.options.RetryHandlerOption;
import java.time.Duration;
import okhttp3.OkHttpClient;

/**
 * The Graph SDK behind {@link GraphGateway}: asks only for the fields it uses, never logs bodies,
 * and turns SDK failures into {@link GraphException}s.
 */
public final class MicrosoftGraphGateway implements GraphGateway {

    public static final String DEFAULT_BASE_URL = "https://graph.microsoft.com/v1.0";

    private final DelegatedTokens tokens;
    private final AppTokens appTokens;
    private final String baseUrl;
    private final OkHttpClient http = GraphClientFactory.create().build();

    public MicrosoftGraphGateway(DelegatedTokens tokens, String baseUrl) {
        this(tokens, null, baseUrl);
    }

    /** @param appTokens the service's own token (client credentials) for mails sent later; null: none */
    public MicrosoftGraphGateway(DelegatedTokens tokens, AppTokens appTokens, String baseUrl) {
        this.tokens = tokens;
        this.appTokens = appTokens;
        this.baseUrl = baseUrl == null || baseUrl.isBlank() ? DEFAULT_BASE_URL : baseUrl;
    }

    @Override
    public Profile profile(String userToken) throws GraphException {
        GraphServiceClient graph = client(tokens.graphToken(userToken));
        try {
            User me = graph.me().get(request -> request.queryParameters.select =
                    new String[] {"displayName", "department", "officeLocation"});
            return me == null ? new Profile(null, null, null) : new Profile(me.getDisplayName(), me.getDepartment(), me.getOfficeLocation());
        } catch (ApiException e) {
            throw failure(e);
        } catch (RuntimeException e) {
            throw new GraphException(GraphException.Reason.UNAVAILABLE, "graph unreachable");
        }
    }

    @Override
    public void sendMail(String userToken, OutgoingMail mail) throws GraphException {
        GraphServiceClient graph = client(tokens.graphToken(userToken));
        try {
            graph.me().sendMail().post(request(mail), NO_RETRY);
        } catch (ApiException e) {
            throw failure(e);
        } catch (RuntimeException e) {
            throw new GraphException(GraphException.Reason.UNAVAILABLE, "graph unreachable");
        }
    }

    @Override
    public void sendMailAsService(String senderMailbox, OutgoingMail mail) throws GraphException {
        if (appTokens == null) throw new GraphException(GraphException.Reason.UNAVAILABLE, "no application permission configured");
        GraphServiceClient graph = client(appTokens.graphToken());
        try {
            graph.users().byUserId(senderMailbox).sendMail().post(request(mail), NO_RETRY);
        } catch (ApiException e) {
            throw failure(e);
        } catch (RuntimeException e) {
            throw new GraphException(GraphException.Reason.UNAVAILABLE, "graph unreachable");
        }
    }

    @Override
    public boolean canSendAsService() {
        return appTokens != null;
    }

    /**
     * Mails are not retried inside the SDK: a user waiting for the report's answer must not wait
     * out Graph's Retry-After, and the incident resender keeps its own back-off (which honours it).
     */
    private static final java.util.function.Consumer<com.microsoft.graph.users.item.sendmail.SendMailRequestBuilder.PostRequestConfiguration> NO_RETRY =
            config -> config.options.add(new RetryHandlerOption((delay, count, request, response) -> false, 0, 0));

    private static SendMailPostRequestBody request(OutgoingMail mail) {
        Message message = new Message();
        message.setSubject(mail.subject());
        ItemBody body = new ItemBody();
        body.setContentType(BodyType.Text);
        body.setContent(mail.body());
        message.setBody(body);
        message.setToRecipients(mail.to().stream().map(address -> {
            EmailAddress email = new EmailAddress();
            email.setAddress(address);
            Recipient recipient = new Recipient();
            recipient.setEmailAddress(email);
            return recipient;
        }).toList());
        SendMailPostRequestBody request = new SendMailPostRequestBody();
        request.setMessage(message);
        request.setSaveToSentItems(true);
        return request;
    }

    /** A client for one call with this Graph token; the HTTP connection pool is shared. */
    private GraphServiceClient client(String graphToken) {
        AuthenticationProvider auth = (request, context) -> request.headers.add("Authorization", "Bearer " + graphToken);
        GraphServiceClient graph = new GraphServiceClient(auth, http);
        graph.getRequestAdapter().setBaseUrl(baseUrl);
        return graph;
    }

    private static GraphException failure(ApiException e) {
        int status = e.getResponseStatusCode();
        GraphException.Reason reason = status == 401 || status == 403 ? GraphException.Reason.CONSENT_REQUIRED
                : status >= 500 || status == 429 ? GraphException.Reason.UNAVAILABLE : GraphException.Reason.FAILED;
        Duration wait = null;
        var headers = e.getResponseHeaders();
        if (headers != null && headers.get("Retry-After") != null && !headers.get("Retry-After").isEmpty()) {
            wait = GraphException.parseRetryAfter(headers.get("Retry-After").iterator().next());
        }
        return new GraphException(reason, "graph answered " + status, wait);
    }
}
