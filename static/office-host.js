// Where the text comes from and goes back to: Word, Outlook compose, or (outside Office) the page's
// own text area. Everything Office-specific is here; the rest of the pane only sees this object.
(function () {
  "use strict";

  var READY_TIMEOUT_MS = 10000; // office.js outside Office answers at once; this only guards a hang
  var SEARCH_LIMIT = 255; // Word's body.search() accepts at most 255 characters
  var HIGHLIGHT = "Yellow";
  var HIGHLIGHT_MS = 8000;
  var SEPARATOR = "\n\n";

  var kind = "browser";
  var source = null;      // what the last read covered: {type, segments, range (Word selection, tracked)}
  var highlighted = [];   // Word ranges we highlighted: [{range, previous}]
  var highlightTimer = null;

  function officeLoaded() {
    return typeof Office !== "undefined" && Office && typeof Office.onReady === "function";
  }

  /** Waits for Office.js; resolves "word", "outlook" or "browser" (no Office, other host, or no answer). */
  function init() {
    if (!officeLoaded()) return Promise.resolve(kind = "browser");
    var timeout = new Promise(function (resolve) { setTimeout(function () { resolve(null); }, READY_TIMEOUT_MS); });
    var ready = Promise.resolve().then(function () { return Office.onReady(); }).catch(function () { return null; });
    return Promise.race([ready, timeout]).then(function (info) {
      var host = info && info.host;
      var types = Office.HostType || {};
      if (host && (host === types.Word || host === "Word") && typeof Word !== "undefined") kind = "word";
      else if (host && (host === types.Outlook || host === "Outlook") && Office.context && Office.context.mailbox) kind = "outlook";
      else kind = "browser";
      return kind;
    });
  }

  function inOffice() { return kind === "word" || kind === "outlook"; }

  function displayLanguage() {
    try {
      return inOffice() && Office.context && Office.context.displayLanguage ? String(Office.context.displayLanguage) : null;
    } catch (e) {
      return null;
    }
  }

  function fail(key) { return new window.PrecheckApi.PrecheckError(key); }

  // ---- Reading -------------------------------------------------------------------------------

  /** Reads the text to check: {text, type: selection|document|body|textarea}. */
  function read(textareaValue) {
    if (kind === "word") return readWord().catch(rethrowAs("error-readText"));
    if (kind === "outlook") return readOutlook().catch(rethrowAs("error-readText"));
    source = { type: "textarea", segments: [{ kind: "textarea", start: 0, end: textareaValue.length }] };
    return Promise.resolve({ text: textareaValue, type: "textarea" });
  }

  function rethrowAs(key) {
    return function (error) {
      if (error && error.name === "PrecheckError") throw error;
      throw fail(key);
    };
  }

  function supported(set, version) {
    try {
      return !!(Office.context.requirements && Office.context.requirements.isSetSupported(set, version));
    } catch (e) {
      return false;
    }
  }

  function untrackSource() {
    if (source && source.range) {
      var range = source.range;
      source.range = null;
      Word.run(range, function (context) {
        context.trackedObjects.remove(range);
        return context.sync();
      }).catch(function () { /* the range may be gone with the document */ });
    }
  }

  function readWord() {
    untrackSource();
    return Word.run(function (context) {
      var selection = context.document.getSelection();
      selection.load("text");
      return context.sync().then(function () {
        if (selection.text && selection.text.trim() !== "") {
          // Keep the selection so that "replace" and "show" act on it after the user clicks around.
          context.trackedObjects.add(selection);
          return context.sync().then(function () {
            source = { type: "selection", range: selection, segments: [{ kind: "selection", start: 0, end: selection.text.length }] };
            return { text: selection.text, type: "selection" };
          });
        }
        return readWordDocument(context);
      });
    });
  }

  /** The body, then headers, footers, footnotes, endnotes and comments where the API version has them. */
  function readWordDocument(context) {
    var document = context.document;
    var parts = [{ kind: "body", object: document.body }];
    var sections = document.sections;
    sections.load("items");
    return context.sync().then(function () {
      var types = ["Primary", "FirstPage", "EvenPages"];
      sections.items.forEach(function (section, index) {
        types.forEach(function (type) {
          parts.push({ kind: "header", section: index, type: type, object: section.getHeader(type) });
          parts.push({ kind: "footer", section: index, type: type, object: section.getFooter(type) });
        });
      });
      var notes = [];
      if (supported("WordApi", "1.5")) {
        notes.push({ kind: "footnote", collection: document.body.footnotes });
        notes.push({ kind: "endnote", collection: document.body.endnotes });
      }
      var comments = supported("WordApi", "1.4") ? document.body.getComments() : null;
      parts.forEach(function (p) { p.object.load("text"); });
      notes.forEach(function (n) { n.collection.load("items/body/text"); });
      if (comments) comments.load("items/content");
      return context.sync().then(function () {
        notes.forEach(function (n) {
          n.collection.items.forEach(function (item, index) {
            parts.push({ kind: n.kind, index: index, object: item.body, text: item.body.text });
          });
        });
        if (comments) {
          comments.items.forEach(function (c, index) { parts.push({ kind: "comment", index: index, text: c.content }); });
        }
        return joinParts(parts);
      });
    });
  }

  function joinParts(parts) {
    var text = "";
    var segments = [];
    var seen = {}; // headers and footers linked to the previous section repeat the same text
    parts.forEach(function (p) {
      var partText = p.text !== undefined ? p.text : p.object.text;
      if (!partText || partText.trim() === "") return;
      if (p.kind === "header" || p.kind === "footer") {
        if (seen[p.kind + "\u0000" + partText]) return;
        seen[p.kind + "\u0000" + partText] = true;
      }
      if (text !== "") text += SEPARATOR;
      segments.push({ kind: p.kind, section: p.section, type: p.type, index: p.index, start: text.length, end: text.length + partText.length });
      text += partText;
    });
    source = { type: "document", segments: segments };
    return { text: text, type: "document" };
  }

  function outlookCall(fn) {
    return new Promise(function (resolve, reject) {
      fn(function (result) {
        if (result && result.status === Office.AsyncResultStatus.Succeeded) resolve(result.value);
        else reject(result && result.error);
      });
    });
  }

  function readOutlook() {
    var item = Office.context.mailbox.item;
    if (!item || typeof item.getSelectedDataAsync !== "function") {
      // Read mode: no selection API; the pane is for drafts.
      return Promise.reject(fail("error-readOnly"));
    }
    return outlookCall(function (cb) { item.getSelectedDataAsync(Office.CoercionType.Text, cb); })
      .catch(function () { return null; })
      .then(function (selected) {
        if (selected && selected.sourceProperty === "body" && selected.data && selected.data.trim() !== "") {
          source = { type: "selection", segments: [{ kind: "selection", start: 0, end: selected.data.length }] };
          return { text: selected.data, type: "selection" };
        }
        return outlookCall(function (cb) { item.body.getAsync(Office.CoercionType.Text, cb); }).then(function (body) {
          source = { type: "body", segments: [{ kind: "body", start: 0, end: body.length }] };
          return { text: body, type: "body" };
        });
      });
  }

  // ---- Showing a finding -----------------------------------------------------------------------

  function canShowFindings() { return kind === "word"; }

  function occurrenceBefore(haystack, needle, position) {
    var count = 0;
    var from = 0;
    for (;;) {
      var at = haystack.indexOf(needle, from);
      if (at < 0 || at >= position) return count;
      count++;
      from = at + needle.length;
    }
  }

  function escapeSearch(text) {
    return text.replace(/\^/g, "^^");
  }

  function searchTarget(context, segment) {
    var document = context.document;
    if (segment.kind === "selection") return source.range;
    if (segment.kind === "body") return document.body;
    if (segment.kind === "header" || segment.kind === "footer") {
      var sections = document.sections;
      return { deferred: sections, pick: function () {
        var section = sections.items[segment.section];
        return segment.kind === "header" ? section.getHeader(segment.type) : section.getFooter(segment.type);
      } };
    }
    if (segment.kind === "footnote" || segment.kind === "endnote") {
      var notes = segment.kind === "footnote" ? document.body.footnotes : document.body.endnotes;
      return { deferred: notes, pick: function () { return notes.items[segment.index].body; } };
    }
    return null; // comments: Office.js cannot select text inside a comment
  }

  /** Selects and highlights the finding's text in the document; resolves true when found. */
  function showFinding(fullText, start, end) {
    if (kind !== "word" || !source) return Promise.resolve(false);
    var segment = source.segments.filter(function (s) { return start >= s.start && end <= s.end; })[0];
    if (!segment) return Promise.resolve(false);
    var needle = fullText.substring(start, end);
    var segmentText = fullText.substring(segment.start, segment.end);
    var nth = occurrenceBefore(segmentText, needle, start - segment.start);
    var query = escapeSearch(needle.length > SEARCH_LIMIT ? needle.substring(0, SEARCH_LIMIT) : needle);
    if (needle.trim() === "") return Promise.resolve(false);
    return clearHighlights().then(function () {
      var run = segment.kind === "selection" && source.range
        ? function (batch) { return Word.run(source.range, batch); }
        : function (batch) { return Word.run(batch); };
      return run(function (context) {
        var target = searchTarget(context, segment);
        if (!target) return false;
        var ready = target.deferred ? (target.deferred.load("items"), context.sync().then(target.pick)) : Promise.resolve(target);
        return ready.then(function (container) {
          var found = container.search(query, { matchCase: true });
          found.load("items");
          return context.sync().then(function () {
            if (!found.items.length) return false;
            var range = found.items[Math.min(nth, found.items.length - 1)];
            range.load("font/highlightColor");
            return context.sync().then(function () {
              var previous = range.font.highlightColor || null;
              range.font.highlightColor = HIGHLIGHT;
              range.select();
              context.trackedObjects.add(range);
              return context.sync().then(function () {
                highlighted.push({ range: range, previous: previous });
                highlightTimer = setTimeout(function () { clearHighlights(); }, HIGHLIGHT_MS);
                return true;
              });
            });
          });
        });
      });
    }).catch(function () { return false; });
  }

  /** Puts back the highlight colour each shown finding had before. */
  function clearHighlights() {
    if (highlightTimer) { clearTimeout(highlightTimer); highlightTimer = null; }
    var pending = highlighted;
    highlighted = [];
    if (kind !== "word" || !pending.length) return Promise.resolve();
    return Promise.all(pending.map(function (h) {
      return Word.run(h.range, function (context) {
        h.range.font.highlightColor = h.previous; // null removes the highlight
        context.trackedObjects.remove(h.range);
        return context.sync();
      }).catch(function () { /* the text may have been deleted meanwhile */ });
    })).then(function () { return undefined; });
  }

  // ---- Writing back ----------------------------------------------------------------------------

  /** Whether the checked text can be replaced in place: Word selection, Outlook selection or body. */
  function canReplace() {
    if (!source) return false;
    if (kind === "word") return source.type === "selection" && !!source.range;
    if (kind === "outlook") return source.type === "selection" || source.type === "body";
    return false;
  }

  function replaceSource(text) {
    if (!canReplace()) return Promise.reject(fail("error-write"));
    var done;
    if (kind === "word") {
      var range = source.range;
      // insertText(…, "Replace") is one undoable edit in Word.
      done = clearHighlights().then(function () {
        return Word.run(range, function (context) {
          var inserted = range.insertText(text, "Replace");
          context.trackedObjects.remove(range);
          return context.sync().then(function () { return inserted; });
        });
      }).then(function () { source.range = null; source.type = "replaced"; });
    } else {
      var item = Office.context.mailbox.item;
      var options = { coercionType: Office.CoercionType.Text };
      done = source.type === "selection"
        ? outlookCall(function (cb) { item.setSelectedDataAsync(text, options, cb); })
        : outlookCall(function (cb) { item.body.setAsync(text, options, cb); });
      done = done.then(function () { source.type = "replaced"; });
    }
    return done.catch(rethrowAs("error-write"));
  }

  function canInsert() { return inOffice(); }
  function canMarkDraft() { return kind === "word"; }

  /**
   * Inserts Copilot's (restored) answer at the cursor/selection. In Word, optionally inside a
   * content control tagged "ai-utkast", so the draft stays visibly marked until someone reviews it.
   */
  function insertAnswer(text, markAsDraft, draftTitle) {
    var done;
    if (kind === "word") {
      done = Word.run(function (context) {
        var range = context.document.getSelection().insertText(text, "Replace");
        if (markAsDraft) {
          var control = range.insertContentControl();
          control.tag = "ai-utkast";
          control.title = draftTitle;
          control.appearance = "BoundingBox";
        }
        return context.sync();
      });
    } else if (kind === "outlook") {
      var item = Office.context.mailbox.item;
      done = outlookCall(function (cb) { item.setSelectedDataAsync(text, { coercionType: Office.CoercionType.Text }, cb); });
    } else {
      done = Promise.reject(fail("error-write"));
    }
    return done.catch(rethrowAs("error-write"));
  }

  /** Opens Copilot: in Office through the host (a real browser window), else a new tab. */
  function openUrl(url) {
    if (inOffice() && Office.context.ui && typeof Office.context.ui.openBrowserWindow === "function") {
      Office.context.ui.openBrowserWindow(url);
      return true;
    }
    return false;
  }

  window.PrecheckHost = {
    init: init,
    kind: function () { return kind; },
    displayLanguage: displayLanguage,
    read: read,
    canShowFindings: canShowFindings,
    showFinding: showFinding,
    clearHighlights: clearHighlights,
    canReplace: canReplace,
    replaceSource: replaceSource,
    canInsert: canInsert,
    canMarkDraft: canMarkDraft,
    insertAnswer: insertAnswer,
    openUrl: openUrl,
    sourceType: function () { return source ? source.type : null; }
  };
})();
