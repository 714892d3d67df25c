// Batch signing: one PIN entry, the documents signed one after another with a progress bar;
// the certificate fingerprint is sent with each so it cannot change in the middle.
(function () {
  "use strict";
  var form = document.getElementById("batch-form");
  if (!form) { return; }
  var token = form.querySelector("input[name=csrf_token]").value;
  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    var pin = document.getElementById("batch-pin").value;
    var items = Array.prototype.slice.call(document.querySelectorAll("#batch-list li"));
    var bar = document.getElementById("batch-progress");
    var button = document.getElementById("btn-batch-sign");
    button.disabled = true;
    var done = items.filter(function (x) { return x.className === "ok"; }).length;
    var status = document.getElementById("batch-status");
    function finish() {
      var ok = items.filter(function (x) { return x.className === "ok"; }).length;
      status.textContent = status.dataset.done.replace("{ok}", String(ok)).replace("{failed}", String(items.length - ok));
      button.disabled = ok === items.length;
    }
    function next(i) {
      if (i >= items.length) { finish(); return; }
      var li = items[i];
      if (li.className === "ok") { next(i + 1); return; } // signed on an earlier try (e.g. before a wrong PIN)
      var out = li.querySelector(".batch-result");
      out.textContent = "…";
      var body = new URLSearchParams();
      body.set("csrf_token", token);
      body.set("revision", li.dataset.revision);
      body.set("pin", pin);
      body.set("certificate", form.dataset.certificate);
      fetch(li.dataset.url, { method: "POST", body: body, credentials: "same-origin",
                              headers: { "Accept": "application/json" } })
        .then(function (r) { return r.json().then(function (j) { return [r.ok, j]; }); })
        .then(function (res) {
          out.textContent = res[1].ok ? res[1].message : res[1].error;
          li.className = res[1].ok ? "ok" : "bad";
          if (!res[1].ok && /Pin|Locked/.test(res[1].code || "")) { items.slice(i + 1).forEach(function (x) { x.querySelector(".batch-result").textContent = "—"; }); finish(); return; }
          done += 1; bar.value = done; next(i + 1);
        })
        .catch(function () { out.textContent = "✖"; li.className = "bad"; done += 1; bar.value = done; next(i + 1); });
    }
    next(0);
  });
}());
