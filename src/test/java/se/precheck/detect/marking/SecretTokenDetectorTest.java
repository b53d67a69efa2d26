package se.precheck.detect.marking;

import static se.precheck.detect.marking.Rows.fires;
import static se.precheck.detect.marking.Rows.none;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * API keys, tokens and private keys. Every value here is invented for the test (random
 * characters in the documented format of each provider); none is a real key.
 */
class SecretTokenDetectorTest {

    private static final String RULE = SecretTokenDetector.RULE;
    private static final SecretTokenDetector DETECTOR = new SecretTokenDetector();

    private static final String GITHUB = "ghp_" + "aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5";
    private static final String JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IlRlc3QifQ.dBjftJeZ4CVPmB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    private static final String KEY_BLOCK = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun\nVTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxK\n-----END RSA PRIVATE KEY-----";

    static Stream<Rows> table() {
        return Stream.of(
                fires("export AZURE_OPENAI_KEY=4f9c2d7e8a1b3c5d6e7f8a9b0c1d2e3f", RULE, "4f9c2d7e8a1b3c5d6e7f8a9b0c1d2e3f"),
                none("SORT_KEY=created_at_desc", RULE, "a setting made of words, not random"),
                fires("token: " + GITHUB, RULE, GITHUB),
                fires("git clone https://oauth2:glpat-Xy7Rk2pQm9LzTv3sNf1a@gitlab.example.com/kommun/app.git", RULE, "glpat-Xy7Rk2pQm9LzTv3sNf1a"),
                none("Prefixet glpat- används för GitLab-token.", RULE, "the prefix alone, no token"),
                fires("Använd github_pat_11ABCDEFG0123456789_abcdefghijKLMNOPqrstuvWXYZ012345 i skriptet", RULE,
                        "github_pat_11ABCDEFG0123456789_abcdefghijKLMNOPqrstuvWXYZ012345"),
                fires("aws_access_key_id = AKIAZ7Q3K2M9W4X8P5T1", RULE, "AKIAZ7Q3K2M9W4X8P5T1"),
                fires("curl -H \"Authorization: Basic c3ZjX2Vrb25vbWk6VmludGVyMjAyNSE=\" https://api.example.com", RULE,
                        "c3ZjX2Vrb25vbWk6VmludGVyMjAyNSE="),
                none("We offer basic training for new staff in April.", RULE, "'basic' as an English word"),
                none("Authorization: Basic dGVzdA==", RULE, "base64 without user:password ('test')"),
                fires("x-api-key: 9f8e7d6c5b4a39281706f5e4d3c2b1a0", RULE, "9f8e7d6c5b4a39281706f5e4d3c2b1a0"),
                fires("SLACK_TOKEN=xoxb-2048-4096-Zq8Lm3Np7Rt2Vw6Xy", RULE, "xoxb-2048-4096-Zq8Lm3Np7Rt2Vw6Xy"),
                fires("stripe.api_key = 'sk_live_4eC39HqLyjWDarjtT1zdp7dc'", RULE, "sk_live_4eC39HqLyjWDarjtT1zdp7dc"),
                fires("key=AIzaSyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q", RULE, "AIzaSyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q"),
                fires("OPENAI_API_KEY=sk-proj-Ab3De5Gh7Jk9Mn1Pq3St5Vw7Yz9Bc2Ef4Hi6", RULE, "sk-proj-Ab3De5Gh7Jk9Mn1Pq3St5Vw7Yz9Bc2Ef4Hi6"),
                fires("DefaultEndpointsProtocol=https;AccountName=kommunlagring;AccountKey=q8Zt3Yx1Wv5Ut7Sr9Qp2On4Ml6Kj8Ih0Gf3Ed5Cb7A9z+/Xw==;EndpointSuffix=core.windows.net",
                        RULE, "q8Zt3Yx1Wv5Ut7Sr9Qp2On4Ml6Kj8Ih0Gf3Ed5Cb7A9z+/Xw=="),
                fires("https://lagring.blob.core.windows.net/c/f.pdf?sv=2022-11-02&se=2025-01-01&sp=r&sig=Ab3De5Gh7Jk9Mn1Pq3St5Vw7Yz9%3D", RULE,
                        "Ab3De5Gh7Jk9Mn1Pq3St5Vw7Yz9%3D"),
                fires("Authorization: Bearer " + JWT, RULE, JWT),
                fires("Authorization: Bearer 9f8Ae7Bd6Cc5Db4Ea3Fb2Gc1Hd0Ie", RULE, "9f8Ae7Bd6Cc5Db4Ea3Fb2Gc1Hd0Ie"),
                fires(KEY_BLOCK, RULE, KEY_BLOCK),
                fires("client_secret: \"Q7w9E2r4T6y8U1i3O5p7A9s\"", RULE, "Q7w9E2r4T6y8U1i3O5p7A9s"),
                fires("api-nyckel = 7Fh2Kd9Lm4Qp8Rs3Tv6Wx1Yz5", RULE, "7Fh2Kd9Lm4Qp8Rs3Tv6Wx1Yz5"),
                none("token=refresh_token_expired_2024", RULE, "an identifier made of words"),
                none("secret=<din hemliga nyckel>", RULE, "placeholder"),
                none("api_key=YOUR_API_KEY_HERE", RULE, "placeholder"),
                none("token=xxxxxxxxxxxxxxxxxxxxxxxx", RULE, "masked"),
                none("Vi skickar en token via sms när du loggar in.", RULE, "the word in prose"),
                none("Nyckeln till förrådet hänger i receptionen.", RULE, "a physical key"),
                none("Bearer token saknas i anropet.", RULE, "the word bearer without a token"),
                none("-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1Lf\n-----END PUBLIC KEY-----", RULE,
                        "a public key is not a secret"),
                none("Skicka sk-listan till rektor senast fredag.", RULE, "'sk-' in Swedish text"),
                none("Ärendet AKIA-2024 hanteras av enheten.", RULE, "not an AWS key format"),
                fires("https://example.com/reset?code=9fK2mQ7xL0pR4tV8&user=12", RULE, "9fK2mQ7xL0pR4tV8"),
                none("https://example.com/list?page=2&code=sv-SE&sort=name", RULE, "a language code in a link"),
                none("Frågeformuläret https://forms.example.com/r?code=sk12345 öppnas i webbläsaren.", RULE, "a short survey code"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void table(Rows row) {
        row.check(DETECTOR);
    }
}
