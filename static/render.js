// Builds the result's DOM. Everything that comes from the user's text or the service is written
// with textContent, never parsed as HTML, so nothing in a checked text can become markup.
(function () {
  "use strict";

  // Icon + word + colour: the verdict never rests on colour alone. Icons are inline SVG built here
  // (no external assets, no icon font): a check in a circle, a triangle with "!", an octagon with
  // a bar, a circle with a cross.
  var SVG = "http://www.w3.org/2000/svg";
  var ICONS = {
    ok: [["circle", { cx: 10, cy: 10, r: 8.5, fill: "none", "stroke-width": 1.6 }],
      ["path", { d: "M6 10.2l2.7 2.7L14.2 7.4", fill: "none", "stroke-width": 1.8, "stroke-linecap": "round", "stroke-linejoin": "round" }]],
    review: [["path", { d: "M10 2.2L18.4 17H1.6z", fill: "none", "stroke-width": 1.6, "stroke-linejoin": "round" }],
      ["path", { d: "M10 7.5v4.6", "stroke-width": 1.8, "stroke-linecap": "round" }],
      ["circle", { cx: 10, cy: 14.6, r: 1.1, stroke: "none" }]],
    stop: [["path", { d: "M6.6 1.8h6.8l4.8 4.8v6.8l-4.8 4.8H6.6l-4.8-4.8V6.6z", fill: "none", "stroke-width": 1.6, "stroke-linejoin": "round" }],
      ["path", { d: "M6 10h8", "stroke-width": 2, "stroke-linecap": "round" }]],
    error: [["circle", { cx: 10, cy: 10, r: 8.5, fill: "none", "stroke-width": 1.6 }],
      ["path", { d: "M7 7l6 6M13 7l-6 6", "stroke-width": 1.8, "stroke-linecap": "round" }]]
  };

  function icon(kind) {
    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("viewBox", "0 0 20 20");
    svg.setAttribute("width", "20");
    svg.setAttribute("height", "20");
    svg.setAttribute("class", "verdict-icon");
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("focusable", "false");
    svg.setAttribute("data-icon", kind);
    ICONS[kind].forEach(function (shape) {
      var node = document.createElementNS(SVG, shape[0]);
      Object.keys(shape[1]).forEach(function (name) { node.setAttribute(name, String(shape[1][name])); });
      svg.appendChild(node);
    });
    return svg;
  }
  var CHOICES = ["replace", "pseudonym", "mask", "keep"];

  var messages = {};

  function setMessages(m) { messages = m; }

  /** The message for a key, with {0}, {1}… filled in. */
  function t(key) {
    // HTML lower-cases attribute names, so "error-tooLarge" is stored as "error-toolarge".
    var text = messages[String(key).toLowerCase()];
    if (text === undefined) return key;
    var args = Array.prototype.slice.call(arguments, 1);
    return text.replace(/\{(\d+)\}/g, function (all, i) { return args[i] !== undefined ? String(args[i]) : all; });
  }

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (name) {
        if (attrs[name] === null || attrs[name] === undefined || attrs[name] === false) return;
        if (name === "class") e.className = attrs[name];
        else e.setAttribute(name, attrs[name] === true ? "" : attrs[name]);
      });
    }
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  function banner(kind, sentence) {
    var b = el("div", { "class": "verdict " + kind, role: kind === "ok" ? "status" : "alert", "data-verdict": kind });
    b.appendChild(icon(kind));
    var words = el("div", { "class": "verdict-words" });
    var word = t("verdict-word-" + kind);
    words.appendChild(el("strong", { "class": "verdict-word" }, word));
    // The sentence may start with the same word ("Granska: …"); say it once.
    if (sentence.toLowerCase().indexOf(word.toLowerCase() + ":") === 0) {
      sentence = sentence.substring(word.length + 1).trim();
      sentence = sentence.charAt(0).toUpperCase() + sentence.substring(1);
    }
    words.appendChild(el("span", { "class": "verdict-sentence" }, sentence));
    b.appendChild(words);
    return b;
  }

  function busy(container, key) {
    container.replaceChildren(el("p", { "class": "busy", role: "status" }, t(key || "busy")));
  }

  /** The error state: a red banner with the reason and what to do; never an OK. */
  function error(container, text) {
    container.replaceChildren(banner("error", text));
  }

  function quote(s) {
    var oneLine = s.replace(/\s+/g, " ").trim();
    return "\u201C" + (oneLine.length > 80 ? oneLine.substring(0, 79) + "\u2026" : oneLine) + "\u201D";
  }

  function groupByRule(findings) {
    var groups = [];
    var byRule = {};
    findings.forEach(function (f) {
      var key = f.ruleId || f.category;
      if (!byRule[key]) {
        byRule[key] = { ruleId: key, title: f.title || f.category, explanation: f.explanation, guideline: f.guideline, severity: f.severity, findings: [] };
        groups.push(byRule[key]);
      }
      byRule[key].findings.push(f);
    });
    var rank = { high: 0, medium: 1, low: 2, info: 3 };
    groups.sort(function (a, b) { return (rank[a.severity] || 9) - (rank[b.severity] || 9); });
    return groups;
  }

  /**
   * Renders a check or redaction answer.
   * options: {text, sourceType, canShow, onShow(f), onApply(f, choice), onApplyAll(), redactBusy}
   */
  function result(container, answer, options) {
    var nodes = [];
    nodes.push(banner(answer.verdict, t("verdict-" + answer.verdict)));
    var facts = el("p", { "class": "facts" });
    facts.textContent = t("source-" + options.sourceType, options.text.length) + " " +
      (answer.findings.length ? t("result-count", answer.findings.length) : t("result-none"));
    nodes.push(facts);
    // The administration profile that applied (the service names it when the caller's department has one).
    if (answer.profile && answer.profile.name) {
      nodes.push(el("p", { "class": "hint profile", "data-profile": answer.profile.id }, t("result-profile", answer.profile.name)));
    }

    if (answer.signals && answer.signals.length) {
      nodes.push(el("h2", null, t("result-signals")));
      var signals = el("ul", { "class": "signals" });
      answer.signals.forEach(function (s) { signals.appendChild(el("li", null, s.explanation)); });
      nodes.push(signals);
    }

    if (answer.findings.length) {
      nodes.push(el("h2", null, t("result-findings")));
      groupByRule(answer.findings).forEach(function (group) { nodes.push(ruleGroup(group, options)); });
      if (answer.findings.some(function (f) { return f.redactable; })) {
        var all = el("button", { type: "button", id: "redact-all", "class": "primary" }, t("action-redactAll"));
        all.addEventListener("click", function () { options.onApplyAll(); });
        var bar = el("div", { "class": "actions" });
        bar.appendChild(all);
        nodes.push(bar);
      }
    }

    if (answer.reminders && answer.reminders.length) {
      nodes.push(el("h2", null, t("result-reminders")));
      var reminders = el("ul", { "class": "reminders" });
      answer.reminders.forEach(function (r) { reminders.appendChild(el("li", null, r)); });
      nodes.push(reminders);
    }
    nodes.push(el("p", { "class": "hint policy" }, answer.policyVersion ? "Policy " + answer.policyVersion : ""));
    container.replaceChildren.apply(container, nodes);
  }

  function ruleGroup(group, options) {
    var section = el("section", { "class": "rule severity-" + group.severity, "data-rule": group.ruleId });
    var heading = el("h3");
    heading.appendChild(el("span", { "class": "badge " + group.severity }, t("severity-" + group.severity)));
    heading.appendChild(document.createTextNode(" " + group.title));
    section.appendChild(heading);
    if (group.explanation) section.appendChild(el("p", { "class": "explanation" }, group.explanation));
    if (group.guideline) section.appendChild(el("p", { "class": "guideline" }, t("finding-guideline", group.guideline)));
    var list = el("ul", { "class": "findings" });
    group.findings.forEach(function (f) { list.appendChild(finding(f, options)); });
    section.appendChild(list);
    return section;
  }

  function finding(f, options) {
    var original = options.text.substring(f.start, f.end);
    var item = el("li", { "class": "finding", "data-finding": f.id, "data-category": f.category });
    if (options.canShow) {
      var show = el("button", { type: "button", "class": "link show", "aria-label": t("finding-show", original) }, quote(original));
      show.addEventListener("click", function () { options.onShow(f, show); });
      item.appendChild(show);
    } else {
      item.appendChild(el("span", { "class": "quote" }, quote(original)));
    }
    if (f.suggestion) item.appendChild(el("p", { "class": "suggestion" }, t("finding-suggestion", f.suggestion)));
    if (f.redactable) {
      var row = el("div", { "class": "choice-row" });
      var selectId = "choice-" + f.id;
      row.appendChild(el("label", { "for": selectId, "class": "visually-hidden" }, t("finding-choice", quote(original))));
      var select = el("select", { id: selectId, "class": "choice", "data-finding": f.id });
      select.appendChild(el("option", { value: "" }, t("choice-default", f.suggestion || "")));
      CHOICES.forEach(function (c) { select.appendChild(el("option", { value: c }, t("choice-" + c))); });
      row.appendChild(select);
      var apply = el("button", { type: "button", "class": "apply", "aria-label": t("finding-apply-label", quote(original)) }, t("finding-apply"));
      apply.addEventListener("click", function () { options.onApply(f, select.value); });
      row.appendChild(apply);
      item.appendChild(row);
    } else {
      item.appendChild(el("p", { "class": "note" }, t("finding-notRedactable")));
    }
    return item;
  }

  /** The per-finding choices currently selected in the result: {findingId: choice}. */
  function choices(container) {
    var out = {};
    Array.prototype.forEach.call(container.querySelectorAll("select.choice"), function (s) {
      if (s.value) out[s.getAttribute("data-finding")] = s.value;
    });
    return out;
  }

  function status(node, text, isError) {
    node.textContent = text || "";
    node.classList.toggle("error-text", !!isError);
  }

  window.PrecheckRender = {
    setMessages: setMessages, t: t, busy: busy, error: error, result: result, choices: choices, status: status
  };
})();
