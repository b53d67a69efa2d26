package se.precheck.web;

/** A request the API refuses, with the status and the error to answer. */
final class ApiException extends RuntimeException {
    final int status;
    final ApiError error;

    ApiException(int status, String code, String message) {
        super(code, null, false, false);
        this.status = status;
        this.error = new ApiError(code, message);
    }
}
