// Keyboard shortcuts for the common path. Everything works without this file: forms post and
// links navigate; this only moves focus and clicks what is already on the page.
(function () {
  "use strict";
  function typing(e) {
    var t = e.target;
    return t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.tagName === "SELECT" || t.isContentEditable);
  }
  function rows() { return Array.prototype.slice.call(document.querySelectorAll("tr.row")); }
  var current = -1;
  function select(i) {
    var all = rows();
    if (!all.length) { return; }
    current = Math.max(0, Math.min(all.length - 1, i));
    all.forEach(function (r, j) { r.classList.toggle("current", j === current); });
    all[current].scrollIntoView({ block: "nearest" });
  }
  function click(id) {
    var b = document.getElementById(id);
    if (b) { b.click(); }
  }
  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey || typing(e)) { return; }
    var all = rows();
    switch (e.key) {
      case "j": select(current + 1); e.preventDefault(); break;
      case "k": select(current - 1); e.preventDefault(); break;
      case "Enter":
        if (current >= 0 && all[current]) { window.location.href = all[current].getAttribute("data-href"); }
        break;
      case "a": click("do-approve"); break;
      case "r": click("do-reject"); break;
      case "s": click("do-shortlist"); break;
      case "u": click("do-undo"); break;
      case "n": {
        var note = document.getElementById("note");
        if (note) { note.focus(); e.preventDefault(); }
        break;
      }
      case "/": {
        var q = document.getElementById("q");
        if (q) { q.focus(); e.preventDefault(); }
        break;
      }
      default: break;
    }
  });
})();
