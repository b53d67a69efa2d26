// Sign-in through MSAL.js nested app authentication (NAA): Office hands the add-in a token for our
// API through its own host bridge, so the user is never asked for a password by us. Used only where
// the host reports the NestedAppAuth 1.1 requirement set; everywhere else, and when NAA turns out not
// to work in this host, api.js uses Office SSO (Office.auth.getAccessToken) instead.
// MSAL keeps its tokens in memory only (cacheLocation memoryStorage): nothing is written to
// sessionStorage or localStorage, and this file stores no token itself.
(function () {
  "use strict";

  var AUTHORITY = "https://login.microsoftonline.com/common";
  var SCOPE_NAME = "access_as_user";

  // MSAL error codes that mean "NAA cannot be used in this host": the pane falls back to Office SSO,
  // as Microsoft's NAA guidance says to do where NAA is not supported. nested_app_auth_bridge_disabled
  // is MSAL's error for the host bridge's Disabled and NestedAppAuthUnavailable answers;
  // unsupported_method is NestedAppAuthError for a call the nested client does not support.
  var FALLBACK_CODES = {
    nested_app_auth_bridge_disabled: true,
    unsupported_method: true
  };

  // Other MSAL error codes → the pane's message keys; anything else is error-naa-other (with the code).
  var MESSAGE_CODES = {
    user_cancelled: "error-naa-cancelled",        // the user closed the sign-in or consent window
    no_network_connectivity: "error-naa-network", // the host had no network for the sign-in
    no_account_found: "error-naa-noAccount"       // the host has no account to sign the add-in in with
  };

  var clientPromise = null; // one public client per page
  var unavailable = false;  // NAA failed in a way that means "not here": stay with Office SSO

  /** A failure that means: use Office.auth.getAccessToken instead. */
  function Fallback(reason) {
    this.name = "NaaFallback";
    this.fallback = true;
    this.reason = reason;
  }

  /** A failure to show: a message key of the page, and MSAL's error code for IT support. */
  function Failure(key, code) {
    this.name = "NaaFailure";
    this.fallback = false;
    this.key = key;
    this.code = code || null;
  }

  /** Whether the host says it supports NAA (requirement set NestedAppAuth 1.1) and this page can use it. */
  function supported() {
    if (unavailable) return false;
    try {
      return typeof Office !== "undefined" && !!Office.context && !!Office.context.requirements
        && Office.context.requirements.isSetSupported("NestedAppAuth", "1.1") === true;
    } catch (e) {
      return false;
    }
  }

  /** The scope of our API: <app ID URI>/access_as_user; the URI is api://<this page's host>/<client id> unless configured. */
  function scope(clientId, appIdUri) {
    var base = appIdUri ? String(appIdUri).replace(/\/+$/, "") : "api://" + window.location.host + "/" + clientId;
    return base + "/" + SCOPE_NAME;
  }

  function client(clientId) {
    if (clientPromise) return clientPromise;
    if (typeof msal === "undefined" || !msal || typeof msal.createNestablePublicClientApplication !== "function") {
      return Promise.reject(new Fallback("msal_missing"));
    }
    clientPromise = Promise.resolve()
      .then(function () {
        return msal.createNestablePublicClientApplication({
          auth: { clientId: clientId, authority: AUTHORITY },
          cache: { cacheLocation: "memoryStorage", temporaryCacheLocation: "memoryStorage" }
        });
      })
      .catch(function (error) {
        throw new Fallback("create_failed: " + codeOf(error));
      })
      .then(function (pca) {
        // Without the host's bridge, MSAL quietly returns a standard (non-nested) client, which would
        // open Microsoft's sign-in page itself. Some hosts report NestedAppAuth 1.1 without a bridge.
        if (typeof window.nestedAppAuthBridge === "undefined") throw new Fallback("no_bridge");
        return pca;
      });
    clientPromise.catch(function () { clientPromise = null; });
    return clientPromise;
  }

  function codeOf(error) {
    return error && (error.errorCode || error.code) ? String(error.errorCode || error.code) : "unknown_error";
  }

  function interactionRequired(error) {
    if (!error) return false;
    var type = typeof msal !== "undefined" && msal ? msal.InteractionRequiredAuthError : undefined;
    return (typeof type === "function" && error instanceof type) || error.name === "InteractionRequiredAuthError";
  }

  function classify(error) {
    if (error instanceof Fallback || (error && FALLBACK_CODES[codeOf(error)])) {
      unavailable = true;
      return error instanceof Fallback ? error : new Fallback(codeOf(error));
    }
    if (error instanceof Failure) return error;
    var code = codeOf(error);
    if (MESSAGE_CODES[code]) return new Failure(MESSAGE_CODES[code], code);
    if (interactionRequired(error)) return new Failure("error-naa-interaction", code);
    return new Failure("error-naa-other", code);
  }

  /**
   * The access token for our API: acquireTokenSilent (with the account MSAL knows, if any), and
   * acquireTokenPopup when MSAL says interaction is required. options.forceRefresh skips MSAL's
   * cache (after the service said the token had expired). Rejects with {fallback: true} when the
   * pane should use Office SSO instead, else with {key, code}.
   */
  function token(settings, options) {
    var forceRefresh = !!(options && options.forceRefresh);
    var scopes = [scope(settings.clientId, settings.appIdUri)];
    return client(settings.clientId)
      .then(function (pca) {
        var account = pca.getActiveAccount() || (pca.getAllAccounts() || [])[0] || null;
        var silent = { scopes: scopes };
        var popup = { scopes: scopes };
        if (account) { silent.account = account; popup.account = account; }
        if (forceRefresh) silent.forceRefresh = true;
        return Promise.resolve()
          .then(function () { return pca.acquireTokenSilent(silent); })
          .catch(function (error) {
            if (!interactionRequired(error)) throw error;
            return pca.acquireTokenPopup(popup);
          });
      })
      .then(function (result) {
        if (!result || typeof result.accessToken !== "string" || result.accessToken === "") {
          throw new Failure("error-naa-other", "empty_token");
        }
        return result.accessToken;
      })
      .catch(function (error) { throw classify(error); });
  }

  window.PrecheckNaa = { supported: supported, scope: scope, token: token };
})();
