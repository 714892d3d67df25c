// Files over the limit are refused before they are sent (issue 21): the form stays as typed,
// the reason appears under the field. The server checks again (docflow/web/uploads.py).
(function () {
  "use strict";
  function isWord(name) { return /\.(docx|doc|odt)$/i.test(name); }

  function problem(input) {
    var files = input.files || [];
    for (var i = 0; i < files.length; i++) {
      var f = files[i];
      var word = isWord(f.name) && input.hasAttribute("data-max-word-bytes");
      var max = parseInt(input.getAttribute(word ? "data-max-word-bytes" : "data-max-bytes"), 10);
      if (max && f.size > max) {
        return input.getAttribute(word ? "data-too-large-word" : "data-too-large").replace("{name}", f.name);
      }
    }
    return "";
  }

  function show(input) {
    var message = problem(input);
    var box = document.getElementById(input.id + "-error") || document.getElementById(input.name + "-error");
    input.setCustomValidity(message);
    if (box) {
      if (message) { box.textContent = message; box.hidden = false; }
      else if (box.getAttribute("data-client") === "1") { box.textContent = ""; box.hidden = true; }
      if (message) { box.setAttribute("data-client", "1"); }
    }
    input.closest(".field").classList.toggle("has-error", !!message);
    return message;
  }

  var inputs = document.querySelectorAll("input[type=file][data-max-bytes]");
  Array.prototype.forEach.call(inputs, function (input) {
    input.addEventListener("change", function () { show(input); });
    var form = input.form;
    if (form && !form.hasAttribute("data-upload-checked")) {
      form.setAttribute("data-upload-checked", "1");
      form.addEventListener("submit", function (event) {
        var bad = Array.prototype.filter.call(form.querySelectorAll("input[type=file][data-max-bytes]"), show);
        if (bad.length) { event.preventDefault(); bad[0].focus(); }
      });
    }
  });
})();
