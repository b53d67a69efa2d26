package se.precheck.detect.names;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.ParseException;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Whether a word written in lower case is an ordinary Swedish word (dag, per, hans, eleverna), by
 * the Swedish Hunspell dictionary (Den stora svenska ordlistan, LGPL-3) that LanguageTool's
 * {@code language-sv} jar puts on the classpath. Hunspell knows inflections and compounds, and its
 * capitalised entries (Anna, Hedemora) do not accept the lower-case form, so "anna" is not a word.
 */
final class OrdinaryWords {

    private static final String DICTIONARY = "org/languagetool/resource/sv/hunspell/sv_SE.";

    private OrdinaryWords() {
    }

    /** Loaded on first use; Lucene's {@link Hunspell} is thread-safe. */
    private static final class Holder {
        static final Hunspell HUNSPELL = load();
        static final ListedNameAnswers LISTED = new ListedNameAnswers(HUNSPELL);
    }

    /** Loads the dictionary now (about a second), so the first check does not pay for it. */
    static void warmUp() {
        Holder.HUNSPELL.spell("och");
    }

    static boolean isWord(String lowerCase) {
        Boolean listed = Holder.LISTED.answer(lowerCase);
        return listed != null ? listed : Holder.HUNSPELL.spell(lowerCase);
    }

    private static Hunspell load() {
        ClassLoader loader = OrdinaryWords.class.getClassLoader();
        try (InputStream aff = loader.getResourceAsStream(DICTIONARY + "aff");
             InputStream dic = loader.getResourceAsStream(DICTIONARY + "dic")) {
            if (aff == null || dic == null) {
                throw new IllegalStateException("Swedish Hunspell dictionary missing from the classpath");
            }
            return new Hunspell(new Dictionary(new ByteBuffersDirectory(), "sv", aff, dic));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException("Swedish Hunspell dictionary unreadable", e);
        }
    }
}
