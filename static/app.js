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
