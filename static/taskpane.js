// Wiring: reads the page's messages, waits for the host, and connects the buttons to the service
// (api.js: /api/check, /api/redact, /api/restore), the document (office-host.js) and the DOM
// (render.js). No logic of its own beyond the pane's state.
(function () {
  "use strict";

  var COPILOT_URL = "https://m365.cloud.microsoft/chat?auth=2"; // auth=2: the work (Entra ID) account
  var MAPPING_KEY = "precheck.mapping"; // pseudonym → original; only in this pane's sessionStorage

  var api = window.PrecheckApi;
  var host = window.PrecheckHost;
  var render = window.PrecheckRender;
  var t = render.t;

  var $ = function (id) { return document.getElementById(id); };
  var state = { text: "", answer: null, sourceType: null, safe: null, mapping: [], locale: "sv", ready: null };

  /** Messages arrive as data-m-* attributes on #app (no inline script under the CSP). */
  function readMessages(app) {
    var out = {};
    Array.prototype.forEach.call(app.attributes, function (a) {
      if (a.name.indexOf("data-m-") === 0) out[a.name.substring(7)] = a.value;
    });
    return out;
  }

  function loadMapping() {
    try {
      var raw = window.sessionStorage.getItem(MAPPING_KEY);
      var parsed = raw ? JSON.parse(raw) : [];
      return Array.isArray(parsed) ? parsed : [];
    } catch (e) {
      return [];
    }
  }

  function saveMapping(mapping) {
    state.mapping = mapping || [];
    try {
      if (state.mapping.length) window.sessionStorage.setItem(MAPPING_KEY, JSON.stringify(state.mapping));
      else window.sessionStorage.removeItem(MAPPING_KEY);
    } catch (e) { /* storage off: the mapping stays in memory only */ }
    $("forget").hidden = !state.mapping.length;
  }

  function messageFor(error) {
    if (error && error.name === "PrecheckError") {
      // Sign-in failures carry Office's or MSAL's error code, for IT support.
      var signIn = !!error.key && (error.key.indexOf("error-sso-") === 0 || error.key.indexOf("error-naa-") === 0
        || error.key.indexOf("error-dialog-") === 0);
      if (error.key) return t(error.key) + (signIn && error.detail ? " (" + error.detail + ")" : "");
      if (error.serviceMessage) return error.serviceMessage;
    }
    return t("error-unreachable"); // whatever went wrong, the text was not checked
  }

  // ---- Host and language -----------------------------------------------------------------------

  /** Swedish by default; English when Office's display language is English (unless ?locale= says otherwise). */
  function followOfficeLanguage() {
    var params = new URLSearchParams(window.location.search);
    var language = host.displayLanguage();
    if (params.has("locale") || !language) return false;
    var wanted = language.toLowerCase().indexOf("en") === 0 ? "en" : "sv";
    if (wanted === state.locale) return false;
    params.set("locale", wanted);
    window.location.replace(window.location.pathname + "?" + params.toString());
    return true;
  }

  function showHost(kind) {
    ["browser", "word", "outlook"].forEach(function (k) {
      $("host-" + k).hidden = k !== kind;
      $("intro-" + k).hidden = k !== kind;
    });
    $("text-field").hidden = kind !== "browser";
    document.body.setAttribute("data-host", kind);
    if (kind === "outlook") {
      $("replace").textContent = t("action-replace-outlook");
      $("insert-answer").textContent = t("review-insert-outlook");
    }
  }

  // ---- Check and redact ------------------------------------------------------------------------

  // Busy buttons are aria-disabled, not disabled, so that keyboard focus stays where it was.
  function setBusy(isBusy) {
    state.busy = isBusy;
    ["check", "redact-all"].forEach(function (id) {
      var button = $(id);
      if (!button) return;
      if (isBusy) button.setAttribute("aria-disabled", "true");
      else button.removeAttribute("aria-disabled");
    });
  }

  function check(event) {
    event.preventDefault();
    if (state.busy) return;
    var result = $("result");
    $("safe-section").hidden = true;
    render.status($("safe-status"), "");
    setBusy(true);
    render.busy(result);
    state.ready
      .then(function () { return host.clearHighlights(); })
      .then(function () { return host.read($("text").value); })
      .then(function (read) {
        if (!read.text || read.text.trim() === "") throw new api.PrecheckError("error-blank");
        state.text = read.text;
        state.sourceType = read.type;
        state.safe = null;
        return api.check(read.text, host.kind(), state.locale);
      })
      .then(function (answer) {
        state.answer = answer;
        show(answer);
      })
      .catch(function (error) {
        state.answer = null;
        render.error(result, messageFor(error));
        offerSignIn(error);
      })
      .then(function () { setBusy(false); });
  }

  // ---- Fallback sign-in (Office dialog) ---------------------------------------------------------

  /** Shows the "Logga in" button when neither NAA nor Office SSO gave a token and the dialog can help. */
  function offerSignIn(error) {
    if (error && error.signIn) $("sign-in-block").hidden = false;
  }

  /** Opens the sign-in dialog; with its token (in api.js's memory only) the check runs again. */
  function signIn() {
    if (state.busy || state.signingIn) return;
    state.signingIn = true;
    $("sign-in").setAttribute("aria-disabled", "true");
    api.signIn()
      .then(function () {
        $("sign-in-block").hidden = true;
        $("check").focus();
        check({ preventDefault: function () {} });
      })
      .catch(function (error) {
        state.answer = null;
        render.error($("result"), messageFor(error));
      })
      .then(function () {
        state.signingIn = false;
        $("sign-in").removeAttribute("aria-disabled");
      });
  }

  function show(answer) {
    render.result($("result"), answer, {
      text: state.text,
      sourceType: state.sourceType,
      canShow: host.canShowFindings() && !state.safe,
      onShow: showFinding,
      onApply: applyOne,
      onApplyAll: applyAll
    });
  }

  function showFinding(finding, button) {
    host.showFinding(state.text, finding.start, finding.end).then(function (found) {
      var item = button.closest("li");
      var note = item.querySelector(".show-status");
      if (!note) {
        note = document.createElement("p");
        note.className = "show-status hint";
        note.setAttribute("role", "status");
        item.appendChild(note);
      }
      note.textContent = found ? t("finding-shown") : t("finding-notFound");
    });
  }

  function applyOne(finding, choice) {
    var choices = {};
    state.answer.findings.forEach(function (f) { if (f.id !== finding.id && f.redactable) choices[f.id] = "keep"; });
    if (choice) choices[finding.id] = choice;
    redact(choices);
  }

  function applyAll() {
    redact(render.choices($("result")));
  }

  function redact(choices) {
    if (state.busy) return;
    var result = $("result");
    var reminders = state.answer ? state.answer.reminders : [];
    // The redaction answer names no profile; the one the check applied still holds.
    var profile = state.answer ? state.answer.profile : undefined;
    setBusy(true);
    render.busy(result, "action-redacting");
    host.clearHighlights()
      .then(function () { return api.redact(state.text, choices, state.mapping, host.kind(), state.locale); })
      .then(function (answer) {
        saveMapping(answer.mapping);
        state.text = answer.text;
        state.safe = answer.text;
        state.answer = { verdict: answer.verdict, findings: answer.findings || [], signals: answer.signals || [],
          reminders: reminders, policyVersion: answer.policyVersion, profile: answer.profile || profile };
        show(state.answer);
        $("safe-text").value = answer.text;
        $("replace").hidden = !host.canReplace();
        $("safe-section").hidden = false;
        if (answer.verdict === "stop") render.status($("safe-status"), t("safe-stillStop"), true);
        else render.status($("safe-status"), t("safe-verdictNote") +
          (host.kind() === "word" && !host.canReplace() ? " " + t("action-replaceDocument") : ""));
        var banner = result.querySelector(".verdict");
        if (banner) { banner.setAttribute("tabindex", "-1"); banner.focus(); }
      })
      .catch(function (error) {
        state.answer = null;
        $("safe-section").hidden = true;
        render.error(result, messageFor(error));
        offerSignIn(error);
      })
      .then(function () { setBusy(false); });
  }

  // ---- Clipboard, document, Copilot ------------------------------------------------------------

  /** Copies text; falls back to selecting a read-only field and execCommand (Office webviews). */
  function copy(text, field) {
    var viaApi = navigator.clipboard && navigator.clipboard.writeText
      ? navigator.clipboard.writeText(text) : Promise.reject(new Error("no clipboard API"));
    return viaApi.catch(function () {
      field.focus();
      field.select();
      var ok = false;
      try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
      if (!ok) throw new Error("copy failed");
    });
  }

  function copySafe() {
    var status = $("safe-status");
    copy($("safe-text").value, $("safe-text"))
      .then(function () { render.status(status, t("action-copied")); })
      .catch(function () { render.status(status, t("action-copyFailed"), true); });
  }

  function replaceInDocument() {
    var status = $("safe-status");
    host.replaceSource($("safe-text").value)
      .then(function () {
        render.status(status, t("action-replaced"));
        $("replace").hidden = true;
      })
      .catch(function (error) { render.status(status, messageFor(error), true); });
  }

  function forget() {
    saveMapping([]);
    render.status($("safe-status"), t("action-forgotten"));
    $("copy").focus();
  }

  function openCopilot(event) {
    if (host.openUrl(COPILOT_URL)) event.preventDefault();
  }

  // ---- Review mode: the answer from Copilot ----------------------------------------------------

  function toggleReview(open) {
    $("review-section").hidden = !open;
    $("paste-answer").setAttribute("aria-expanded", open ? "true" : "false");
    if (open) $("answer").focus();
    else $("paste-answer").focus();
  }

  function restore() {
    var status = $("review-status");
    var text = $("answer").value;
    render.status(status, "");
    if (text.trim() === "") { render.status(status, t("error-blank"), true); return; }
    var restored = state.mapping.length ? api.restore(text, state.mapping) : Promise.resolve(text);
    $("restore").disabled = true;
    restored.then(function (back) {
      $("restored").value = back;
      $("restored-block").hidden = false;
      $("mark-draft-row").hidden = !host.canMarkDraft();
      $("insert-answer").hidden = !host.canInsert();
      render.status(status, state.mapping.length ? "" : t("review-noMapping"));
      $("restored").focus();
    }).catch(function (error) {
      render.status(status, messageFor(error), true);
    }).then(function () { $("restore").disabled = false; });
  }

  function insertAnswer() {
    var status = $("review-status");
    var mark = host.canMarkDraft() && $("mark-draft").checked;
    host.insertAnswer($("restored").value, mark, t("draft-title"))
      .then(function () { render.status(status, t(mark ? "review-insertedDraft" : "review-inserted")); })
      .catch(function (error) { render.status(status, messageFor(error), true); });
  }

  function copyAnswer() {
    var status = $("review-status");
    copy($("restored").value, $("restored"))
      .then(function () { render.status(status, t("action-copied")); })
      .catch(function () { render.status(status, t("action-copyFailed"), true); });
  }

  // ---- Start -----------------------------------------------------------------------------------

  document.addEventListener("DOMContentLoaded", function () {
    var app = $("app");
    render.setMessages(readMessages(app));
    state.locale = app.getAttribute("data-locale") === "en" ? "en" : "sv";
    saveMapping(loadMapping());

    $("check-form").addEventListener("submit", check);
    $("sign-in").addEventListener("click", signIn);
    $("copy").addEventListener("click", copySafe);
    $("replace").addEventListener("click", replaceInDocument);
    $("forget").addEventListener("click", forget);
    $("open-copilot").addEventListener("click", openCopilot);
    $("paste-answer").addEventListener("click", function () { toggleReview($("review-section").hidden); });
    $("close-review").addEventListener("click", function () { toggleReview(false); });
    $("restore").addEventListener("click", restore);
    $("insert-answer").addEventListener("click", insertAnswer);
    $("copy-answer").addEventListener("click", copyAnswer);

    state.ready = host.init().then(function (kind) {
      api.configure({
        devMode: app.getAttribute("data-dev-mode") === "true",
        officeReady: kind !== "browser",
        clientId: app.getAttribute("data-client-id") || "",
        appIdUri: app.getAttribute("data-app-id-uri") || ""
      });
      if (followOfficeLanguage()) return new Promise(function () { /* reloading in the other language */ });
      showHost(kind);
      document.body.setAttribute("data-ready", "true");
      return kind;
    });
  });
})();
