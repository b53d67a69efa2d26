package se.precheck.web;

/** The one error shape of the API: a stable code for clients and a message for people. */
public record ApiError(String error, String message) {
}
