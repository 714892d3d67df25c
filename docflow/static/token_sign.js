// The leader's signature with the key on the leader's own token (issue 23): the page starts a
// preparation, tells the leader to confirm in docflow-agent, and polls until it is signed or
// refused; every outcome is said in plain words, and a refusal means nothing was signed.
(function () {
  "use strict";
  var form = document.querySelector("form[data-token-sign]");
  if (!form || !window.fetch) { return; }
  var button = document.getElementById("btn-sign-token");
  var status = document.getElementById("token-sign-status");
  var error = document.getElementById("token-sign-error");
  var timer = null;

  function say(message) { status.textContent = message; status.hidden = false; }
  function fail(message) {
    if (timer) { clearTimeout(timer); timer = null; }
    error.textContent = message;
    error.hidden = false;
    status.hidden = true;
    button.disabled = false;
  }
  function json(r) {
    if ((r.headers.get("Content-Type") || "").indexOf("application/json") === -1) { throw { status: r.status }; }
    return r.json();
  }
  function broken(err) {
    if (err && err.status) { fail(status.dataset.unexpected.replace("%(status)s", err.status)); }
    else { fail(status.dataset.offline); }
  }

  function poll(url) {
    fetch(url, { credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(json)
      .then(function (res) {
        if (res.status === "done") { window.location.reload(); return; }
        if (res.status === "pending") { say(res.message); timer = setTimeout(function () { poll(url); }, 2000); return; }
        fail(res.message);
      })
      .catch(broken);
  }

  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    button.disabled = true;
    error.hidden = true;
    fetch(form.action, { method: "POST", body: new FormData(form), credentials: "same-origin",
                         headers: { "Accept": "application/json" } })
      .then(json)
      .then(function (res) {
        if (!res.ok) { fail(res.error); return; }
        say(res.message);
        timer = setTimeout(function () { poll(res.status_url); }, 2000);
      })
      .catch(broken);
  });
}());
