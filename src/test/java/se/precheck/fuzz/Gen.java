package se.precheck.fuzz;

import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A small seeded generator for the property tests: every run with the same seed gives the same
 * inputs, so a failure names its seed and can be replayed. The number of tries per property is
 * {@code -Dfuzz.tries=N} (default 100; see docs/reliability.md for the long run).
 */
public final class Gen {

    private final Random random;

    public Gen(long seed) {
        this.random = new Random(seed);
    }

    /** The seeds of one property's tries. */
    public static Stream<Long> seeds() {
        return IntStream.range(0, Integer.getInteger("fuzz.tries", 100)).mapToObj(i -> 0x5EEDL * 31 + i);
    }

    public int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    public <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** One of the generators, chosen by weight: {@code weights[i]} for {@code choices[i]}. */
    @SafeVarargs
    public final <T> T weighted(int[] weights, Function<Gen, T>... choices) {
        int total = IntStream.of(weights).sum();
        int r = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return choices[i].apply(this);
            }
        }
        return choices[choices.length - 1].apply(this);
    }

    /** Any UTF-16 code units, lone surrogates, NUL and controls included; mostly short. */
    public String anyString(int maxLength) {
        int n = between(0, maxLength);
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append(switch (random.nextInt(4)) {
                case 0 -> (char) between(0, 0x7F);
                case 1 -> (char) between(0x80, 0x2FFF);
                case 2 -> (char) between(0xD800, 0xDFFF);
                default -> (char) random.nextInt(0x10000);
            });
        }
        return b.toString();
    }

    public byte[] bytes(int maxLength) {
        byte[] b = new byte[between(0, maxLength)];
        random.nextBytes(b);
        return b;
    }

    /** Up to {@code maxParts} pieces from {@code piece}, joined. */
    public String join(int maxParts, Function<Gen, String> piece) {
        int n = between(0, maxParts);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(piece.apply(this));
        }
        return b.toString();
    }
}
