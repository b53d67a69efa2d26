// The sign-in dialog (static/signin.html): Microsoft's documented fallback when neither nested app
// authentication nor Office SSO gives the task pane a token. The pane opens this page with
// Office.context.ui.displayDialogAsync(origin + "/static/signin.html?clientId=…&scope=…"); the page
// signs in with MSAL.js (loginRedirect, then handleRedirectPromise when Entra ID sends the browser
// back here), asks acquireTokenSilent for the service's scope and sends the access token to the pane
// with Office.context.ui.messageParent(JSON.stringify({token})), or {error: <code>} when it fails.
//
// The redirect URI is this page without its query (register it as a single-page-application
// redirect URI). The client id and scope survive the round trip to Entra ID in this dialog's own
// sessionStorage (configuration, not secrets); MSAL keeps its tokens in memory only, and its
// request state (PKCE verifier, nonce) in sessionStorage, which the redirect flow needs. The dialog
// is a separate browser instance: none of it is shared with the pane.
(function () {
  "use strict";

  var AUTHORITY = "https://login.microsoftonline.com/common";
  var CONFIG_KEY = "precheck.signin"; // {clientId, scope}: this dialog's sessionStorage only

  function status(text) {
    var p = document.getElementById("signin-status");
    if (p) p.textContent = text;
  }

  function codeOf(error) {
    return error && (error.errorCode || error.code) ? String(error.errorCode || error.code) : "unknown_error";
  }

  /** The answer to the pane; outside Office (or before Office.js is ready) only the page's text says it. */
  function answer(message) {
    try {
      if (typeof Office !== "undefined" && Office.context && Office.context.ui && typeof Office.context.ui.messageParent === "function") {
        Office.context.ui.messageParent(JSON.stringify(message));
        return true;
      }
    } catch (ignored) { /* not in an Office dialog */ }
    return false;
  }

  function fail(code) {
    status("Inloggningen misslyckades (" + code + "). Stäng fönstret och försök igen, eller kontakta IT-supporten.");
    answer({ error: code });
  }

  /** clientId and scope: from the query on the first load, from this dialog's sessionStorage after the redirect. */
  function settings() {
    var params = new URLSearchParams(window.location.search);
    var fromQuery = { clientId: params.get("clientId") || "", scope: params.get("scope") || "" };
    if (fromQuery.clientId && fromQuery.scope) {
      try { window.sessionStorage.setItem(CONFIG_KEY, JSON.stringify(fromQuery)); } catch (ignored) { /* memory only */ }
      return fromQuery;
    }
    try {
      var saved = JSON.parse(window.sessionStorage.getItem(CONFIG_KEY) || "null");
      if (saved && saved.clientId && saved.scope) return saved;
    } catch (ignored) { /* nothing saved */ }
    return null;
  }

  /** Only a GUID client id and an api:// or https:// scope ending in /access_as_user are accepted. */
  function valid(config) {
    return !!config && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(config.clientId)
      && /^(api|https):\/\/[^\s]+\/access_as_user$/.test(config.scope);
  }

  function signIn() {
    var config = settings();
    if (!valid(config)) { fail("not_configured"); return; }
    if (typeof msal === "undefined" || !msal || typeof msal.PublicClientApplication !== "function") { fail("msal_missing"); return; }
    var redirectUri = window.location.origin + window.location.pathname;
    var scopes = [config.scope];
    var pca = new msal.PublicClientApplication({
      auth: { clientId: config.clientId, authority: AUTHORITY, redirectUri: redirectUri, navigateToLoginRequestUrl: false },
      cache: { cacheLocation: "memoryStorage", temporaryCacheLocation: "sessionStorage" }
    });
    Promise.resolve()
      .then(function () { return pca.initialize(); })
      .then(function () { return pca.handleRedirectPromise(); })
      .then(function (result) {
        if (!result) {
          // First load: off to Microsoft's sign-in page; it comes back here with the answer.
          return pca.loginRedirect({ scopes: scopes, prompt: "select_account" }).then(function () { return null; });
        }
        return pca.acquireTokenSilent({ scopes: scopes, account: result.account }).then(function (silent) {
          if (!silent || typeof silent.accessToken !== "string" || silent.accessToken === "") throw { errorCode: "empty_token" };
          try { window.sessionStorage.removeItem(CONFIG_KEY); } catch (ignored) { /* nothing to remove */ }
          status("Du är inloggad. Fönstret stängs.");
          answer({ token: silent.accessToken });
          return null;
        });
      })
      .catch(function (error) { fail(codeOf(error)); });
  }

  function start() {
    if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
      Office.onReady(function () { signIn(); });
    } else {
      signIn();
    }
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
