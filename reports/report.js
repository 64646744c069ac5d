// barrieraudit report: sortable tables, "rank by" a group, and a site filter - as
// progressive enhancement. Without JavaScript the tables stay readable in ranked order.
(function () {
  "use strict";
  function cellValue(row, index, kind) {
    var cell = row.children[index];
    var raw = cell.getAttribute("data-value");
    var text = raw !== null ? raw : cell.textContent.trim();
    return kind === "number" ? parseFloat(text) || 0 : text.toLocaleLowerCase();
  }
  function sortBy(table, index, kind, ascending) {
    var headers = table.querySelectorAll("thead th");
    headers.forEach(function (th) { th.removeAttribute("aria-sort"); });
    headers[index].setAttribute("aria-sort", ascending ? "ascending" : "descending");
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = cellValue(a, index, kind), y = cellValue(b, index, kind);
      var order = x < y ? -1 : x > y ? 1 : 0;
      return ascending ? order : -order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
  }
  document.querySelectorAll("table.sortable").forEach(function (table) {
    table.querySelectorAll("thead th[data-sort]").forEach(function (header, index) {
      var button = document.createElement("button");
      button.type = "button";
      while (header.firstChild) { button.appendChild(header.firstChild); }
      header.appendChild(button);
      button.addEventListener("click", function () {
        var kind = header.getAttribute("data-sort");
        // Scores read best first; names and ranks read from the top.
        var ascending = header.getAttribute("aria-sort") === "descending" ||
          (header.getAttribute("aria-sort") === null && (kind === "text" || index === 0));
        sortBy(table, index, kind, ascending);
      });
    });
  });
  // The page's own words for the live status, in the report's language (base.html.j2).
  var strings = {};
  var stringsNode = document.getElementById("report-strings");
  if (stringsNode) { strings = JSON.parse(stringsNode.textContent); }
  function say(template, values) {
    return template.replace(/\{(\w+)\}/g, function (_, key) { return values[key]; });
  }
  var numbers = new Intl.NumberFormat(strings.lang || document.documentElement.lang || "en");
  var controls = document.getElementById("ranking-controls");
  var table = document.getElementById("ranking");
  if (controls && table) {
    controls.hidden = false;
    var status = document.getElementById("filter-status");
    document.getElementById("rank-by").addEventListener("change", function (event) {
      sortBy(table, parseInt(event.target.value, 10), "number", false);
      status.textContent = say(strings.sorted || "Sorted by {label}, best first.",
                               {label: event.target.selectedOptions[0].textContent});
    });
    document.getElementById("site-filter").addEventListener("input", function (event) {
      var needle = event.target.value.trim().toLowerCase();
      var shown = 0;
      Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
        var match = row.children[1].textContent.toLowerCase().indexOf(needle) !== -1;
        row.hidden = !match;
        if (match) { shown += 1; }
      });
      status.textContent = say(strings.shown || "{shown} of {total} sites shown.",
                               {shown: numbers.format(shown), total: numbers.format(table.tBodies[0].rows.length)});
    });
  }
})();
