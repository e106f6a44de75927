/* wgcompare report: filters on pair pages, and full text shown when printing. Pages work without it. */
(function () {
  "use strict";

  function openDetailsForPrint() {
    document.querySelectorAll("details:not([open])").forEach(function (details) {
      details.open = true;
      details.setAttribute("data-print-opened", "");
    });
  }

  function closeDetailsAfterPrint() {
    document.querySelectorAll("details[data-print-opened]").forEach(function (details) {
      details.open = false;
      details.removeAttribute("data-print-opened");
    });
  }

  window.addEventListener("beforeprint", openDetailsForPrint);
  window.addEventListener("afterprint", closeDetailsAfterPrint);

  var form = document.getElementById("filters");
  if (!form) {
    return;
  }
  var rows = Array.prototype.slice.call(document.querySelectorAll("tbody.change[data-status]"));
  var groups = Array.prototype.slice.call(document.querySelectorAll("[data-theme-group]"));
  var count = document.getElementById("filter-count");

  function matches(row, status, theme, recommendationsOnly) {
    return (!status || row.getAttribute("data-status") === status) &&
      (!theme || row.getAttribute("data-theme") === theme) &&
      (!recommendationsOnly || row.getAttribute("data-recommendation") === "true");
  }

  function applyFilters() {
    var status = form.elements.status.value;
    var theme = form.elements.theme.value;
    var recommendationsOnly = form.elements.recommendations.checked;
    var shown = 0;
    rows.forEach(function (row) {
      row.hidden = !matches(row, status, theme, recommendationsOnly);
      shown += row.hidden ? 0 : 1;
    });
    groups.forEach(function (group) {
      group.hidden = !group.querySelector("tbody.change:not([hidden])");
    });
    count.textContent = shown + " of " + rows.length + " shown";
  }

  form.addEventListener("change", applyFilters);
  form.addEventListener("reset", function () { window.setTimeout(applyFilters, 0); });
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.hidden = false;
  applyFilters();
}());
