package se.precheck.detect.userules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The one lookup of a word start: which of the keys (one to three letters) the word begins with. */
class PackedKeyTableTest {

    private static final List<String> KEYS = List.of("b", "bev", "ska", "sk", "du", "ö");

    static Stream<Arguments> words() {
        return Stream.of(
                Arguments.of("bevilja", List.of("b", "bev"), "two keys, one the beginning of the other"),
                Arguments.of("Bevilja", List.of("b", "bev"), "case is folded"),
                Arguments.of("beslut", List.of("b"), "only the shorter key"),
                Arguments.of("skall", List.of("sk", "ska"), ""),
                Arguments.of("sk", List.of("sk"), "the word is the key"),
                Arguments.of("s", List.of(), "a beginning of a key is not a key"),
                Arguments.of("du", List.of("du"), ""),
                Arguments.of("d-u", List.of(), "the word ends at a character that is not a letter"),
                Arguments.of("Öppna", List.of("ö"), "letters beyond ASCII"),
                Arguments.of("1ska", List.of(), "not a letter"),
                Arguments.of("vi", List.of(), "no key"));
    }

    @ParameterizedTest
    @MethodSource("words")
    void findsTheKeysAWordBeginsWith(String word, List<String> expected, String reason) {
        PrefixKeys keys = PrefixKeys.of(KEYS);
        PackedKeyTable table = keys.table();
        int group = table.groupAt("  " + word + " ", 2);
        List<String> found = group < 0 ? List.of()
                : java.util.Arrays.stream(table.group(group)).mapToObj(k -> keys.keys().get(k)).toList();
        assertThat(found).as(reason).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(keys.matchWordAt("  " + word + " ", 2)).as(reason).isEqualTo(!expected.isEmpty());
    }
}
