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
  var zooms = [0.5, 0.75, 1.0, 1.25, 1.5, 2.0];
  var zi = 2;
  var page = 1;
  var box = document.getElementById("sig-box");
  var form = document.querySelector("form[data-placement]");
  var pageInput = document.getElementById("sign-page");
  var boxInput = document.getElementById("sign-box");
  var PT = 96 / 72; // CSS pixels per PDF point at zoom 1

  function scale() { return zooms[zi] * PT * (img.clientWidth / (img.naturalWidth || img.clientWidth)); }

  function show(n) {
    page = Math.max(1, Math.min(pages, n));
    img.src = base + page + ".png?zoom=" + zooms[zi];
    img.alt = img.alt.replace(/\d+/, String(page));
    viewer.querySelector("[data-viewer=page]").textContent = String(page);
  }

  viewer.addEventListener("click", function (ev) {
    var act = ev.target.getAttribute("data-viewer");
    if (act === "prev") { show(page - 1); }
    if (act === "next") { show(page + 1); }
    if (act === "zoom-in" && zi < zooms.length - 1) { zi += 1; show(page); }
    if (act === "zoom-out" && zi > 0) { zi -= 1; show(page); }
  });

  if (!form || !box || !pageInput || !boxInput) { return; }
  // PDF-point box [x1, y1, x2, y2] from the form; the page height comes from the image.
  var pdfBox = boxInput.value.split(",").map(parseFloat);
  var boxPage = parseInt(pageInput.value, 10) || pages;

  function pageHeightPt() { return img.naturalHeight / (zooms[zi] * PT); }

  function place() {
    if (page !== boxPage) { box.hidden = true; return; }
    var s = scale();
    box.hidden = false;
    box.style.left = (pdfBox[0] * s) + "px";
    box.style.top = ((pageHeightPt() - pdfBox[3]) * s) + "px";
    box.style.width = ((pdfBox[2] - pdfBox[0]) * s) + "px";
    box.style.height = ((pdfBox[3] - pdfBox[1]) * s) + "px";
  }

  function save() {
    pageInput.value = String(boxPage);
    boxInput.value = pdfBox.map(function (v) { return v.toFixed(1); }).join(",");
  }

  img.addEventListener("load", place);
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
  if (dialog && open && typeof dialog.showModal === "function") {
    dialog.removeAttribute("open"); // without script the PIN field stays visible inline
    open.addEventListener("click", function () { save(); dialog.showModal(); dialog.querySelector("input[type=password]").focus(); });
    if (cancel) { cancel.addEventListener("click", function () { dialog.close(); }); }
  }
  form.addEventListener("submit", save);
}());
