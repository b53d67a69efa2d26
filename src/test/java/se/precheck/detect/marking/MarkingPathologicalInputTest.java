package se.precheck.detect.marking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.precheck.detect.Detector;
import se.precheck.detect.NormalizedText;
import se.precheck.detect.Normalizer;

/**
 * 1 MB of each trigger character, and of repeated trigger phrases, through every detector of the
 * family. The detectors must return (bounded quantifiers, bounded look-ups); no timing is asserted.
 */
class MarkingPathologicalInputTest {

    private static final int MB = 1 << 20;

    static Stream<String> inputs() {
        return Stream.of(
                "§".repeat(MB),
                "-".repeat(MB),
                "=".repeat(MB),
                ":".repeat(MB),
                "1".repeat(MB),
                " ".repeat(MB),
                "@".repeat(MB),
                "A".repeat(MB),
                base64Like(MB),
                repeat("26 kap. 1 § "),
                repeat("OSL 26:1 "),
                repeat("SEKRETESS "),
                repeat("HEMLIG "),
                repeat("skyddad identitet "),
                repeat("password="),
                repeat("Lösenordet är "),
                repeat("eyJ"),
                repeat("eyJhbGciOi."),
                repeat("-----BEGIN RSA PRIVATE KEY-----\n"),
                repeat("api_key="),
                repeat("x://a:"),
                repeat("-pass 'x "),
                repeat("<password>"),
                repeat("mysql -p"),
                repeat("net use /user:a "),
                repeat("ConvertTo-SecureString \""),
                repeat("Nyckelboxen har kod "),
                repeat("lösenordet skickar jag "),
                repeat("curl -u a:"),
                repeat("wifi: a / "));
    }

    private static String repeat(String unit) {
        return unit.repeat(MB / unit.length());
    }

    private static String base64Like(int n) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=";
        Random random = new Random(42);
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("inputs")
    void every_detector_returns(String input) {
        NormalizedText text = Normalizer.normalize(input);
        for (Detector detector : MarkingDetectors.ALL) {
            assertThat(detector.detect(text, Rows.POLICY)).isNotNull();
        }
    }
}
