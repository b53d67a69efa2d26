package se.precheck.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.precheck.fuzz.Gen;
import java.util.function.Function;

/**
 * Fuzzing the policy loader (issue 11): any bytes as policy.yaml or as a rule file give either a
 * valid policy or a {@link PolicyException} with a clear message, never another exception.
 */
class PolicyLoaderFuzzTest {

    static final byte[] POLICY_YAML = resource("policy/policy.yaml");
    static final List<String> RULE_FILES = List.of("identifiers.yaml", "contact.yaml", "markings.yaml", "sensitive.yaml", "use-rules.yaml", "names.yaml");

    static byte[] resource(String name) {
        try (InputStream in = PolicyLoaderFuzzTest.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped files, with {@code file} replaced by {@code bytes}. */
    static Function<String, byte[]> files(String file, byte[] bytes) {
        return name -> {
            if (name.equals(file)) return bytes;
            byte[] shipped = resource("policy/" + name);
            if (shipped == null) throw new PolicyException(name, List.of("filen saknas"));
            return shipped;
        };
    }

    static void loadsOrSaysWhy(Function<String, byte[]> files) {
        try {
            Policy policy = PolicyLoader.load(files);
            assertThat(policy.version()).startsWith("sha256:");
        } catch (PolicyException e) {
            assertThat(e.getMessage()).startsWith("Policyn i ").contains("kan inte användas");
            assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p).isNotBlank());
        }
    }

    static Stream<Long> seeds() {
        return Gen.seeds();
    }

    static final List<String> JUNK = List.of(":", "- ", "&a ", "*a", "!!binary ", "{", "[", "\t", "\n  ", "'", "\"", "~", "\u0000", "\uFFFF", "? ");

    /** A shipped file, mutated: truncated, a byte flipped, a line dropped or doubled, YAML punctuation put in; or random bytes or text. */
    static byte[] mutated(Gen g) {
        return g.weighted(new int[] {2, 2, 5},
                x -> x.bytes(300),
                x -> x.anyString(300).getBytes(StandardCharsets.UTF_8),
                x -> mutate(POLICY_YAML, x.between(0, 99_999), x.between(0, 6), x.pick(JUNK)));
    }

    static byte[] mutate(byte[] original, int at, int how, String junk) {
        String s = new String(original, StandardCharsets.UTF_8);
        int i = at % (s.length() + 1);
        String out = switch (how) {
            case 0 -> s.substring(0, i);
            case 1 -> s.substring(0, i) + junk + s.substring(i);
            case 2 -> s.substring(0, i) + s.substring(Math.min(s.length(), s.indexOf('\n', i) + 1 > 0 ? s.indexOf('\n', i) + 1 : s.length()));
            case 3 -> s.substring(0, i) + s.substring(i, Math.max(i, s.indexOf('\n', i) > 0 ? s.indexOf('\n', i) : i)) + "\n" + s.substring(i);
            case 4 -> s.replace("ruleFiles", junk.isBlank() ? "ruleFile" : "ruleFiles" + junk);
            case 5 -> s.replace("identifiers.yaml", junk + "identifiers.yaml");
            default -> {
                byte[] b = original.clone();
                if (b.length > 0) b[i % b.length] ^= (byte) (1 << (at % 8));
                yield new String(b, StandardCharsets.ISO_8859_1);
            }
        };
        return how == 6 ? out.getBytes(StandardCharsets.ISO_8859_1) : out.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void any_policy_yaml_loads_or_says_why(long seed) {
        loadsOrSaysWhy(files("policy.yaml", mutated(new Gen(seed))));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void any_rule_file_loads_or_says_why(long seed) {
        Gen g = new Gen(seed);
        byte[] bytes = mutated(g);
        loadsOrSaysWhy(files("rules/" + g.pick(RULE_FILES), bytes));
    }

    @Test
    void hostile_yaml_is_refused_clearly() {
        String bomb = "a: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\n"
                + "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"
                + "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\nruleFiles: [*f]\n";
        for (String yaml : List.of(bomb, "[".repeat(100_000), "ruleFiles: !!java.io.File [\"/etc/passwd\"]\n",
                "ruleFiles: [\"../../../../etc/passwd\"]\nguidelineVersion: x\n", "\uFEFF", "", "---\n---\n", "ruleFiles: []\n",
                "minConfidence: .nan\nguidelineVersion: x\nruleFiles: [identifiers.yaml]\n")) {
            loadsOrSaysWhy(files("policy.yaml", yaml.getBytes(StandardCharsets.UTF_8)));
        }
        loadsOrSaysWhy(files("policy.yaml", new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, 0}));
        loadsOrSaysWhy(name -> {
            throw new PolicyException(name, List.of("filen saknas"));
        });
    }
}
