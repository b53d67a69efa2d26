package se.precheck.web;

import com.fasterxml.jackson.core.JacksonException;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Reads a request body as JSON within the size limit, or refuses it with a clear API error. */
final class JsonBody {

    private JsonBody() {
    }

    static <T> T read(Context ctx, Class<T> type, long maxBytes) {
        if (ctx.contentLength() > maxBytes) {
            throw tooLarge(maxBytes);
        }
        byte[] body = ctx.bodyAsBytes();
        if (body.length > maxBytes) {
            throw tooLarge(maxBytes);
        }
        T value;
        try {
            value = Json.MAPPER.readValue(body, type);
        } catch (JacksonException e) {
            // Never pass on e.getMessage(): it quotes the body.
            throw new ApiException(400, "invalid_json", "Begäran är inte giltig JSON. Skicka {\"text\": \"…\"}.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (value == null) {
            throw new ApiException(400, "invalid_json", "Begäran är tom. Skicka {\"text\": \"…\"}.");
        }
        return value;
    }

    private static ApiException tooLarge(long maxBytes) {
        return new ApiException(413, "too_large", "Texten är för lång för en kontroll (högst " + maxBytes / 1024
                + " kB). Markera en mindre del av dokumentet och kontrollera den delen för sig.");
    }
}
