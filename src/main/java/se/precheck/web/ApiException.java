package se.precheck.web;

/** A request the API refuses, with the status and the error to answer. */
final class ApiException extends RuntimeException {
    final int status;
    final ApiError error;
    /** Seconds for a {@code Retry-After} header, or 0 for none. */
    final long retryAfterSeconds;

    ApiException(int status, String code, String message) {
        this(status, code, message, 0);
    }

    ApiException(int status, String code, String message, long retryAfterSeconds) {
        super(code, null, false, false);
        this.status = status;
        this.error = new ApiError(code, message);
        this.retryAfterSeconds = retryAfterSeconds;
    }
}
