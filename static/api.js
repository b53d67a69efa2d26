// The service and the sign-in: a token on every call, one retry on 401 token_expired, and every
// failure as a PrecheckError with a message key. The token comes from MSAL.js nested app
// authentication (naa.js) where the host supports it, otherwise from Office SSO (legacy
// Office.auth.getAccessToken). Never a password form of our own. In dev mode the service needs no
// token and none is asked for.
(function () {
  "use strict";

  var SSO_OPTIONS = { allowSignInPrompt: true, allowConsentPrompt: true, forMSGraphAccess: false };

  // Office's documented getAccessToken error codes. Microsoft's fallback for most of them is
  // sign-in in an Office dialog (Office.context.ui.displayDialogAsync + MSAL.js); that dialog is out
  // of scope here, so each code gets a message saying what the user can do instead.
  var SSO_CODES = {
    13000: "error-sso-13000", // API unsupported or no WebApplicationInfo in the manifest: fall back
    13001: "error-sso-13001", // not signed in to Office: allowSignInPrompt is already set; fall back
    13002: "error-sso-13002", // user aborted sign-in or consent: keep running, offer to try again
    13003: "error-sso-13003", // unsupported user type (e.g. on-premises account): fall back
    13004: "error-sso-13004", // invalid Resource in the manifest (developer error): fix the manifest
    13005: "error-sso-13005", // invalid grant: profile consent missing or Office not pre-authorised: fall back
    13006: "error-sso-13006", // client error (web): sign out and restart the browser session
    13007: "error-sso-13007", // Office could not get a token for our API: fall back
    13008: "error-sso-13008", // a previous call is still running: retry later
    13010: "error-sso-13010", // Edge zone mismatch (web): keep running
    13012: "error-sso-13012", // platform unsupported (iPad, Edit in Teams): fall back
    13013: "error-sso-13013", // throttled: wait, then fall back
    50001: "error-sso-50001"  // stale office.js cache or Office too old: fall back
  };

  // Service error codes (DESIGN.md) → message keys. Unknown codes show the service's own message.
  var API_CODES = {
    not_signed_in: "error-notSignedIn",
    invalid_token: "error-invalidToken",
    token_expired: "error-tokenExpired",
    wrong_account: "error-wrongAccount",
    auth_unavailable: "error-authUnavailable",
    too_large: "error-tooLarge",
    blank_text: "error-blank",
    missing_text: "error-blank",
    internal_error: "error-server"
  };

  /** A failure the pane shows: a message key, or the service's message when there is no key. */
  function PrecheckError(key, serviceMessage, detail) {
    this.name = "PrecheckError";
    this.key = key;
    this.serviceMessage = serviceMessage || null;
    this.detail = detail || null;
    this.message = key;
  }
  PrecheckError.prototype = Object.create(Error.prototype);

  var devMode = false;
  var officeReady = false;
  var clientId = "";  // the add-in's Entra ID application (client) id (PRECHECK_CLIENT_ID); empty when not configured
  var appIdUri = "";  // the API's application ID URI when configured; else naa.js builds it from the host

  function configure(options) {
    devMode = !!options.devMode;
    officeReady = !!options.officeReady;
    clientId = options.clientId || "";
    appIdUri = options.appIdUri || "";
  }

  function ssoAvailable() {
    return officeReady && typeof Office !== "undefined" && Office.auth && typeof Office.auth.getAccessToken === "function";
  }

  /**
   * The bearer token, or null in dev mode / outside Office (the service then answers 401 not_signed_in).
   * NAA first where the host supports it; Office SSO when it does not, or when NAA fails in a way that
   * means it cannot be used here. options.forceRefresh: the service said the last token had expired.
   */
  function token(options) {
    if (devMode || !officeReady) return Promise.resolve(null);
    var naa = window.PrecheckNaa;
    if (clientId && naa && naa.supported()) {
      return naa.token({ clientId: clientId, appIdUri: appIdUri }, options).catch(function (error) {
        if (error && error.fallback) return officeToken();
        throw new PrecheckError((error && error.key) || "error-naa-other", null, (error && error.code) || null);
      });
    }
    return officeToken();
  }

  /** Office SSO: Office.auth.getAccessToken. */
  function officeToken() {
    // In Office without the IdentityAPI (older builds): say so, rather than "not signed in".
    if (!ssoAvailable()) return Promise.reject(new PrecheckError("error-sso-noApi"));
    // Office caches the token; Microsoft asks clients to call every time and never to store it.
    // getAccessToken mutates its options, so each call gets a fresh copy.
    var options = Object.assign({}, SSO_OPTIONS);
    return Promise.resolve()
      .then(function () { return Office.auth.getAccessToken(options); })
      .catch(function (error) {
        var code = error && (error.code !== undefined ? Number(error.code) : NaN);
        throw new PrecheckError(SSO_CODES[code] || "error-sso-other", null, isNaN(code) ? null : String(code));
      });
  }

  function send(path, body, bearer) {
    var headers = { "Content-Type": "application/json", "Accept": "application/json" };
    if (bearer) headers.Authorization = "Bearer " + bearer;
    return fetch(path, { method: "POST", headers: headers, body: JSON.stringify(body), credentials: "same-origin", cache: "no-store" })
      .catch(function () { throw new PrecheckError("error-unreachable"); })
      .then(function (response) {
        return response.text().then(function (raw) {
          var json = null;
          try { json = raw ? JSON.parse(raw) : null; } catch (ignored) { json = null; }
          return { status: response.status, ok: response.ok, json: json };
        }, function () { throw new PrecheckError("error-unreachable"); });
      });
  }

  function failure(answer) {
    var code = answer.json && answer.json.error;
    if (answer.status === 413) return new PrecheckError("error-tooLarge");
    if (code && API_CODES[code]) return new PrecheckError(API_CODES[code], answer.json.message, code);
    if (answer.status === 401) return new PrecheckError("error-notSignedIn");
    if (answer.status === 403) return new PrecheckError("error-wrongAccount");
    if (answer.status >= 500 || !answer.json) return new PrecheckError("error-unreachable");
    return new PrecheckError(null, answer.json.message || null, code);
  }

  /** POST with a token; on 401 token_expired one new token (not from MSAL's cache) and one retry. */
  function call(path, body) {
    return token().then(function (bearer) { return send(path, body, bearer); })
      .then(function (answer) {
        if (answer.status === 401 && answer.json && answer.json.error === "token_expired") {
          return token({ forceRefresh: true }).then(function (bearer) { return send(path, body, bearer); });
        }
        return answer;
      })
      .then(function (answer) {
        if (!answer.ok) throw failure(answer);
        if (!answer.json || typeof answer.json !== "object") throw new PrecheckError("error-unreachable");
        return answer.json;
      });
  }

  function isVerdict(v) { return v === "ok" || v === "review" || v === "stop"; }

  function check(text, host, locale) {
    return call("/api/check", { text: text, host: host, locale: locale }).then(function (json) {
      // An answer without a verdict is never shown as OK.
      if (!isVerdict(json.verdict) || !Array.isArray(json.findings)) throw new PrecheckError("error-unreachable");
      return json;
    });
  }

  function redact(text, choices, mapping, host, locale) {
    return call("/api/redact", { text: text, choices: choices, mapping: mapping, host: host, locale: locale }).then(function (json) {
      if (typeof json.text !== "string" || !isVerdict(json.verdict)) throw new PrecheckError("error-unreachable");
      return json;
    });
  }

  function restore(text, mapping) {
    return call("/api/restore", { text: text, mapping: mapping }).then(function (json) {
      if (typeof json.text !== "string") throw new PrecheckError("error-unreachable");
      return json.text;
    });
  }

  window.PrecheckApi = {
    configure: configure, check: check, redact: redact, restore: restore,
    PrecheckError: PrecheckError, SSO_CODES: SSO_CODES
  };
})();
