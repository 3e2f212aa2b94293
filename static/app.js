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
(function () {
  "use strict";
  function enhance(select) {
    var input = document.createElement("input");
    input.type = "search";
    input.className = "country-filter";
    input.setAttribute("aria-label", "Filter the list of countries");
    input.setAttribute("aria-controls", select.id);
    input.placeholder = "Type to filter the list";
    input.autocomplete = "off";
    select.parentNode.insertBefore(input, select);
    var options = Array.prototype.slice.call(select.options);
    input.addEventListener("input", function () {
      var q = input.value.trim().toLowerCase();
      var firstMatch = null;
      options.forEach(function (o) {
        var show = !o.value || o.text.toLowerCase().indexOf(q) !== -1;
        o.hidden = !show;
        if (show && o.value && !firstMatch) { firstMatch = o; }
      });
      if (q && firstMatch && (select.selectedIndex < 0 || select.options[select.selectedIndex].hidden)) {
        select.value = firstMatch.value;
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
