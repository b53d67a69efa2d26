package se.precheck.web;

import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.precheck.auth.AdminSessions;
import se.precheck.auth.AdminSignIn;
import se.precheck.auth.AuthException;
import se.precheck.auth.Caller;

/**
 * Sign-in to the admin pages from an ordinary browser (entra mode): no session → the identity
 * platform (authorisation code + PKCE, state and nonce) → {@code /admin/auth/callback} → a
 * server-side session in an HttpOnly cookie. The sign-in cookie is SameSite=Lax (it must come
 * back on Microsoft's redirect); the session cookie is SameSite=Strict, so it is set by a page
 * that then continues to the admin page on our own site. Only the path of our own admin page is
 * ever a redirect target: no address from a parameter.
 */
final class AdminBrowserSignIn {

    private static final Logger LOG = LoggerFactory.getLogger(AdminBrowserSignIn.class);
    static final String SESSION_COOKIE = "precheck_admin";
    static final String SIGN_IN_COOKIE = "precheck_admin_signin";
    static final String CALLBACK = "/admin/auth/callback";
    /** Our own admin pages, and nothing that could leave the site ("//", "\", "@", schemes). */
    private static final Pattern RETURN_PATH = Pattern.compile("/admin(/[A-Za-z0-9._-]{1,64}){0,4}");
    private static final Pattern RETURN_QUERY = Pattern.compile("[A-Za-z0-9=&._-]{0,200}");

    private final AdminSignIn signIn;
    private final AdminSessions sessions;
    private final ServerConfig config;
    private final Pages pages;

    /** @param signIn null when browser sign-in is not configured (dev mode, or no secret or certificate) */
    AdminBrowserSignIn(AdminSignIn signIn, AdminSessions sessions, ServerConfig config, Pages pages) {
        this.signIn = signIn;
        this.sessions = sessions;
        this.config = config;
        this.pages = pages;
    }

    boolean enabled() {
        return signIn != null;
    }

    /** The browser's live session, if it has one. */
    Optional<AdminSessions.Session> session(Context ctx) {
        return enabled() ? sessions.touch(ctx.cookie(SESSION_COOKIE)) : Optional.empty();
    }

    /** GET /admin/auth/login: starts a sign-in that returns to the overview. */
    void login(Context ctx) {
        if (!enabled()) {
            page(ctx, 404, "Inloggning i webbläsaren är inte inställd", notConfigured());
            return;
        }
        start(ctx, "/admin");
    }

    /** Sends the browser to the identity platform; the sign-in returns to {@code returnTo} (checked again here). */
    void start(Context ctx, String returnTo) {
        String browser = AdminSessions.randomId();
        AdminSessions.Pending p = sessions.begin(browser, safeReturn(returnTo));
        cookie(ctx, SIGN_IN_COOKIE, browser, "/admin/auth", "Lax", (int) AdminSessions.SIGN_IN_TIMEOUT.toSeconds());
        ctx.header("Cache-Control", "no-store");
        ctx.redirect(signIn.authorizationUrl(redirectUri(ctx), p.state(), p.nonce(), p.codeVerifier()).toString(),
                io.javalin.http.HttpStatus.FOUND);
    }

    /** GET /admin/auth/callback?code=…&state=…: the identity platform's answer. */
    void callback(Context ctx) {
        if (!enabled()) {
            page(ctx, 404, "Inloggning i webbläsaren är inte inställd", notConfigured());
            return;
        }
        String browser = ctx.cookie(SIGN_IN_COOKIE);
        clearCookie(ctx, SIGN_IN_COOKIE, "/admin/auth", "Lax");
        Optional<AdminSessions.Pending> pending = sessions.finish(ctx.queryParam("state"), browser);
        if (pending.isEmpty()) {
            page(ctx, 400, "Inloggningen kunde inte slutföras",
                    "Inloggningen hörde inte ihop med den här webbläsaren eller tog för lång tid. Börja om från administrationssidan.");
            return;
        }
        String code = ctx.queryParam("code");
        if (ctx.queryParam("error") != null || code == null || code.isBlank() || code.length() > 4096) {
            page(ctx, 401, "Inloggningen avbröts",
                    "Microsoft gav ingen inloggning. Börja om från administrationssidan, eller be IT om hjälp om det händer igen.");
            return;
        }
        AdminSignIn.Completed done;
        try {
            done = signIn.redeem(code, pending.get().codeVerifier(), redirectUri(ctx), pending.get().nonce());
        } catch (AuthException e) {
            LOG.info("admin sign-in refused: {}", e.reason());
            switch (e.reason()) {
                case WRONG_ACCOUNT -> page(ctx, 403, "Fel konto",
                        "Du är inloggad med ett privat Microsoft-konto eller ett konto från en annan organisation. "
                                + "Administrationssidorna kräver ditt tjänstekonto i kommunens Microsoft 365. "
                                + "Logga ut från Microsoft i webbläsaren och försök igen.");
                case KEYS_UNAVAILABLE -> page(ctx, 503, "Inloggningen kan inte kontrolleras just nu",
                        "Microsofts inloggningstjänst svarar inte. Försök igen om en stund.");
                default -> page(ctx, 401, "Inloggningen kunde inte bekräftas",
                        "Inloggningen kunde inte bekräftas. Börja om från administrationssidan.");
            }
            return;
        }
        Caller caller = done.caller();
        if (!caller.hasRole(config.officer().adminRole())) {
            noRole(ctx, caller);
            return;
        }
        AdminSessions.Session session = sessions.create(caller, done.accessToken());
        cookie(ctx, SESSION_COOKIE, session.id(), "/admin", "Strict", -1);
        // The Strict cookie is not sent on a redirect that began at Microsoft: this page continues on our own site.
        String to = pending.get().returnTo();
        ctx.status(200).contentType("text/html; charset=utf-8")
                .result(pages.render("admin-continue", "sv", Map.of("to", to, "name", displayName(caller))));
    }

    /** POST /admin/auth/logout (the form token is checked by the admin routes). */
    void logout(Context ctx) {
        sessions.end(ctx.cookie(SESSION_COOKIE));
        clearCookie(ctx, SESSION_COOKIE, "/admin", "Strict");
        ctx.redirect("/admin/auth/signed-out", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    /** GET /admin/auth/signed-out. */
    void signedOut(Context ctx) {
        page(ctx, 200, "Du är utloggad",
                "Du är utloggad från administrationssidorna för Kontrollera före Copilot. "
                        + "Stäng webbläsaren om datorn delas med andra, så avslutas även inloggningen hos Microsoft.");
    }

    void noRole(Context ctx, Caller caller) {
        String role = config.officer().adminRole();
        page(ctx, 403, "Du saknar behörighet", role.isBlank()
                ? "Ingen administratörsroll är inställd för Kontrollera före Copilot (PRECHECK_ADMIN_ROLE). "
                + "Be kommunens IT-avdelning ställa in den."
                : "Du är inloggad som " + displayName(caller) + " men har inte administratörsrollen för Kontrollera före Copilot. "
                + "Rollen (approllen eller gruppen ”" + role + "”) ges av kommunens IT-avdelning i Entra ID, under "
                + "Företagsprogram → Kontrollera före Copilot → Användare och grupper. Be informationssäkerhetssamordnaren "
                + "eller IT-avdelningen om den om du behöver se statistik och incidentrapporter.");
    }

    String notConfigured() {
        return "Administrationssidorna kräver inloggning med ditt tjänstekonto. Inloggning direkt i webbläsaren kräver att "
                + "tjänsten har en klienthemlighet eller ett certifikat (PRECHECK_CLIENT_SECRET eller PRECHECK_CLIENT_CERTIFICATE). "
                + "Be IT ställa in det.";
    }

    /** A path on our own admin pages to come back to after signing in; anything else is the overview. */
    static String returnPathOf(Context ctx) {
        String query = ctx.queryString();
        String path = ctx.path();
        String candidate = query == null || query.isEmpty() ? path : path + "?" + query;
        return safeReturn(candidate);
    }

    static String safeReturn(String candidate) {
        if (candidate == null) return "/admin";
        int q = candidate.indexOf('?');
        String path = q < 0 ? candidate : candidate.substring(0, q);
        String query = q < 0 ? "" : candidate.substring(q + 1);
        if (!RETURN_PATH.matcher(path).matches() || path.startsWith("/admin/auth") || path.contains("..")
                || !RETURN_QUERY.matcher(query).matches()) {
            return "/admin";
        }
        return query.isEmpty() ? path : path + "?" + query;
    }

    /** The callback's address: under PRECHECK_PUBLIC_URL, else this request's own host (local use). */
    private String redirectUri(Context ctx) {
        String base = config.publicUrl();
        if (base.isBlank()) {
            base = (SecurityHeaders.overTls(ctx) ? "https" : "http") + "://" + ctx.host();
        }
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + CALLBACK;
    }

    private static String displayName(Caller caller) {
        if (caller.name() != null && !caller.name().isBlank()) return caller.name();
        return caller.username() == null ? "okänd användare" : caller.username();
    }

    private void page(Context ctx, int status, String title, String message) {
        ctx.status(status).contentType("text/html; charset=utf-8")
                .result(pages.render("admin-error", "sv", Map.of("title", title, "message", message, "signInLink", enabled())));
    }

    /** HttpOnly always; Secure behind TLS (here or at the proxy); never readable by scripts. */
    private static void cookie(Context ctx, String name, String value, String path, String sameSite, int maxAgeSeconds) {
        StringBuilder c = new StringBuilder(name).append('=').append(value)
                .append("; Path=").append(path).append("; HttpOnly; SameSite=").append(sameSite);
        if (maxAgeSeconds >= 0) c.append("; Max-Age=").append(maxAgeSeconds);
        if (SecurityHeaders.overTls(ctx)) c.append("; Secure");
        ctx.res().addHeader("Set-Cookie", c.toString());
    }

    private static void clearCookie(Context ctx, String name, String path, String sameSite) {
        cookie(ctx, name, "", path, sameSite, 0);
    }
}
