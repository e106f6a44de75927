/* wgcompare report: filters, diff view and change-by-change keys on pair pages, full text when printing.
   Pages work without it. Filter state lives in the URL's query, so a reload or a shared link keeps it. */
(function () {
  "use strict";

  function openDetailsForPrint() {
    document.querySelectorAll("details:not([open]):not(.unchanged-unit)").forEach(function (details) {
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
  var rows = Array.prototype.slice.call(document.querySelectorAll("article.change[data-status]"));
  var groups = Array.prototype.slice.call(document.querySelectorAll("[data-theme-group]"));
  var count = document.getElementById("filter-count");
  var changes = document.getElementById("changes");
  var FIELDS = ["status", "significance", "theme"];

  function matches(row, wanted) {
    return FIELDS.every(function (name) {
      return !wanted[name] || row.getAttribute("data-" + name) === wanted[name];
    }) && (!wanted.recommendations || row.getAttribute("data-recommendation") === "true");
  }

  function wantedNow() {
    var wanted = {recommendations: form.elements.recommendations.checked};
    FIELDS.forEach(function (name) { wanted[name] = form.elements[name].value; });
    wanted.view = form.elements.view.value || "inline";
    return wanted;
  }

  function remember(wanted) {
    var query = new URLSearchParams();
    FIELDS.forEach(function (name) { if (wanted[name]) { query.set(name, wanted[name]); } });
    if (wanted.recommendations) { query.set("recommendations", "true"); }
    if (wanted.view !== "inline") { query.set("view", wanted.view); }
    var text = query.toString();
    try {
      window.history.replaceState(null, "", (text ? "?" + text : window.location.pathname) + window.location.hash);
    } catch (error) { /* some browsers refuse to rewrite file: URLs; the filters still work */ }
  }

  function restore() {
    var query = new URLSearchParams(window.location.search);
    FIELDS.forEach(function (name) {
      var value = query.get(name) || "";
      var select = form.elements[name];
      if (Array.prototype.some.call(select.options, function (o) { return o.value === value; })) {
        select.value = value;
      }
    });
    form.elements.recommendations.checked = query.get("recommendations") === "true";
    var view = ["side", "document"].indexOf(query.get("view")) >= 0 ? query.get("view") : "inline";
    form.querySelector("input[name=view][value=" + view + "]").checked = true;
  }

  function applyFilters() {
    var wanted = wantedNow();
    var shown = 0;
    rows.forEach(function (row) {
      row.hidden = !matches(row, wanted);
      shown += row.hidden ? 0 : 1;
    });
    groups.forEach(function (group) {
      group.hidden = !group.querySelector("article.change:not([hidden])");
    });
    changes.setAttribute("data-view", wanted.view);
    count.textContent = shown + " of " + rows.length + " shown";
    remember(wanted);
  }

  function visibleChanges() {
    return rows.filter(function (row) { return !row.hidden && row.getAttribute("data-status") !== "unchanged"; });
  }

  function step(direction) {
    var list = visibleChanges();
    if (!list.length) { return; }
    var current = list.indexOf(document.getElementById(window.location.hash.slice(1)));
    var target = null;
    if (current >= 0) {
      target = list[current + direction] || null;
    } else {
      var line = 80;  /* below the sticky change buttons */
      target = direction > 0
        ? list.find(function (row) { return row.getBoundingClientRect().top > line; })
        : list.slice().reverse().find(function (row) { return row.getBoundingClientRect().top < 0; });
    }
    if (!target) { return; }
    target.scrollIntoView({block: "start"});
    target.setAttribute("tabindex", "-1");
    target.focus({preventScroll: true});
    try { window.history.replaceState(null, "", window.location.search + "#" + target.id); } catch (error) { /* ignore */ }
  }

  document.addEventListener("keydown", function (event) {
    var tag = (event.target.tagName || "").toLowerCase();
    if (event.altKey || event.ctrlKey || event.metaKey || tag === "input" || tag === "select" || tag === "textarea") {
      return;
    }
    if (event.key === "j") { step(1); } else if (event.key === "k") { step(-1); }
  });
  document.getElementById("next-change").addEventListener("click", function () { step(1); });
  document.getElementById("previous-change").addEventListener("click", function () { step(-1); });

  form.addEventListener("change", applyFilters);
  form.addEventListener("reset", function () { window.setTimeout(applyFilters, 0); });
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  restore();
  form.hidden = false;
  document.getElementById("change-nav").hidden = false;
  applyFilters();
  if (window.location.hash) {
    var anchored = document.getElementById(window.location.hash.slice(1));
    if (anchored) { anchored.scrollIntoView({block: "start"}); }
  }
}());
