/*
 * Kontrollera före Copilot: the Outlook send check (Smart Alerts, OnMessageSend).
 *
 * Written for classic Outlook on Windows' JavaScript-only runtime as well as for the page new Outlook
 * and Outlook on the web load (launchevent.html): one plain script, no imports or modules, no DOM, no
 * relative URLs. The service fills in its own address and the send mode when it serves this file
 * (GET /events/launchevent.js); served raw, it falls back to the page's origin and softBlock.
 *
 * What it does when a mail is sent:
 *   stop     -> the mail is held (allowEvent false) with a plain Swedish reason and a button that opens
 *               the task pane where the runtime supports it (Mailbox 1.14).
 *   review, or text marked "AI-utkast – ej granskat"
 *            -> a warning the user can send past (sendModeOverride promptUser).
 *   ok       -> the mail goes.
 *   the service is down, slow or refuses
 *            -> the mail goes with a note (fail open, chosen on purpose: a broken check service must not
 *               stop the municipality's mail), unless the admin configured send mode "block": then it is
 *               held with a message saying why.
 * Every path ends in event.completed, at the latest after SAFETY_MS, well inside Outlook's limits.
 */
var PRECHECK_SERVICE_URL = "__PRECHECK_SERVICE_URL__";
var PRECHECK_SEND_MODE = "__PRECHECK_SEND_MODE__";

var PRECHECK = {
  TOKEN_MS: 1200,
  CHECK_MS: 3000,
  SAFETY_MS: 4700,
  MAX_CHARS: 200000,
  COMMAND_ID: "PrecheckComposeButton",
  MARKER: /AI-utkast\s*[\u2013\u2014-]\s*ej\s+granskat/i,
  TEXT: {
    sv: {
      stop: "Mejlet har inte skickats. Det innehåller {kinds}, som enligt kommunens riktlinje inte får skickas så här. Ta bort eller maskera uppgifterna och skicka igen. Välj \u201dVisa kontrollen\u201d för att se var de står.",
      review: "Kontrollera innan du skickar: mejlet innehåller {kinds}. Behövs uppgifterna, och får mottagaren se dem? Du kan skicka ändå om de behövs.",
      marker: "Mejlet innehåller text markerad som \u201dAI-utkast \u2013 ej granskat\u201d. Du ansvarar för det Copilot skriver: läs och faktagranska texten och ta bort markeringen innan du skickar.",
      blocked: "Mejlet har inte skickats: det kunde inte kontrolleras eftersom kontrolltjänsten inte svarar, och kommunen har valt att mejl inte skickas okontrollerade. Försök igen om en stund eller kontakta IT-supporten.",
      note: "Mejlet kontrollerades inte före sändning: kontrolltjänsten svarade inte.",
      cancel: "Visa kontrollen",
      some: "personuppgifter eller andra känsliga uppgifter"
    },
    en: {
      stop: "The mail has not been sent. It contains {kinds}, which the municipality's guideline says must not be sent like this. Remove or mask the data and send again. Choose \u201cShow the check\u201d to see where it is.",
      review: "Check before you send: the mail contains {kinds}. Is the data needed, and may the recipient see it? You can send anyway if it is needed.",
      marker: "The mail contains text marked \u201cAI-utkast \u2013 ej granskat\u201d (AI draft, not reviewed). You answer for what Copilot writes: read and fact-check the text and remove the marking before you send.",
      blocked: "The mail has not been sent: it could not be checked because the check service does not answer, and the municipality has chosen not to send unchecked mail. Try again shortly or contact IT support.",
      note: "The mail was not checked before sending: the check service did not answer.",
      cancel: "Show the check",
      some: "personal or other sensitive data"
    }
  }
};

function precheckServiceUrl() {
  if (PRECHECK_SERVICE_URL.indexOf("__") !== 0) return PRECHECK_SERVICE_URL;
  return typeof self !== "undefined" && self.location ? self.location.origin : "";
}

function precheckSendMode() {
  return PRECHECK_SEND_MODE.indexOf("__") === 0 ? "softBlock" : PRECHECK_SEND_MODE;
}

function precheckLanguage() {
  try {
    var lang = Office.context.displayLanguage || "";
    return lang.toLowerCase().indexOf("en") === 0 ? "en" : "sv";
  } catch (e) {
    return "sv";
  }
}

function precheckSupports(version) {
  try {
    return Office.context.requirements.isSetSupported("Mailbox", version);
  } catch (e) {
    return false;
  }
}

/** Resolves with the value, or rejects when Outlook reports a failure. */
function precheckAsync(start) {
  return new Promise(function (resolve, reject) {
    start(function (result) {
      if (result && result.status === Office.AsyncResultStatus.Succeeded) {
        resolve(result.value || "");
      } else {
        reject(new Error("getAsync failed: " + (result && result.error ? result.error.code : "unknown")));
      }
    });
  });
}

/** Subject and body as plain text. */
function precheckReadDraft(item) {
  var subject = precheckAsync(function (cb) { item.subject.getAsync(cb); });
  var body = precheckAsync(function (cb) { item.body.getAsync(Office.CoercionType.Text, cb); });
  return Promise.all([subject, body]).then(function (parts) {
    return (parts[0] ? parts[0] + "\n\n" : "") + parts[1];
  });
}

function precheckWithin(ms, promise) {
  return new Promise(function (resolve, reject) {
    var timer = setTimeout(function () { reject(new Error("timeout after " + ms + " ms")); }, ms);
    promise.then(function (v) { clearTimeout(timer); resolve(v); }, function (e) { clearTimeout(timer); reject(e); });
  });
}

/**
 * An SSO token when Office gives one silently; "" otherwise. The event runtime allows no sign-in or
 * consent UI, so both prompts stay off; in dev mode the service needs no token.
 */
function precheckToken() {
  try {
    if (typeof OfficeRuntime === "undefined" || !OfficeRuntime.auth || !OfficeRuntime.auth.getAccessToken) {
      return Promise.resolve("");
    }
    var attempt = OfficeRuntime.auth.getAccessToken({ allowSignInPrompt: false, allowConsentPrompt: false, forMSGraphAccess: false });
    return precheckWithin(PRECHECK.TOKEN_MS, Promise.resolve(attempt)).then(function (t) { return t || ""; }, function () { return ""; });
  } catch (e) {
    return Promise.resolve("");
  }
}

/** POST /api/check; rejects on a network error, a timeout or any answer but 200. */
function precheckCheck(text, token, lang) {
  var headers = { "Content-Type": "application/json" };
  if (token) headers.Authorization = "Bearer " + token;
  var controller = typeof AbortController !== "undefined" ? new AbortController() : null;
  var request = fetch(precheckServiceUrl() + "/api/check", {
    method: "POST",
    headers: headers,
    body: JSON.stringify({ text: text.substring(0, PRECHECK.MAX_CHARS), host: "outlook", locale: lang }),
    signal: controller ? controller.signal : undefined
  }).then(function (response) {
    if (response.status !== 200) throw new Error("check answered " + response.status);
    return response.json();
  });
  return precheckWithin(PRECHECK.CHECK_MS, request).catch(function (e) {
    if (controller) controller.abort();
    throw e;
  });
}

/** The kinds of data found, in words: the findings' titles, at most three. */
function precheckKinds(answer, text) {
  var seen = [];
  (answer.findings || []).forEach(function (f) {
    var title = (f.title || "").toLowerCase();
    if (title && seen.indexOf(title) < 0) seen.push(title);
  });
  if (seen.length === 0) return text.some;
  return seen.length > 3 ? seen.slice(0, 3).join(", ") + " m.m." : seen.join(", ");
}

function precheckMessage(template, kinds) {
  var message = template.replace("{kinds}", kinds);
  return message.length > 500 ? message.substring(0, 497) + "..." : message;
}

/**
 * What to tell Outlook, given the check's answer and whether the draft holds the AI-draft marker.
 * Pure: the browser test calls it too.
 */
function precheckDecision(answer, hasMarker, lang, supports114) {
  var text = PRECHECK.TEXT[lang] || PRECHECK.TEXT.sv;
  var verdict = answer ? answer.verdict : "ok";
  var options;
  if (verdict === "stop") {
    options = { allowEvent: false, errorMessage: precheckMessage(text.stop, precheckKinds(answer, text)) };
  } else if (verdict === "review" || hasMarker) {
    var parts = [];
    if (verdict === "review") parts.push(precheckMessage(text.review, precheckKinds(answer, text)));
    if (hasMarker) parts.push(text.marker);
    options = { allowEvent: false, errorMessage: precheckMessage(parts.join(" "), "") };
    if (!supports114) {
      // Without sendModeOverride a warning would hold the mail: let it go instead (the task pane
      // still shows the findings when opened).
      return { allowEvent: true };
    }
    options.sendModeOverride = (Office.MailboxEnums && Office.MailboxEnums.SendModeOverride)
        ? Office.MailboxEnums.SendModeOverride.PromptUser : "promptUser";
  } else {
    return { allowEvent: true };
  }
  if (supports114) {
    options.cancelLabel = text.cancel;
    options.commandId = PRECHECK.COMMAND_ID;
  }
  return options;
}

/** When the check could not run: held in block mode, else let through. */
function precheckUnavailable(lang, sendMode) {
  var text = PRECHECK.TEXT[lang] || PRECHECK.TEXT.sv;
  if (sendMode === "block") {
    return { allowEvent: false, errorMessage: text.blocked };
  }
  return { allowEvent: true };
}

/** A best-effort note on the item (there is no dialog when the mail is let through); never fails. */
function precheckNote(item, message) {
  return new Promise(function (resolve) {
    try {
      if (!item || !item.notificationMessages) { resolve(); return; }
      var timer = setTimeout(resolve, 500);
      item.notificationMessages.addAsync("precheckNote", {
        type: Office.MailboxEnums.ItemNotificationMessageType.InformationalMessage,
        message: message.substring(0, 150),
        icon: "Icon.16",
        persistent: false
      }, function () { clearTimeout(timer); resolve(); });
    } catch (e) {
      resolve();
    }
  });
}

function onMessageSendHandler(event) {
  var finished = false;
  var lang = precheckLanguage();
  var sendMode = precheckSendMode();
  var item = null;
  var hasMarker = false;

  function finish(options) {
    if (finished) return;
    finished = true;
    clearTimeout(safety);
    event.completed(options);
  }

  function unavailable(reason) {
    if (finished) return;
    if (typeof console !== "undefined") console.log("Kontrollera före Copilot: no check (" + reason + ")");
    var options = precheckUnavailable(lang, sendMode);
    if (options.allowEvent && hasMarker) {
      // The marker is found without the service: still warn about the unreviewed AI text.
      finish(precheckDecision(null, true, lang, precheckSupports("1.14")));
    } else if (options.allowEvent) {
      precheckNote(item, (PRECHECK.TEXT[lang] || PRECHECK.TEXT.sv).note).then(function () { finish(options); });
    } else {
      finish(options);
    }
  }

  var safety = setTimeout(function () { unavailable("no answer within " + PRECHECK.SAFETY_MS + " ms"); }, PRECHECK.SAFETY_MS);

  try {
    item = Office.context.mailbox.item;
    precheckReadDraft(item).then(function (draft) {
      hasMarker = PRECHECK.MARKER.test(draft);
      return precheckToken().then(function (token) {
        return precheckCheck(draft, token, lang);
      }).then(function (answer) {
        finish(precheckDecision(answer, hasMarker, lang, precheckSupports("1.14")));
      });
    }).catch(function (e) {
      unavailable(e && e.message ? e.message : "error");
    });
  } catch (e) {
    unavailable(e && e.message ? e.message : "error");
  }
}

Office.actions.associate("onMessageSendHandler", onMessageSendHandler);
