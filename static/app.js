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
            if (note) note.textContent = "Every message has been handed over.";
          } else {
            if (note) note.textContent = "Mail is being delivered; these numbers update by themselves.";
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
