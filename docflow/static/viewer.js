// The document viewer: page navigation, zoom, and the signature box the leader drags or
// moves with the keyboard. Coordinates are converted to PDF points (origin bottom-left).
(function () {
  "use strict";
  var viewer = document.getElementById("viewer");
  if (!viewer) { return; }
  document.documentElement.classList.add("js");
  var img = document.getElementById("page-img");
  var pages = parseInt(viewer.dataset.pages, 10) || 1;
  var base = viewer.dataset.src.replace(/\/pages\/1\.png$/, "/pages/");
  // Zoom levels are widths relative to the frame (1 = the page fits its width); each level
  // asks the server for an image rendered at that resolution (96 dpi × level).
  var zooms = [0.5, 0.75, 1.0, 1.25, 1.5, 2.0];
  var zi = 2;
  var page = 1;
  var loadedZoom = 1.0; // render zoom of the image currently shown
  var box = document.getElementById("sig-box");
  var form = document.querySelector("form[data-placement]");
  var pageInput = document.getElementById("sign-page");
  var boxInput = document.getElementById("sign-box");
  var PT = 96 / 72; // CSS pixels per PDF point at zoom 1
  var label = viewer.querySelector("[data-viewer=page]");

  function zoomOf(src) { var m = /[?&]zoom=([0-9.]+)/.exec(src || ""); return m ? parseFloat(m[1]) : 1.0; }
  // CSS pixels per PDF point as the page is displayed now
  function scale() { return loadedZoom * PT * (img.clientWidth / (img.naturalWidth || img.clientWidth)); }

  function show(n) {
    page = Math.max(1, Math.min(pages, n));
    img.src = base + page + ".png?zoom=" + zooms[zi];
    img.style.width = (zooms[zi] * 100) + "%";
    img.style.maxWidth = zooms[zi] > 1 ? "none" : "100%";
    img.alt = img.alt.replace(/\d+/, String(page));
    label.textContent = String(page);
  }
  img.addEventListener("load", function () { loadedZoom = zoomOf(img.currentSrc || img.src); });

  viewer.addEventListener("click", function (ev) {
    var act = ev.target.getAttribute("data-viewer");
    if (act === "prev") { show(page - 1); }
    if (act === "next") { show(page + 1); }
    if (act === "zoom-in" && zi < zooms.length - 1) { zi += 1; show(page); }
    if (act === "zoom-out" && zi > 0) { zi -= 1; show(page); }
  });

  // The places of the number and the date (the drafter drags each one; "Save" posts them all).
  Array.prototype.forEach.call(document.querySelectorAll(".place-box"), function (el) {
    var at = el.dataset.box.split(",").map(parseFloat);
    var onPage = parseInt(el.dataset.page, 10) || 1;
    var input = document.getElementById("place-input-" + el.dataset.kind);
    function put() {
      if (page !== onPage || !img.naturalWidth) { el.hidden = true; return; }
      var s = scale();
      el.hidden = false;
      el.style.left = (img.offsetLeft + at[0] * s) + "px";
      el.style.top = (img.offsetTop + (pageHeightPt() - at[3]) * s) + "px";
      el.style.width = ((at[2] - at[0]) * s) + "px";
      el.style.height = ((at[3] - at[1]) * s) + "px";
    }
    function shift(orig, dx, dy) {
      var h = pageHeightPt();
      var w = h * img.naturalWidth / img.naturalHeight;
      var bw = orig[2] - orig[0];
      var bh = orig[3] - orig[1];
      var x1 = Math.max(0, Math.min(w - bw, orig[0] + dx));
      var y1 = Math.max(0, Math.min(h - bh, orig[1] + dy));
      at = [x1, y1, x1 + bw, y1 + bh];
      if (input) { input.value = at.map(function (v) { return v.toFixed(1); }).join(","); }
      put();
    }
    var grab = null;
    el.addEventListener("pointerdown", function (ev) {
      grab = { x: ev.clientX, y: ev.clientY, orig: at.slice() };
      el.setPointerCapture(ev.pointerId);
      ev.preventDefault();
    });
    el.addEventListener("pointermove", function (ev) {
      if (!grab) { return; }
      var s = scale();
      shift(grab.orig, (ev.clientX - grab.x) / s, -(ev.clientY - grab.y) / s);
    });
    el.addEventListener("pointerup", function () { grab = null; });
    el.addEventListener("keydown", function (ev) {
      var step = ev.altKey ? 1 : 5;
      var d = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] }[ev.key];
      if (!d) { return; }
      ev.preventDefault();
      shift(at.slice(), d[0], d[1]);
    });
    img.addEventListener("load", put);
    window.addEventListener("resize", put);
    put();
  });

  if (!form || !box || !pageInput || !boxInput) { return; }
  // PDF-point box [x1, y1, x2, y2] from the form; the page height comes from the image.
  var pdfBox = boxInput.value.split(",").map(parseFloat);
  var boxPage = parseInt(pageInput.value, 10) || pages;

  function pageHeightPt() { return img.naturalHeight / (loadedZoom * PT); }

  var stage = box.parentElement;
  var seal = document.getElementById("seal-image");
  var sealPt = parseFloat(box.dataset.sealPt) || 102;
  var revealed = false;

  // Images the preview cannot load (no signature image yet) are simply left out.
  Array.prototype.forEach.call(box.querySelectorAll("img"), function (im) {
    im.addEventListener("error", function () { im.hidden = true; });
  });

  function place() {
    if (page !== boxPage || !img.naturalWidth) { box.hidden = true; return; }
    var s = scale();
    var bw = (pdfBox[2] - pdfBox[0]) * s;
    var bh = (pdfBox[3] - pdfBox[1]) * s;
    box.hidden = false;
    box.style.left = (img.offsetLeft + pdfBox[0] * s) + "px";
    box.style.top = (img.offsetTop + (pageHeightPt() - pdfBox[3]) * s) + "px";
    box.style.width = bw + "px";
    box.style.height = bh + "px";
    box.style.fontSize = (11 * s) + "px"; // the appearance's 11 pt text, at the page's scale
    if (seal) {
      // the seal at real size, its right part over the left third of the signature image
      var sw = sealPt * s;
      var sh = sw * ((seal.naturalHeight || 1) / (seal.naturalWidth || 1));
      seal.style.width = sw + "px";
      seal.style.left = (bw / 3 - sw) + "px";
      seal.style.top = (bh / 2 - sh / 2) + "px";
    }
    if (!revealed) {
      // show where the signature goes: scroll the page (inside its frame) so the box is in view
      // (at the bottom of the part of the frame that is on screen: the text above stays in view)
      revealed = true;
      var visible = Math.min(stage.clientHeight, window.innerHeight - stage.getBoundingClientRect().top);
      var bottom = box.offsetTop + box.offsetHeight + 24;
      if (bottom > stage.scrollTop + visible) { stage.scrollTop = bottom - Math.max(visible, box.offsetHeight + 48); }
    }
  }

  function save() {
    pageInput.value = String(boxPage);
    boxInput.value = pdfBox.map(function (v) { return v.toFixed(1); }).join(",");
  }

  img.addEventListener("load", place);
  if (seal) { seal.addEventListener("load", place); }
  window.addEventListener("resize", place);
  show(boxPage);

  var drag = null;
  box.addEventListener("pointerdown", function (ev) {
    drag = { x: ev.clientX, y: ev.clientY, orig: pdfBox.slice(), resize: ev.target.classList.contains("sig-handle") };
    box.setPointerCapture(ev.pointerId);
    ev.preventDefault();
  });
  box.addEventListener("pointermove", function (ev) {
    if (!drag) { return; }
    var s = scale();
    var dx = (ev.clientX - drag.x) / s;
    var dy = -(ev.clientY - drag.y) / s;
    move(drag.orig, dx, dy, drag.resize);
  });
  box.addEventListener("pointerup", function () { drag = null; save(); });

  function move(orig, dx, dy, resize) {
    var w = pageHeightPt() * img.naturalWidth / img.naturalHeight;
    var h = pageHeightPt();
    if (resize) {
      pdfBox = [orig[0], Math.min(orig[1] + dy, orig[3] - 30), Math.max(orig[2] + dx, orig[0] + 60), orig[3]];
    } else {
      var bw = orig[2] - orig[0];
      var bh = orig[3] - orig[1];
      var x1 = Math.max(0, Math.min(w - bw, orig[0] + dx));
      var y1 = Math.max(0, Math.min(h - bh, orig[1] + dy));
      pdfBox = [x1, y1, x1 + bw, y1 + bh];
    }
    place();
  }

  box.addEventListener("keydown", function (ev) {
    var step = ev.altKey ? 1 : 10;
    var d = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] }[ev.key];
    if (!d) { return; }
    ev.preventDefault();
    move(pdfBox.slice(), d[0], ev.shiftKey ? -d[1] : d[1], ev.shiftKey);
    save();
  });

  // Put the box on the page being viewed when the user asks for it (double click on the page).
  img.addEventListener("dblclick", function (ev) {
    var s = scale();
    var rect = img.getBoundingClientRect();
    var bw = pdfBox[2] - pdfBox[0];
    var bh = pdfBox[3] - pdfBox[1];
    var x1 = (ev.clientX - rect.left) / s - bw / 2;
    var y1 = pageHeightPt() - (ev.clientY - rect.top) / s - bh / 2;
    boxPage = page;
    pdfBox = [x1, y1, x1 + bw, y1 + bh];
    move(pdfBox.slice(), 0, 0, false);
    save();
  });

  var dialog = document.getElementById("pin-dialog");
  var open = document.getElementById("btn-sign-open");
  var cancel = document.getElementById("btn-sign-cancel");
  var pinError = document.getElementById("pin-dialog-error");
  var signing = document.getElementById("pin-dialog-busy");
  if (dialog && open && typeof dialog.showModal === "function") {
    var pin = dialog.querySelector("input[type=password]");
    var submit = dialog.querySelector("button[type=submit]");
    dialog.removeAttribute("open"); // without script the PIN field stays visible inline
    open.addEventListener("click", function () { save(); dialog.showModal(); pin.focus(); });
    if (cancel) { cancel.addEventListener("click", function () { dialog.close(); open.focus(); }); }

    function fail(message) {
      pinError.textContent = message;
      pinError.hidden = false;
      pin.setAttribute("aria-invalid", "true");
      pin.setAttribute("aria-describedby", pinError.id);
      pin.value = "";
      pin.focus();
      submit.disabled = false;
      signing.hidden = true;
    }

    // The session ended while the dialog was open: say so, with a link to log in again that
    // comes back to this document (nothing was signed; the PIN is never kept).
    function ended(message, loginUrl) {
      fail(message);
      var link = document.createElement("a");
      link.href = loginUrl;
      link.id = "pin-dialog-login";
      link.textContent = " " + (pinError.dataset.login || "");
      pinError.appendChild(link);
      pin.disabled = true;
      submit.disabled = true;
    }

    // Sign without leaving the page: a wrong PIN is answered next to the PIN field, the
    // dialog stays open; success reloads the page with the signed version.
    form.addEventListener("submit", function (ev) {
      save();
      if (!pinError || !window.fetch) { return; }
      ev.preventDefault();
      submit.disabled = true;
      signing.hidden = false;
      pinError.hidden = true;
      fetch(form.action, { method: "POST", body: new FormData(form), credentials: "same-origin",
                           headers: { "Accept": "application/json", "X-Docflow-Flash": "1" } })
        .then(function (r) {
          // an answer that is not docflow's JSON is not "the server could not be reached"
          if ((r.headers.get("Content-Type") || "").indexOf("application/json") === -1) {
            throw { status: r.status };
          }
          return r.json();
        })
        .then(function (res) {
          if (res.ok) { window.location.reload(); }
          else if (res.code === "session_ended") { ended(res.error, res.login_url); }
          else { fail(res.error); }
        })
        .catch(function (err) {
          if (err && err.status) { fail(pinError.dataset.unexpected.replace("%(status)s", err.status)); }
          else { fail(pinError.dataset.offline); }
        });
    });
  } else {
    form.addEventListener("submit", save);
  }
}());
