// Irreversible actions ask first (issue 21): a form with data-confirm="…" is sent only when the
// person confirms the question (revoke a certificate, recall or refuse a document, deactivate an
// account). Without JavaScript the form is sent as before; the server's checks are unchanged.
(function () {
  "use strict";
  document.addEventListener("submit", function (event) {
    var form = event.target;
    var question = form && form.getAttribute && form.getAttribute("data-confirm");
    if (question && !window.confirm(question)) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }, true);
})();
