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
import okhttp3.OkHttpClient;

/**
 * The Graph SDK behind {@link GraphGateway}: asks only for the fields it uses, never logs bodies,
 * and turns SDK failures into {@link GraphException}s.
 */
public final class MicrosoftGraphGateway implements GraphGateway {

    public static final String DEFAULT_BASE_URL = "https://graph.microsoft.com/v1.0";

    private final DelegatedTokens tokens;
    private final String baseUrl;
    private final OkHttpClient http = GraphClientFactory.create().build();

    public MicrosoftGraphGateway(DelegatedTokens tokens, String baseUrl) {
        this.tokens = tokens;
        this.baseUrl = baseUrl == null || baseUrl.isBlank() ? DEFAULT_BASE_URL : baseUrl;
    }

    @Override
    public Profile profile(String userToken) throws GraphException {
        GraphServiceClient graph = client(userToken);
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
        GraphServiceClient graph = client(userToken);
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
        try {
            graph.me().sendMail().post(request);
        } catch (ApiException e) {
            throw failure(e);
        } catch (RuntimeException e) {
            throw new GraphException(GraphException.Reason.UNAVAILABLE, "graph unreachable");
        }
    }

    /** A client for one user's calls; the HTTP connection pool is shared. */
    private GraphServiceClient client(String userToken) throws GraphException {
        String graphToken = tokens.graphToken(userToken);
        AuthenticationProvider auth = (request, context) -> request.headers.add("Authorization", "Bearer " + graphToken);
        GraphServiceClient graph = new GraphServiceClient(auth, http);
        graph.getRequestAdapter().setBaseUrl(baseUrl);
        return graph;
    }

    private static GraphException failure(ApiException e) {
        int status = e.getResponseStatusCode();
        GraphException.Reason reason = status == 401 || status == 403 ? GraphException.Reason.CONSENT_REQUIRED
                : status >= 500 || status == 429 ? GraphException.Reason.UNAVAILABLE : GraphException.Reason.FAILED;
        return new GraphException(reason, "graph answered " + status);
    }
}
