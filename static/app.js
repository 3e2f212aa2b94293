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
    a.textContent = "Use my time zone (" + zone + ")";
    spot.appendChild(a);
    spot.hidden = false;
  }
  // Fill hidden/empty time-zone form fields from the browser.
  function prefillZoneFields() {
    var zone;
    try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone; } catch (e) { return; }
    document.querySelectorAll("input[data-browser-zone]").forEach(function (input) {
      if (zone && input.getAttribute("data-user-set") !== "1") { input.value = zone; }
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    offerBrowserZone();
    prefillZoneFields();
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
