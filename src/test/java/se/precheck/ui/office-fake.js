// A small stand-in for Office.js with only the calls the task pane makes, so the Word and Outlook
// code paths run in a plain browser. Test-only: FrontServer serves it in place of Microsoft's
// office.js; production pages never reference it. Its state is window.__fake, read by the tests.
(function () {
  "use strict";

  var params = new URLSearchParams(window.location.search);
  var hostName = params.get("fake") || "word"; // word | outlook | none
  var fake = window.__fake = {
    host: hostName,
    displayLanguage: params.get("fakeLang") || "sv-SE",
    sso: params.get("fakeSso") || "token",        // token | <error code>
    // NestedAppAuth 1.1: off | on (a stub bridge for msal-fake.js) | nobridge (supported, but no bridge)
    // | bridge (a bridge that speaks MSAL's protocol, for the real msal-browser bundle)
    naa: params.get("fakeNaa") || "off",
    bridgeMode: params.get("fakeBridge") || "token", // bridge: token | interaction (silent needs interaction)
    bridgeRequests: [],                             // {method, tokenParams} the real MSAL sent to the bridge
    requirementChecks: [],                          // "Set version" for every isSetSupported call
    // The sign-in dialog (displayDialogAsync): token (answers {token: "dialog-token-N"}) | closed (the
    // user closes it: 12006) | error (the page answers {error: "server_error"}) | blocked (12011 on open)
    dialog: params.get("fakeDialog") || "token",
    dialogs: [],                                    // {url, options} of every displayDialogAsync call
    dialogsClosed: 0,                               // dialog.close() calls
    parentMessages: [],                             // what a dialog page sent with messageParent
    tokens: 0,
    parts: {                                        // Word: the document's text stories
      body: "Hej!\rSkicka protokollet till anna.larsson@example.se i dag. Kopia till anna.larsson@example.se.\rMvh Bo",
      header: "Sidhuvud: kontakt bo.berg@example.se",
      footnote0: "Fotnot: fråga eva@example.se"
    },
    comments: ["Kommentar: ring kalle@example.se"],
    selection: { part: "body", start: 0, end: 0 },
    highlights: {},                                 // "part:start:end" → colour
    highlightLog: [],
    controls: [],                                   // content controls: {tag, title, appearance, text}
    inserts: [],
    opened: [],
    tracked: 0,
    mail: { body: "Hej Anna,\nmin adress är bo.berg@example.se.\nHälsningar Bo", selected: "" },
    mailWrites: []
  };

  function range(part, start, end) {
    var r = {
      _part: part, _start: start, _end: end,
      get text() { return fake.parts[part].substring(start, end); },
      load: function () { return r; },
      track: function () { return r; },
      untrack: function () { return r; },
      select: function () { fake.selection = { part: part, start: start, end: end }; },
      search: function (query, options) {
        var needle = query.replace(/\^\^/g, "^");
        var hay = r.text;
        var items = [];
        var from = 0;
        var caseless = !(options && options.matchCase);
        var h = caseless ? hay.toLowerCase() : hay;
        var n = caseless ? needle.toLowerCase() : needle;
        for (;;) {
          var at = h.indexOf(n, from);
          if (at < 0 || n === "") break;
          items.push(range(part, start + at, start + at + needle.length));
          from = at + needle.length;
        }
        return { items: items, load: function () { return this; } };
      },
      insertText: function (text, location) {
        if (location !== "Replace") throw new Error("fake: only Replace is modelled");
        var s = fake.parts[part];
        fake.parts[part] = s.substring(0, start) + text + s.substring(end);
        fake.inserts.push({ part: part, start: start, end: end, text: text });
        fake.selection = { part: part, start: start, end: start + text.length };
        return range(part, start, start + text.length);
      },
      insertContentControl: function () {
        var control = { tag: "", title: "", appearance: "", text: r.text };
        fake.controls.push(control);
        return control;
      }
    };
    var key = part + ":" + start + ":" + end;
    r.font = {
      load: function () {},
      get highlightColor() { return fake.highlights[key] === undefined ? null : fake.highlights[key]; },
      set highlightColor(colour) {
        fake.highlightLog.push({ key: key, colour: colour });
        if (colour === null) delete fake.highlights[key]; else fake.highlights[key] = colour;
      }
    };
    return r;
  }

  function whole(part) { return range(part, 0, fake.parts[part].length); }

  function context() {
    var body = whole("body");
    body.footnotes = { items: [{ body: whole("footnote0") }], load: function () { return this; } };
    body.endnotes = { items: [], load: function () { return this; } };
    body.getComments = function () {
      return { items: fake.comments.map(function (c) { return { content: c }; }), load: function () { return this; } };
    };
    var empty = function (name) { if (!(name in fake.parts)) fake.parts[name] = ""; return whole(name); };
    var section = {
      getHeader: function (type) { return type === "Primary" ? whole("header") : empty("header-" + type); },
      getFooter: function (type) { return empty("footer-" + type); }
    };
    return {
      document: {
        body: body,
        sections: { items: [section], load: function () { return this; } },
        getSelection: function () { var s = fake.selection; return range(s.part, s.start, s.end); }
      },
      trackedObjects: { add: function () { fake.tracked++; }, remove: function () { fake.tracked--; } },
      sync: function () { return new Promise(function (resolve) { setTimeout(resolve, 5); }); }
    };
  }

  function async(value) { return { status: "succeeded", value: value }; }

  var officeHost = hostName === "word" ? "Word" : hostName === "outlook" ? "Outlook" : null;
  window.Office = {
    HostType: { Word: "Word", Excel: "Excel", PowerPoint: "PowerPoint", Outlook: "Outlook", OneNote: "OneNote", Project: "Project", Access: "Access" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
    CoercionType: { Text: "text", Html: "html" },
    onReady: function (callback) {
      var info = { host: officeHost, platform: officeHost ? "OfficeOnline" : null };
      if (callback) callback(info);
      return new Promise(function (resolve) { setTimeout(function () { resolve(info); }, 20); });
    },
    auth: {
      getAccessToken: function (options) {
        fake.lastSsoOptions = JSON.parse(JSON.stringify(options));
        if (fake.sso === "token") { fake.tokens++; return Promise.resolve("fake-token-" + fake.tokens); }
        return Promise.reject({ code: Number(fake.sso), name: "FakeSsoError", message: "fake " + fake.sso });
      }
    },
    context: {
      displayLanguage: fake.displayLanguage,
      requirements: {
        isSetSupported: function (set, version) {
          fake.requirementChecks.push(set + " " + version);
          if (set === "NestedAppAuth") return fake.naa !== "off";
          return true;
        }
      },
      ui: {
        openBrowserWindow: function (url) { fake.opened.push(url); },
        displayDialogAsync: function (url, options, callback) {
          fake.dialogs.push({ url: url, options: JSON.parse(JSON.stringify(options)) });
          if (fake.dialog === "blocked") {
            setTimeout(function () { callback({ status: "failed", error: { code: 12011, message: "fake: blocked" } }); }, 5);
            return;
          }
          var handlers = {};
          var dialog = {
            addEventHandler: function (type, handler) { handlers[type] = handler; },
            close: function () { fake.dialogsClosed++; },
            messageChild: function () {}
          };
          setTimeout(function () {
            callback({ status: "succeeded", value: dialog });
            setTimeout(function () {
              if (fake.dialog === "closed") {
                handlers.dialogEventReceived({ error: 12006 });
              } else if (fake.dialog === "error") {
                handlers.dialogMessageReceived({ message: JSON.stringify({ error: "server_error" }), origin: window.location.origin });
              } else {
                handlers.dialogMessageReceived({ message: JSON.stringify({ token: "dialog-token-" + fake.dialogs.length }),
                  origin: window.location.origin });
              }
            }, 20);
          }, 5);
        },
        messageParent: function (message) { fake.parentMessages.push(message); }
      },
      mailbox: hostName !== "outlook" ? undefined : {
        item: {
          body: {
            getAsync: function (coercion, options, callback) {
              var cb = typeof options === "function" ? options : callback;
              setTimeout(function () { cb(async(fake.mail.body)); }, 5);
            },
            setAsync: function (data, options, callback) {
              fake.mail.body = data;
              fake.mailWrites.push({ where: "body", data: data });
              setTimeout(function () { callback(async(undefined)); }, 5);
            }
          },
          getSelectedDataAsync: function (coercion, callback) {
            setTimeout(function () { callback(async({ data: fake.mail.selected, sourceProperty: "body" })); }, 5);
          },
          setSelectedDataAsync: function (data, options, callback) {
            fake.mailWrites.push({ where: "selection", data: data });
            setTimeout(function () { callback(async(undefined)); }, 5);
          }
        }
      }
    }
  };
  // Office.js provides the bridge MSAL's nested client talks to; msal-fake.js only checks it is there.
  if (fake.naa === "on") window.nestedAppAuthBridge = { fake: true };
  if (fake.naa === "bridge") window.nestedAppAuthBridge = bridge();

  /** The host side of nested app authentication, as msal-browser 4.x talks to it (JSON messages). */
  function bridge() {
    var listeners = [];
    var issued = 0;
    function base64url(object) {
      return btoa(unescape(encodeURIComponent(JSON.stringify(object)))).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
    }
    function tokenAnswer(method, params) {
      issued++;
      var now = Math.floor(Date.now() / 1000);
      var claims = { oid: "fake-oid", tid: "fake-tid", preferred_username: "anna@example.se", name: "Anna Larsson",
        aud: params.clientId, iss: "https://login.microsoftonline.com/fake-tid/v2.0", iat: now, nbf: now, exp: now + 3600 };
      return {
        token: { access_token: "bridge-" + method + "-" + issued, id_token: base64url({ alg: "none", typ: "JWT" }) + "." + base64url(claims) + ".sig",
          expires_in: 3600, scope: params.scope, token_type: "Bearer" },
        account: { homeAccountId: "fake-oid.fake-tid", environment: "login.microsoftonline.com", tenantId: "fake-tid",
          username: "anna@example.se", localAccountId: "fake-oid" }
      };
    }
    function answer(message) {
      var reply = { messageType: "NestedAppAuthResponse", requestId: message.requestId, success: true };
      if (message.method === "GetInitContext") {
        reply.initContext = { sdkName: "office-fake", sdkVersion: "1.0", accountContext: null, capabilities: {} };
      } else if (message.method === "GetToken" && fake.bridgeMode === "interaction") {
        reply.success = false;
        reply.error = { status: "USER_INTERACTION_REQUIRED", code: "interaction_required", description: "fake: interaction required" };
      } else if (message.method === "GetToken" || message.method === "GetTokenPopup") {
        var t = tokenAnswer(message.method, message.tokenParams);
        reply.token = t.token;
        reply.account = t.account;
      } else {
        reply.success = false;
        reply.error = { status: "PERSISTENT_ERROR", code: "unsupported", description: "fake: " + message.method };
      }
      return reply;
    }
    return {
      addEventListener: function (type, listener) { if (type === "message") listeners.push(listener); },
      removeEventListener: function (type, listener) { listeners = listeners.filter(function (l) { return l !== listener; }); },
      postMessage: function (raw) {
        var message = JSON.parse(raw);
        fake.bridgeRequests.push({ method: message.method, tokenParams: message.tokenParams || null });
        setTimeout(function () {
          var reply = JSON.stringify(answer(message));
          listeners.forEach(function (l) { l(reply); });
        }, 5);
      }
    };
  }

  Object.defineProperty(window.Office.context, "displayLanguage", { get: function () { return fake.displayLanguage; } });

  if (hostName === "word") {
    window.Word = {
      InsertLocation: { replace: "Replace" },
      run: function (objectOrBatch, maybeBatch) {
        var batch = typeof objectOrBatch === "function" ? objectOrBatch : maybeBatch;
        return Promise.resolve().then(function () { return batch(context()); });
      }
    };
  }
})();
