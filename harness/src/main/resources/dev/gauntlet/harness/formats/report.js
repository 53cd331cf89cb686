"use strict";
// Progressive enhancement only: the page reads the same without it.
(function () {
  document.querySelectorAll("input.only-failed").forEach(function (box) {
    box.addEventListener("change", function () {
      document.querySelectorAll("input.only-failed").forEach(function (other) {
        other.checked = box.checked;
      });
      document.body.classList.toggle("only-failed", box.checked);
    });
  });
  document.querySelectorAll("button.copy").forEach(function (button) {
    button.addEventListener("click", function () {
      var text = button.getAttribute("data-copy");
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text).then(function () { button.textContent = "copied"; },
          function () { button.textContent = "select and copy"; });
      } else {
        button.textContent = "select and copy";
      }
    });
  });
  var ready = document.getElementById("gauntlet-ready");
  ready.setAttribute("data-checks", String(document.querySelectorAll("table.checks tbody tr").length));
  ready.setAttribute("data-state", "ready");
})();
