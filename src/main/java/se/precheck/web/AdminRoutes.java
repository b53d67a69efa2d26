package se.precheck.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.javalin.http.HandlerType;
import java.util.Optional;
import se.precheck.auth.AdminSessions;
import se.precheck.auth.AdminSignIn;
import se.precheck.auth.AuthException;
import se.precheck.auth.EntraTokenValidator;
import se.precheck.auth.Caller;
import se.precheck.auth.TokenValidator;
import se.precheck.policy.Category;
import se.precheck.policy.Policy;
import se.precheck.policy.Rule;
import se.precheck.stats.CheckRow;
import se.precheck.stats.FindingRow;
import se.precheck.stats.Incident;
import se.precheck.stats.RedactionRow;
import se.precheck.stats.StatsStore;

/**
 * The security officer's pages (Swedish, server-rendered, no scripts): overview of the statistics,
 * the policy in force, recent incidents, CSV export. Only for callers with the app role or group
 * named by PRECHECK_ADMIN_ROLE (the dev user in dev mode); forms carry a synchronizer token.
 */
final class AdminRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(AdminRoutes.class);
    static final String ADMIN = "admin-caller";
    static final String SESSION = "admin-session";
    static final int WEEKS = 12;
    static final int RECENT_INCIDENTS = 20;
    /** Admin pages are never framed, not even by Office. */
    static final String CSP = SecurityHeaders.CSP.replace("frame-ancestors " + SecurityHeaders.OFFICE_FRAME_ANCESTORS, "frame-ancestors 'none'");

    private final ServerConfig config;
    private final Services services;
    private final TokenValidator validator;
    private final Pages pages;
    private final FormTokens forms;
    private final IncidentRoutes incidents;
    private final AdminBrowserSignIn browser;

    AdminRoutes(ServerConfig config, Services services, TokenValidator validator, Pages pages, IncidentRoutes incidents) {
        this.config = config;
        this.services = services;
        this.validator = validator;
        this.pages = pages;
        this.forms = new FormTokens(services.stats()::formKey, services.clock());
        this.incidents = incidents;
        AdminSignIn signIn = services.adminSignIn() != null ? services.adminSignIn()
                : validator instanceof EntraTokenValidator entra ? config.adminSignIn(entra) : null;
        this.browser = new AdminBrowserSignIn(config.devMode() ? null : signIn, new AdminSessions(services.clock()), config, pages);
    }

    void register(RoutesConfig routes) {
        routes.before("/admin", this::requireAdmin);
        routes.before("/admin/*", this::requireAdmin);
        routes.get("/admin", this::overview);
        routes.get("/admin/policy", this::policy);
        routes.get("/admin/export.csv", this::export);
        routes.post("/admin/incidents/send", this::sendWaiting);
        routes.get("/admin/auth/login", browser::login);
        routes.get(AdminBrowserSignIn.CALLBACK, browser::callback);
        routes.get("/admin/auth/signed-out", browser::signedOut);
        routes.post("/admin/auth/logout", this::logout);
    }

    /** The sign-in's own pages need no admin (the sign-out form does: it carries a form token). */
    private static boolean signInPage(Context ctx) {
        return ctx.path().startsWith("/admin/auth/") && !ctx.path().equals("/admin/auth/logout");
    }

    /**
     * A bearer token (and dev mode) as before; else the browser's session; else, for a page the
     * browser asks for, the sign-in. Then the admin role or group.
     */
    private void requireAdmin(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("Cache-Control", "no-store");
        if (signInPage(ctx)) {
            return;
        }
        Caller caller;
        String authorization = ctx.header("Authorization");
        if (config.devMode() || authorization != null) {
            try {
                caller = validator.validate(authorization);
            } catch (AuthException e) {
                ctx.header("WWW-Authenticate", "Bearer");
                refuse(ctx, 401, "Du är inte inloggad",
                        "Administrationssidorna kräver inloggning med ditt tjänstekonto i kommunens Microsoft 365.");
                return;
            }
        } else {
            Optional<AdminSessions.Session> session = browser.session(ctx);
            if (session.isEmpty()) {
                boolean page = ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD;
                if (browser.enabled() && page) {
                    browser.start(ctx, AdminBrowserSignIn.returnPathOf(ctx));
                    ctx.skipRemainingHandlers();
                    return;
                }
                refuse(ctx, 401, browser.enabled() ? "Inloggningen har gått ut" : "Du är inte inloggad",
                        browser.enabled() ? "Din inloggning till administrationssidorna har gått ut. Öppna administrationssidan igen och logga in."
                                : browser.notConfigured());
                return;
            }
            caller = session.get().caller();
            ctx.attribute(SESSION, session.get());
        }
        if (!caller.hasRole(config.officer().adminRole())) {
            browser.noRole(ctx, caller);
            ctx.skipRemainingHandlers();
            return;
        }
        ctx.attribute(ADMIN, caller);
    }

    private void refuse(Context ctx, int status, String title, String message) {
        ctx.status(status).contentType("text/html; charset=utf-8")
                .result(pages.render("admin-error", "sv", Map.of("title", title, "message", message, "signInLink", browser.enabled())));
        ctx.skipRemainingHandlers();
    }

    /** The user's token for Graph on their behalf: the session's, or the bearer token sent. */
    private static String userToken(Context ctx) {
        AdminSessions.Session session = ctx.attribute(SESSION);
        return session != null ? session.accessToken() : ApiRoutes.bearerToken(ctx);
    }

    private void logout(Context ctx) {
        Caller caller = ctx.attribute(ADMIN);
        if (ctx.attribute(SESSION) == null || !forms.valid(caller, ctx.formParam(FormTokens.FIELD))) {
            refuse(ctx, 403, "Formuläret har gått ut", "Utloggningen kunde inte bekräftas. Ladda om sidan och försök igen.");
            return;
        }
        browser.logout(ctx);
    }

    /** Weekly checks, findings per category, share of stop and redaction rate over the last weeks. */
    private void overview(Context ctx) {
        Caller caller = ctx.attribute(ADMIN);
        LocalDate today = LocalDate.now(services.clock().withZone(StatsStore.ZONE));
        LocalDate from = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(WEEKS - 1);
        Map<String, Object> model = new HashMap<>();
        model.put("csrf", forms.issue(caller));
        model.put("csrfField", FormTokens.FIELD);
        model.put("from", from);
        model.put("to", today);
        model.put("sent", ctx.queryParam("skickade"));
        addPolicy(model);
        StatsStore stats = services.stats();
        try {
            List<CheckRow> checks = stats.checkRows(from, today);
            List<FindingRow> findings = stats.findingRows(from, today);
            List<RedactionRow> redactions = stats.redactionRows(from, today);
            model.put("weeks", weeks(from, checks));
            model.put("weekMax", Math.max(1, weeks(from, checks).stream().mapToLong(Bar::value).max().orElse(1)));
            List<Bar> categories = categories(findings);
            model.put("categories", categories);
            model.put("categoryMax", Math.max(1, categories.stream().mapToLong(Bar::value).max().orElse(1)));
            long total = checks.stream().mapToLong(CheckRow::checks).sum();
            long stop = checks.stream().filter(r -> r.verdict().equals("stop")).mapToLong(CheckRow::checks).sum();
            long redacted = redactions.stream().mapToLong(RedactionRow::redactions).sum();
            model.put("total", total);
            model.put("stop", stop);
            model.put("stopPercent", percent(stop, total));
            model.put("redactions", redacted);
            model.put("redactionPercent", percent(redacted, total));
            model.put("administrations", administrations(checks, redactions, services.policy().get()));
            model.put("statsAvailable", true);
        } catch (SQLException | RuntimeException e) {
            LOG.warn("admin overview without statistics: {}", e.getClass().getName());
            model.put("statsAvailable", false);
        }
        try {
            List<Incident> recent = stats.incidents().recent(RECENT_INCIDENTS);
            model.put("incidents", recent.stream().map(IncidentView::of).toList());
            model.put("waiting", stats.incidents().waitingForMail(1000).size());
        } catch (SQLException e) {
            model.put("incidents", List.of());
            model.put("waiting", 0);
        }
        model.put("mailbox", config.officer().incidentMailbox());
        model.put("statsStatus", stats.status());
        html(ctx, "admin", model);
    }

    private void policy(Context ctx) {
        Map<String, Object> model = new HashMap<>();
        Policy p = addPolicy(model);
        model.put("rules", p.allRules().stream().sorted(Comparator.comparing(Rule::id)).toList());
        model.put("profiles", p.profiles().values().stream().sorted(Comparator.comparing(x -> x.name())).toList());
        java.util.Set<Category> termCategories = new java.util.TreeSet<>(p.extraTerms().keySet());
        termCategories.addAll(p.allowedTermsByCategory().keySet());
        model.put("termCategories", List.copyOf(termCategories));
        html(ctx, "admin-policy", model);
    }

    private Policy addPolicy(Map<String, Object> model) {
        Policy p = services.policy().get();
        model.put("policy", p);
        model.put("policyStatus", services.policyStatus().get());
        return p;
    }

    /** All counts from {@code from} (default a year back) to {@code to} (default today), one row per count. */
    private void export(Context ctx) throws SQLException {
        LocalDate today = LocalDate.now(services.clock().withZone(StatsStore.ZONE));
        LocalDate from = date(ctx.queryParam("from"), today.minusYears(1));
        LocalDate to = date(ctx.queryParam("to"), today);
        StatsStore stats = services.stats();
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append("typ;datum;värd;förvaltning;utfall eller kategori;antal\r\n");
        for (CheckRow r : stats.checkRows(from, to)) {
            Csv.row(csv, "kontroller", r.day().toString(), r.host().wireName(), r.administration().name(), r.verdict(), Long.toString(r.checks()));
        }
        for (FindingRow r : stats.findingRows(from, to)) {
            Csv.row(csv, "träffar", r.day().toString(), r.host().wireName(), r.administration().name(), r.category().name(), Long.toString(r.findings()));
        }
        for (RedactionRow r : stats.redactionRows(from, to)) {
            Csv.row(csv, "maskeringar", r.day().toString(), "", r.administration().name(), "", Long.toString(r.redactions()));
        }
        ctx.contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"kontrollera-fore-copilot-" + from + "-" + to + ".csv\"")
                .result(csv.toString());
    }

    private void sendWaiting(Context ctx) {
        Caller caller = ctx.attribute(ADMIN);
        if (!forms.valid(caller, ctx.formParam(FormTokens.FIELD))) {
            refuse(ctx, 403, "Formuläret har gått ut",
                    "Formuläret kunde inte bekräftas (det är för gammalt eller kom inte från administrationssidan). Ladda om sidan och försök igen.");
            return;
        }
        String mailbox = config.officer().incidentMailbox();
        int sent = mailbox.isBlank() ? 0 : incidents.sendWaiting(userToken(ctx), mailbox);
        ctx.redirect("/admin?skickade=" + sent, io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private static LocalDate date(String value, LocalDate fallback) {
        if (value == null || value.isBlank()) return fallback;
        try {
            return LocalDate.parse(value.trim());
        } catch (RuntimeException e) {
            throw new ApiException(400, "invalid_date", "Datum ska skrivas som ÅÅÅÅ-MM-DD.");
        }
    }

    private void html(Context ctx, String template, Map<String, Object> model) {
        Caller caller = ctx.attribute(ADMIN);
        model.putIfAbsent("csrf", forms.issue(caller));
        model.putIfAbsent("csrfField", FormTokens.FIELD);
        // The sign-out form only for a browser session (a bearer token or dev mode has nothing to end).
        model.put("signedIn", ctx.attribute(SESSION) != null);
        model.put("userName", caller.name() == null ? "" : caller.name());
        ctx.contentType("text/html; charset=utf-8").result(pages.render(template, "sv", model));
    }

    /** One bar of a chart: its label and value. */
    record Bar(String label, long value) {
    }

    /** An incident as listed on the page. */
    record IncidentView(String reportedAt, String category, String whatHappened, String contact, boolean pastedText, String mailStatus) {
        static IncidentView of(Incident i) {
            String status = switch (i.mailStatus()) {
                case "sent" -> "skickad";
                case "pending" -> "väntar på e-post";
                default -> "ingen brevlåda";
            };
            return new IncidentView(IncidentRoutes.TIME.format(ZonedDateTime.ofInstant(i.reportedAt(), StatsStore.ZONE)),
                    i.categoryLabel(), i.whatHappened(), i.contact(), i.hasPastedText(), status);
        }
    }

    static List<Bar> weeks(LocalDate from, List<CheckRow> rows) {
        Map<LocalDate, Long> perWeek = new TreeMap<>();
        for (int w = 0; w < WEEKS; w++) perWeek.put(from.plusWeeks(w), 0L);
        for (CheckRow r : rows) {
            perWeek.merge(r.day().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), r.checks(), Long::sum);
        }
        List<Bar> out = new ArrayList<>();
        perWeek.forEach((monday, n) -> out.add(new Bar("v. " + monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + " " + monday.get(IsoFields.WEEK_BASED_YEAR), n)));
        return out;
    }

    /** One administration's counts, and the profile of the policy in force that applies to it ("" for none). */
    record AdministrationRow(String label, long checks, String stopPercent, long redactions, String profile) {
    }

    /** Checks, share of stop and redactions per administration, most checks first, with the profile that applies now. */
    static List<AdministrationRow> administrations(List<CheckRow> checks, List<RedactionRow> redactions, Policy policy) {
        Map<String, long[]> per = new TreeMap<>();
        for (CheckRow r : checks) {
            long[] n = per.computeIfAbsent(r.administration().name(), k -> new long[3]);
            n[0] += r.checks();
            if (r.verdict().equals("stop")) n[1] += r.checks();
        }
        for (RedactionRow r : redactions) {
            per.computeIfAbsent(r.administration().name(), k -> new long[3])[2] += r.redactions();
        }
        return per.entrySet().stream()
                .map(e -> new AdministrationRow(new se.precheck.stats.Administration(e.getKey()).label(), e.getValue()[0],
                        percent(e.getValue()[1], e.getValue()[0]), e.getValue()[2],
                        policy.profileFor(e.getKey()).map(p -> p.name()).orElse("")))
                .sorted(Comparator.comparingLong(AdministrationRow::checks).reversed().thenComparing(AdministrationRow::label))
                .toList();
    }

    static List<Bar> categories(List<FindingRow> rows) {
        Map<Category, Long> per = new EnumMap<>(Category.class);
        for (FindingRow r : rows) per.merge(r.category(), r.findings(), Long::sum);
        return per.entrySet().stream().sorted(Map.Entry.<Category, Long>comparingByValue().reversed())
                .map(e -> new Bar(e.getKey().name(), e.getValue())).toList();
    }

    static String percent(long part, long whole) {
        if (whole == 0) return "–";
        return String.format(java.util.Locale.forLanguageTag("sv"), "%.1f %%", 100.0 * part / whole);
    }
}
