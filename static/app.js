// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";
  // Offer the browser's own time zone on pages with a zone picker.
  function offerBrowserZone() {
    var spot = document.querySelector(".detect-zone");
    if (!spot || !window.Intl) return;
    var zone;
    try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone; } catch (e) { return; }
    if (!zone || zone === spot.getAttribute("data-current")) return;
    var a = document.createElement("a");
    a.className = "button secondary use-browser-zone";
    a.href = spot.getAttribute("data-base") + "?tz=" + encodeURIComponent(zone);
    // The label comes in the page's language, with "{zone}" where the zone goes.
    a.textContent = (spot.getAttribute("data-label") || "{zone}").replace("{zone}", zone);
    spot.appendChild(a);
    spot.hidden = false;
  }
  // Fill hidden/empty time-zone form fields from the browser.
  function prefillZoneFields() {
    var zone;
    try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone; } catch (e) { return; }
    // Only on a fresh form: after an error the person's own value stays.
    if (document.querySelector(".error-summary")) return;
    document.querySelectorAll("input[data-browser-zone]").forEach(function (input) {
      if (zone && input.value === input.defaultValue) { input.value = zone; }
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    offerBrowserZone();
    prefillZoneFields();
  });
})();

// A filter box above long selects (the country list): type to narrow the options.
// Without JavaScript the plain select still works, with type-ahead by first letters.
// Matching ignores case and accents and knows aliases (each option's data-search,
// written by the server: "usa", "south korea", "ivory coast"); every word typed
// must occur in the name or in one alias. The selection never stays on a hidden
// option: it moves to the best match (a name equal to what was typed, then one
// starting with it, then the first in the list), or back to "Select a country" when nothing
// matches, so what is submitted is always what is shown.
(function () {
  "use strict";
  function fold(s) {
    s = String(s).toLowerCase();
    if (s.normalize) { s = s.normalize("NFD").replace(/[\u0300-\u036f\u064b-\u065f\u0670]/g, ""); }
    return s.replace(/\u00df/g, "ss").replace(/\u00e6/g, "ae").replace(/\u0153/g, "oe")
      .replace(/\u00f8/g, "o").replace(/\u0142/g, "l").replace(/\u0111/g, "d").replace(/\u0131/g, "i")
      .replace(/[^0-9a-z\u00c0-\uffff]+/g, " ").trim();
  }
  // 0: no match; 1: every word occurs in a name; 2: a name starts with the
  // query; 3: a name is the query ("uk" is the United Kingdom before Ukraine).
  function score(option, q, words) {
    var names = (option.getAttribute("data-search") || fold(option.text)).split(" | ");
    var best = 0;
    names.forEach(function (n) {
      if (n === q) { best = 3; }
      else if (best < 2 && n.indexOf(q) === 0) { best = 2; }
      else if (best < 1 && words.every(function (w) { return n.indexOf(w) !== -1; })) { best = 1; }
    });
    return best;
  }
  function enhance(select) {
    var input = document.createElement("input");
    input.type = "search";
    input.className = "country-filter";
    input.setAttribute("aria-label", "Filter the list of countries");
    input.setAttribute("aria-controls", select.id);
    input.placeholder = "Type to filter the list";
    input.autocomplete = "off";
    select.parentNode.insertBefore(input, select);
    var status = document.createElement("p");
    status.className = "hint country-filter-status";
    status.setAttribute("role", "status");
    select.parentNode.insertBefore(status, select.nextSibling);
    var options = Array.prototype.slice.call(select.options);
    var placeholder = options.filter(function (o) { return !o.value; })[0] || null;
    input.addEventListener("input", function () {
      var q = fold(input.value);
      var words = q ? q.split(" ") : [];
      var firstMatch = null;
      var firstScore = 0;
      var count = 0;
      options.forEach(function (o) {
        var points = o.value ? (words.length ? score(o, q, words) : 1) : 1;
        var show = !o.value || points > 0;
        o.hidden = !show;
        if (show && o.value) {
          count += 1;
          if (points > firstScore) { firstMatch = o; firstScore = points; }
        }
      });
      var current = select.options[select.selectedIndex];
      var before = select.value;
      if (q && firstMatch && (!current || current.hidden || !current.value)) {
        select.value = firstMatch.value;
      } else if (current && current.hidden) {
        select.value = placeholder ? placeholder.value : "";
      }
      if (select.value !== before) {
        select.dispatchEvent(new Event("change", { bubbles: true }));
      }
      if (!q) {
        status.textContent = "";
      } else if (!count) {
        status.textContent = "No country matches \u201c" + input.value.trim() + "\u201d.";
      } else {
        var chosen = select.options[select.selectedIndex];
        status.textContent = count + (count === 1 ? " country matches" : " countries match") +
          (chosen && chosen.value ? "; selected: " + chosen.text + "." : ".");
      }
    });
  }
  // GOV.UK pattern: move focus to the error summary so screen readers announce it.
  function focusErrors() {
    var summary = document.querySelector(".error-summary");
    if (summary) { summary.focus(); }
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("select[data-searchable]").forEach(enhance);
    focusErrors();
  });
})();

// ---- Back office: announcement progress (organize/announcements/show.html) ----
// Refreshes the queued/sent/failed counts from the page's JSON every 2.5 s until
// nothing is queued. Without JavaScript the page has a reload link instead.
(function () {
  "use strict";
  function poll(box) {
    var url = box.getAttribute("data-progress-url");
    if (!url || !window.fetch) return;
    var note = box.querySelector("[data-progress-note]");
    function tick() {
      fetch(url, { credentials: "same-origin", headers: { "Accept": "application/json" } })
        .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
        .then(function (data) {
          ["queued", "sent", "failed", "total"].forEach(function (k) {
            var cell = box.querySelector('[data-count="' + k + '"]');
            if (cell && String(data[k]) !== cell.textContent) { cell.textContent = String(data[k]); }
          });
          if (data.done) {
            if (note) note.textContent = note.getAttribute("data-done-text") || "Every message has been handed over.";
          } else {
            if (note) note.textContent = note.getAttribute("data-live-text") || "Mail is being delivered; these numbers update by themselves.";
            window.setTimeout(tick, 2500);
          }
        })
        .catch(function () { /* keep the last numbers; the reload link still works */ });
    }
    window.setTimeout(tick, 2500);
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-progress-url]").forEach(poll);
  });
})();
// ---- Moderators' roster (templates/moderate/roster.html) ----
// While a session runs, the server marks the live part of the roster with
// data-live-url; poll it every 15 s and swap the content in. Skipped while the tab
// is hidden or the moderator's focus is inside the table (a button about to be
// pressed must not move). Without JavaScript the page has a plain Refresh link.
(function () {
  "use strict";
  var PERIOD_MS = 15000;
  function startRoster() {
    var live = document.getElementById("roster-live");
    var url = live && live.getAttribute("data-live-url");
    if (!url || !window.fetch || !window.DOMParser) return;
    var timer = null;
    function tick() {
      if (document.hidden || live.contains(document.activeElement)) return;
      fetch(url, { credentials: "same-origin", headers: { "Accept": "text/html" }, cache: "no-store" })
        .then(function (r) {
          // A sign-out or lost access lands on another page: stop quietly.
          if (!r.ok || r.redirected) { window.clearInterval(timer); return null; }
          return r.text();
        })
        .then(function (html) {
          if (html === null || html === undefined) return;
          var doc = new DOMParser().parseFromString("<div>" + html + "</div>", "text/html");
          var fresh = doc.body.firstElementChild;
          if (fresh) live.replaceChildren.apply(live, Array.prototype.slice.call(fresh.childNodes));
        })
        .catch(function () { /* network hiccup: try again next time */ });
    }
    timer = window.setInterval(tick, PERIOD_MS);
  }
  function offerPrint() {
    document.querySelectorAll("button[data-print]").forEach(function (b) {
      b.hidden = false;
      b.addEventListener("click", function () { window.print(); });
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    startRoster();
    offerPrint();
  });
})();
// ---- end of the moderators' roster ----
// ---- mail: copy buttons (the calendar feed address on My conference) ----
// A `<button data-copy="ID" hidden>` copies the text of element ID; it shows only
// where the clipboard can be written, so without JavaScript nothing is offered.
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    if (!navigator.clipboard) return;
    document.querySelectorAll("button[data-copy]").forEach(function (b) {
      var source = document.getElementById(b.getAttribute("data-copy"));
      if (!source) return;
      var label = b.textContent;
      b.hidden = false;
      b.addEventListener("click", function () {
        navigator.clipboard.writeText(source.textContent.trim()).then(function () {
          b.textContent = "Copied";
          window.setTimeout(function () { b.textContent = label; }, 2000);
        });
      });
    });
  });
})();
// ---- end of mail: copy buttons ----
