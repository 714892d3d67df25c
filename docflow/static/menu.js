// Phone width (issue 21): the main menu folds behind "☰ Menu" so every page starts with its
// content, not half a screen of links. Desktop widths show it as before (CSS in app.css).
(function () {
  "use strict";
  document.documentElement.classList.add("js");
  var button = document.getElementById("menu-toggle");
  if (!button) { return; }
  var bar = button.closest(".topbar");
  button.addEventListener("click", function () {
    var open = !bar.classList.contains("menu-open");
    bar.classList.toggle("menu-open", open);
    button.setAttribute("aria-expanded", open ? "true" : "false");
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && bar.classList.contains("menu-open")) {
      bar.classList.remove("menu-open");
      button.setAttribute("aria-expanded", "false");
      button.focus();
    }
  });
})();
