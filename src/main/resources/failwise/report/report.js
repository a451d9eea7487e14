// failwise report: sorts tables by severity or by any column, and opens a why tree a link points at.
(function () {
  "use strict";
  var RANK = { ERROR: 3, WARNING: 2, INFO: 1 };

  function keyOf(row, index, kind) {
    var cell = row.cells[index];
    if (kind === "severity") {
      return RANK[cell.getAttribute("data-value")] || 0;
    }
    return cell.textContent.trim().toLowerCase();
  }

  // direction 1 is the natural order: most severe first for severity, a to z for text; ties keep file order.
  function sortTable(table, index, direction) {
    var head = table.tHead.rows[0].cells[index];
    var kind = head.getAttribute("data-sort");
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.forEach(function (r, n) { if (!r.hasAttribute("data-order")) { r.setAttribute("data-order", n); } });
    rows.sort(function (a, b) {
      var x = keyOf(a, index, kind), y = keyOf(b, index, kind);
      var c = x < y ? -1 : x > y ? 1 : 0;
      if (kind === "severity") { c = -c; }
      return c * direction || a.getAttribute("data-order") - b.getAttribute("data-order");
    });
    rows.forEach(function (r) { body.appendChild(r); });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) { th.removeAttribute("aria-sort"); });
    var descending = (kind === "severity") === (direction === 1);
    head.setAttribute("aria-sort", descending ? "descending" : "ascending");
    table.setAttribute("data-sorted", kind + (direction === 1 ? "" : "-reversed"));
  }

  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, index) {
      if (!th.hasAttribute("data-sort")) { return; }
      var button = document.createElement("button");
      button.type = "button";
      button.textContent = th.textContent;
      th.textContent = "";
      th.appendChild(button);
      button.addEventListener("click", function () {
        var natural = th.getAttribute("aria-sort") === ((th.getAttribute("data-sort") === "severity") ? "descending" : "ascending");
        sortTable(table, index, natural ? -1 : 1);
      });
      if (th.hasAttribute("data-default")) { sortTable(table, index, 1); }
    });
  });

  function openTarget() {
    var target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    for (var el = target; el; el = el.parentElement) {
      if (el.tagName === "DETAILS") { el.open = true; }
    }
  }
  window.addEventListener("hashchange", openTarget);
  openTarget();

  Array.prototype.forEach.call(document.querySelectorAll(".tools"), function (tools) {
    tools.hidden = false;
    tools.addEventListener("click", function (event) {
      var open = event.target.getAttribute("data-open");
      if (open === null) { return; }
      Array.prototype.forEach.call(tools.parentElement.querySelectorAll("details"), function (d) {
        d.open = open === "true";
      });
    });
  });
})();
