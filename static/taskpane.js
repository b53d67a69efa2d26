// Browser-mode task pane: check the text area through /api/check and show the answer.
// Everything derived from the user's text is written with textContent, never as HTML.
(function () {
  "use strict";

  var ICONS = { ok: "\u2714", review: "\u26A0", stop: "\u26D4", error: "\u26D4" };

  function messages(result) {
    return {
      ok: result.dataset.msgOk, review: result.dataset.msgReview, stop: result.dataset.msgStop,
      error: result.dataset.msgError, busy: result.dataset.msgBusy
    };
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function banner(kind, text) {
    var b = el("p", "verdict " + kind);
    b.setAttribute("role", kind === "ok" ? "status" : "alert");
    b.textContent = ICONS[kind] + " " + text;
    return b;
  }

  function render(result, answer, text, msg) {
    result.replaceChildren(banner(answer.verdict, msg[answer.verdict]));
    var list = el("ul");
    answer.findings.forEach(function (f) {
      var item = el("li", "finding");
      item.appendChild(el("strong", null, f.title));
      item.appendChild(el("div", "where", "\u201C" + text.substring(f.start, f.end) + "\u201D \u2192 " + (f.suggestion || "")));
      item.appendChild(el("p", null, f.explanation));
      item.appendChild(el("div", "where", f.guideline));
      list.appendChild(item);
    });
    result.appendChild(list);
  }

  function check(event) {
    event.preventDefault();
    var result = document.getElementById("result");
    var msg = messages(result);
    var text = document.getElementById("text").value;
    result.replaceChildren(el("p", null, msg.busy));
    fetch("/api/check", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ text: text, host: "browser", locale: document.documentElement.lang || "sv" })
    }).then(function (response) {
      return response.json().then(function (body) {
        if (!response.ok) {
          var failure = new Error(body.message || msg.error);
          failure.fromService = true;
          throw failure;
        }
        render(result, body, text, msg);
      });
    }).catch(function (error) {
      // Never show "OK" when the check did not happen.
      result.replaceChildren(banner("error", error && error.fromService ? error.message : msg.error));
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.getElementById("check-form").addEventListener("submit", check);
  });
})();
