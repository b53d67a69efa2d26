package se.precheck.eval;

/** The corpus cannot be read: says which file, which line and what is wrong (never the text). */
public final class CorpusException extends RuntimeException {

    public CorpusException(String message) {
        super(message);
    }

    public CorpusException(String message, Throwable cause) {
        super(message, cause);
    }
}
