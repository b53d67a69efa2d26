package se.precheck.web;

import io.javalin.http.Context;

/**
 * Headers on every response. Office.js is the only external script; the task pane may be framed
 * by Office hosts only. API answers are never cached.
 */
final class SecurityHeaders {

    static final String OFFICE_JS_ORIGIN = "https://appsforoffice.microsoft.com";

    /** Office on the web and the desktop hosts frame the task pane from these origins. */
    static final String OFFICE_FRAME_ANCESTORS = "'self' https://*.office.com https://*.office365.com "
            + "https://*.officeapps.live.com https://*.microsoft365.com https://*.cloud.microsoft "
            + "https://*.outlook.com https://outlook.live.com https://*.sharepoint.com";

    static final String CSP = "default-src 'self'; "
            + "script-src 'self' " + OFFICE_JS_ORIGIN + "; "
            + "style-src 'self'; "
            + "img-src 'self' data:; "
            + "font-src 'self'; "
            + "connect-src 'self'; "
            + "object-src 'none'; "
            + "base-uri 'self'; "
            + "form-action 'self'; "
            + "frame-ancestors " + OFFICE_FRAME_ANCESTORS;

    /** A year, for the service's host and below; sent only over TLS, where browsers heed it. */
    static final String HSTS = "max-age=31536000; includeSubDomains";

    private SecurityHeaders() {
    }

    /**
     * The sign-in dialog (Microsoft's fallback when Office SSO gives no token) redeems its
     * authorisation code at the identity platform's token endpoint: that page, and only that page,
     * may connect there.
     */
    static final String SIGNIN_PATH = "/static/signin.html";
    static final String SIGNIN_CSP = CSP.replace("connect-src 'self';", "connect-src 'self' https://login.microsoftonline.com;");

    static void apply(Context ctx) {
        ctx.header("Content-Security-Policy", SIGNIN_PATH.equals(ctx.path()) ? SIGNIN_CSP : CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        if (overTls(ctx)) {
            ctx.header("Strict-Transport-Security", HSTS);
        }
        if (ctx.path().startsWith("/api/")) {
            ctx.header("Cache-Control", "no-store");
            ctx.header("Pragma", "no-cache");
        }
    }

    /** TLS here, or at the proxy in front (its X-Forwarded-Proto; the first value is the client's hop). */
    static boolean overTls(Context ctx) {
        if (ctx.req().isSecure()) {
            return true;
        }
        String forwarded = ctx.header("X-Forwarded-Proto");
        return forwarded != null && forwarded.split(",")[0].trim().equalsIgnoreCase("https");
    }
}
