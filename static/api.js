// The service and the sign-in: a token on every call, one retry on 401 token_expired, and every
// failure as a PrecheckError with a message key. The token comes from MSAL.js nested app
// authentication (naa.js) where the host supports it, otherwise from Office SSO (legacy
// Office.auth.getAccessToken); where neither works, Microsoft's fallback: the user presses "Logga in"
// and signs in with Microsoft in an Office dialog (static/signin.html), whose token is kept in this
// page's memory. Never a password form of our own. In dev mode the service needs no
// token and none is asked for.
(function () {
  "use strict";

  var SSO_OPTIONS = { allowSignInPrompt: true, allowConsentPrompt: true, forMSGraphAccess: false };

  // Office's documented getAccessToken error codes, each with a message saying what the user can do.
  // For the codes in DIALOG_CODES Microsoft's documented fallback is sign-in in an Office dialog
  // (Office.context.ui.displayDialogAsync + MSAL.js, static/signin.html): the pane then also offers
  // a "Logga in" button (signIn below).
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

  // The codes office.md §1.2 says to fall back on. 13001 and 13002 keep their own messages (Office
  // prompts for sign-in itself; the user cancelled), 13013 (throttled) is "wait, then fall back".
  var DIALOG_CODES = { 13000: true, 13003: true, 13005: true, 13007: true, 13012: true, 50001: true };

  // displayDialogAsync / DialogEventReceived codes: 12006 the user closed the dialog; 12007 a dialog
  // is already open; 12009 the user ignored the dialog prompt; 12011 the browser blocked the popup.
  var DIALOG_OPEN_CODES = { 12007: true, 12009: true, 12011: true };

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
  var dialogToken = null; // the token from the sign-in dialog: in this page's memory only, never in storage

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
    if (dialogToken) {
      // The dialog's token until the service says it has expired; then the normal path again, which
      // ends in the sign-in button once more (the dialog cannot be opened without a click).
      if (!(options && options.forceRefresh)) return Promise.resolve(dialogToken);
      dialogToken = null;
    }
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
    if (!ssoAvailable()) return Promise.reject(offerDialog(new PrecheckError("error-sso-noApi")));
    // Office caches the token; Microsoft asks clients to call every time and never to store it.
    // getAccessToken mutates its options, so each call gets a fresh copy.
    var options = Object.assign({}, SSO_OPTIONS);
    return Promise.resolve()
      .then(function () { return Office.auth.getAccessToken(options); })
      .catch(function (error) {
        var code = error && (error.code !== undefined ? Number(error.code) : NaN);
        var failure = new PrecheckError(SSO_CODES[code] || "error-sso-other", null, isNaN(code) ? null : String(code));
        throw DIALOG_CODES[code] ? offerDialog(failure) : failure;
      });
  }

  /** Marks a sign-in failure as one the dialog can fix (error.signIn), where the dialog can be used. */
  function offerDialog(error) {
    error.signIn = dialogAvailable();
    return error;
  }

  function dialogAvailable() {
    return !!clientId && officeReady && typeof Office !== "undefined" && !!Office.context && !!Office.context.ui
      && typeof Office.context.ui.displayDialogAsync === "function";
  }

  /**
   * Microsoft's fallback sign-in: static/signin.html in an Office dialog (first page on this pane's
   * exact origin), which signs in with MSAL.js and sends the access token back with messageParent.
   * Resolves when the pane has a token (kept in memory only); rejects with a PrecheckError. Must be
   * called from a click: hosts may block a dialog that the user did not ask for.
   */
  function signIn() {
    if (!dialogAvailable()) return Promise.reject(new PrecheckError("error-dialog-unavailable"));
    var scope = window.PrecheckNaa ? window.PrecheckNaa.scope(clientId, appIdUri) : "";
    var origin = window.location.origin;
    var url = origin + "/static/signin.html?" + new URLSearchParams({ clientId: clientId, scope: scope }).toString();
    var events = Office.EventType || {};
    return new Promise(function (resolve, reject) {
      var settled = false;
      function finish(dialog, error, bearer) {
        if (settled) return;
        settled = true;
        try { if (dialog) dialog.close(); } catch (ignored) { /* already closed */ }
        if (error) { reject(error); return; }
        dialogToken = bearer;
        resolve();
      }
      Office.context.ui.displayDialogAsync(url, { height: 60, width: 30 }, function (result) {
        if (!result || result.status === "failed" || (Office.AsyncResultStatus && result.status === Office.AsyncResultStatus.Failed)) {
          var code = result && result.error && result.error.code;
          finish(null, new PrecheckError(DIALOG_OPEN_CODES[code] ? "error-dialog-open" : "error-dialog-failed", null, code ? String(code) : null));
          return;
        }
        var dialog = result.value;
        dialog.addEventHandler(events.DialogMessageReceived || "dialogMessageReceived", function (arg) {
          // Only our own page may answer (Office reports the sender's origin where it can).
          if (arg && arg.origin && arg.origin !== origin) return;
          var message = null;
          try { message = JSON.parse(arg.message); } catch (ignored) { message = null; }
          if (message && typeof message.token === "string" && message.token !== "") {
            finish(dialog, null, message.token);
          } else {
            finish(dialog, new PrecheckError("error-dialog-failed", null, message && message.error ? String(message.error) : "bad_message"));
          }
        });
        dialog.addEventHandler(events.DialogEventReceived || "dialogEventReceived", function (arg) {
          var code = arg && arg.error;
          finish(null, new PrecheckError(code === 12006 ? "error-dialog-closed" : "error-dialog-failed", null, code ? String(code) : null));
        });
      });
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
    configure: configure, check: check, redact: redact, restore: restore, signIn: signIn,
    PrecheckError: PrecheckError, SSO_CODES: SSO_CODES
  };
})();
