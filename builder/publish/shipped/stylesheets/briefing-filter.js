/* Briefing: filters and sorting for the directory pages (actors, events, articles, topics).
 *
 * A page lists its rows as plain HTML, so it reads without this script. A form
 * <form class="briefing-filter" data-target="ID" hidden> names the block (table or
 * list container) it filters; the script shows the form and, on every change, hides
 * the rows (tbody tr, or li) that do not match:
 *   <input data-key="text">      the row's text contains the words typed;
 *   <select data-key="NAME">     the row's data-NAME (space-separated tokens) holds the value;
 *   <input type="checkbox" data-open>  opens the folded <details> of the block.
 * A header cell with data-sort sorts its table by that column (data-v of the cell, else its text;
 * data-sort="num" compares numbers). No network, no library: works from file:// too.
 */
(function () {
  "use strict";

  function rowsOf(block) {
    return Array.prototype.slice.call(block.querySelectorAll("tbody tr, li.briefing-item"));
  }

  function setUp(form) {
    var block = document.getElementById(form.getAttribute("data-target"));
    if (!block || form.getAttribute("data-ready")) return;
    form.setAttribute("data-ready", "1");
    form.hidden = false;
    var rows = rowsOf(block);
    var texts = rows.map(function (r) { return (r.getAttribute("data-text") || r.textContent).toLowerCase(); });
    var count = form.querySelector(".briefing-filter-count");
    var details = Array.prototype.slice.call(block.querySelectorAll("details"));
    var initial = details.map(function (d) { return d.open; });

    function apply() {
      var words = [], keys = [], filtering = false;
      Array.prototype.forEach.call(form.querySelectorAll("[data-key]"), function (el) {
        var v = (el.value || "").trim().toLowerCase();
        if (!v) return;
        filtering = true;
        if (el.getAttribute("data-key") === "text") words = v.split(/\s+/);
        else keys.push([el.getAttribute("data-key"), v]);
      });
      var shown = 0;
      rows.forEach(function (r, i) {
        var ok = words.every(function (w) { return texts[i].indexOf(w) >= 0; }) &&
          keys.every(function (kv) {
            var have = (r.getAttribute("data-" + kv[0]) || "").toLowerCase().split(" ");
            return have.indexOf(kv[1]) >= 0;
          });
        r.hidden = !ok;
        if (ok) shown++;
      });
      var open = form.querySelector("[data-open]");
      details.forEach(function (d, i) { d.open = filtering || (open && open.checked) || initial[i]; });
      if (count) count.textContent = filtering ? shown + " of " + rows.length + " shown" : rows.length + " in all";
    }

    form.addEventListener("input", apply);
    form.addEventListener("change", apply);
    form.addEventListener("submit", function (ev) { ev.preventDefault(); });
    apply();
  }

  function cellValue(row, index, numeric) {
    var cell = row.cells[index];
    if (!cell) return numeric ? 0 : "";
    var v = cell.getAttribute("data-v");
    if (v === null) v = cell.textContent.trim();
    return numeric ? parseFloat(v) || 0 : v.toLowerCase();
  }

  function sortable(th) {
    if (th.getAttribute("data-ready")) return;
    th.setAttribute("data-ready", "1");
    th.tabIndex = 0;
    th.setAttribute("role", "button");
    th.title = "Sort by this column";
    function sort() {
      var table = th.closest("table");
      var index = Array.prototype.indexOf.call(th.parentNode.cells, th);
      var numeric = th.getAttribute("data-sort") === "num";
      var first = numeric ? "descending" : "ascending";
      var next = th.getAttribute("aria-sort") === first ? (numeric ? "ascending" : "descending") : first;
      var dir = next === "ascending" ? 1 : -1;
      Array.prototype.forEach.call(th.parentNode.cells, function (c) { c.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", next);
      Array.prototype.forEach.call(table.tBodies, function (body) {
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = cellValue(a, index, numeric), y = cellValue(b, index, numeric);
          return x < y ? -dir : x > y ? dir : 0;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    }
    th.addEventListener("click", sort);
    th.addEventListener("keydown", function (ev) { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); sort(); } });
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll("form.briefing-filter"), setUp);
    Array.prototype.forEach.call(document.querySelectorAll("th[data-sort]"), sortable);
  }

  if (typeof window.document$ !== "undefined" && window.document$.subscribe) {
    window.document$.subscribe(init);   /* Material's page-load signal, also after instant navigation */
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
