package se.precheck.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

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

    /** A shipped file, mutated: truncated, a byte flipped, a line dropped or doubled, YAML punctuation put in. */
    @Provide
    Arbitrary<byte[]> mutated() {
        Arbitrary<String> fileName = Arbitraries.of("policy.yaml", "rules/identifiers.yaml", "rules/names.yaml");
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.bytes().array(byte[].class).ofMaxSize(300)),
                Tuple.of(2, Arbitraries.strings().all().ofMaxLength(300).map(s -> s.getBytes(StandardCharsets.UTF_8))),
                Tuple.of(5, net.jqwik.api.Combinators.combine(Arbitraries.integers().between(0, 99_999), Arbitraries.integers().between(0, 6),
                                Arbitraries.of(":", "- ", "&a ", "*a", "!!binary ", "{", "[", "\t", "\n  ", "'", "\"", "~", "\u0000", "\uFFFF", "? "))
                        .as((at, how, junk) -> mutate(POLICY_YAML, at, how, junk))));
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

    @Property
    void any_policy_yaml_loads_or_says_why(@ForAll("mutated") byte[] bytes) {
        loadsOrSaysWhy(files("policy.yaml", bytes));
    }

    @Property
    void any_rule_file_loads_or_says_why(@ForAll("mutated") byte[] bytes, @ForAll("ruleFile") String ruleFile) {
        loadsOrSaysWhy(files(ruleFile, bytes));
    }

    @Provide
    Arbitrary<String> ruleFile() {
        return Arbitraries.of(RULE_FILES).map(f -> "rules/" + f);
    }

    @Example
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
