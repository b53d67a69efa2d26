// A small stand-in for Microsoft's msal-browser bundle (global `msal`) with only what naa.js uses:
// createNestablePublicClientApplication, the client's account and token calls, and
// InteractionRequiredAuthError. Test-only: FrontServer serves it in place of
// /static/vendor/msal-browser.min.js; production pages never reference it. Its state is
// window.__msal, read by the tests. ?fakeMsal= picks the scenario:
//   token        acquireTokenSilent answers "naa-silent-N"
//   interaction  acquireTokenSilent fails with InteractionRequiredAuthError; acquireTokenPopup answers "naa-popup-N"
//   cancel       as interaction, but the user closes the popup (user_cancelled)
//   disabled     acquireTokenSilent fails with nested_app_auth_bridge_disabled (NAA unavailable in this host)
//   server       acquireTokenSilent fails with a server error (server_error)
//   createFails  createNestablePublicClientApplication rejects
(function () {
  "use strict";

  var params = new URLSearchParams(window.location.search);
  var state = window.__msal = {
    mode: params.get("fakeMsal") || "token",
    created: [],   // configurations passed to createNestablePublicClientApplication
    silent: [],    // requests passed to acquireTokenSilent
    popup: [],     // requests passed to acquireTokenPopup
    tokens: 0
  };

  function AuthError(errorCode, errorMessage) {
    this.errorCode = errorCode;
    this.errorMessage = errorMessage || errorCode;
    this.message = errorCode + ": " + this.errorMessage;
    this.name = "AuthError";
  }
  AuthError.prototype = Object.create(Error.prototype);

  function InteractionRequiredAuthError(errorCode, errorMessage) {
    AuthError.call(this, errorCode, errorMessage);
    this.name = "InteractionRequiredAuthError";
  }
  InteractionRequiredAuthError.prototype = Object.create(AuthError.prototype);

  function ClientAuthError(errorCode, errorMessage) {
    AuthError.call(this, errorCode, errorMessage);
    this.name = "ClientAuthError";
  }
  ClientAuthError.prototype = Object.create(AuthError.prototype);

  function copy(request) { return JSON.parse(JSON.stringify(request)); }

  function later(fn) {
    return new Promise(function (resolve, reject) {
      setTimeout(function () { try { resolve(fn()); } catch (e) { reject(e); } }, 5);
    });
  }

  var account = { homeAccountId: "fake-oid.fake-tid", environment: "login.microsoftonline.com", tenantId: "fake-tid", username: "anna@example.se" };

  function client() {
    var signedIn = false;
    return {
      getActiveAccount: function () { return null; },
      getAllAccounts: function () { return signedIn ? [account] : []; },
      acquireTokenSilent: function (request) {
        state.silent.push(copy(request));
        return later(function () {
          if (state.mode === "interaction" || state.mode === "cancel") throw new InteractionRequiredAuthError("interaction_required", "fake: interaction required");
          if (state.mode === "disabled") throw new ClientAuthError("nested_app_auth_bridge_disabled", "The nested app auth bridge is disabled");
          if (state.mode === "server") throw new AuthError("server_error", "fake: server error");
          signedIn = true;
          state.tokens++;
          return { accessToken: "naa-silent-" + state.tokens, account: account, scopes: request.scopes };
        });
      },
      acquireTokenPopup: function (request) {
        state.popup.push(copy(request));
        return later(function () {
          if (state.mode === "cancel") throw new ClientAuthError("user_cancelled", "User cancelled the flow.");
          signedIn = true;
          state.tokens++;
          return { accessToken: "naa-popup-" + state.tokens, account: account, scopes: request.scopes };
        });
      }
    };
  }

  // The standard client signin.js uses in the sign-in dialog. loginRedirect "goes to Entra ID" by
  // reloading this page without its query and with #code=fake (as the real redirect comes back);
  // handleRedirectPromise then answers with the account. Calls are kept in sessionStorage
  // (__msalFake) because the page reloads in between.
  function log(entry) {
    var all = JSON.parse(window.sessionStorage.getItem("__msalFake") || "[]");
    all.push(entry);
    window.sessionStorage.setItem("__msalFake", JSON.stringify(all));
  }

  function PublicClientApplication(configuration) {
    log({ call: "create", configuration: copy(configuration) });
    this.configuration = configuration;
  }
  PublicClientApplication.prototype.initialize = function () { return later(function () { return undefined; }); };
  PublicClientApplication.prototype.handleRedirectPromise = function () {
    var back = window.location.hash.indexOf("code=fake") >= 0;
    log({ call: "handleRedirectPromise", back: back });
    return later(function () { return back ? { account: account, accessToken: "id-only" } : null; });
  };
  PublicClientApplication.prototype.loginRedirect = function (request) {
    log({ call: "loginRedirect", request: copy(request) });
    var target = this.configuration.auth.redirectUri + "#code=fake";
    setTimeout(function () { window.location.replace(target); }, 5);
    return new Promise(function () { /* the page is leaving */ });
  };
  PublicClientApplication.prototype.acquireTokenSilent = function (request) {
    log({ call: "acquireTokenSilent", request: copy(request) });
    return later(function () { return { accessToken: "dialog-silent-1", account: account, scopes: request.scopes }; });
  };

  window.msal = {
    PublicClientApplication: PublicClientApplication,
    InteractionRequiredAuthError: InteractionRequiredAuthError,
    ClientAuthError: ClientAuthError,
    AuthError: AuthError,
    createNestablePublicClientApplication: function (configuration) {
      state.created.push(copy(configuration));
      return later(function () {
        if (state.mode === "createFails") throw new Error("fake: create failed");
        return client();
      });
    }
  };
})();
