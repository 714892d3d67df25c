// Nothing typed is lost when a session ends (issue 14). Every form's typed fields are kept in
// this tab's sessionStorage while the person types. A form sent after the session ended gets
// the "log in again" page, which names the page the form was on (data-keep-form); when the
// person is back on that page after logging in, the fields are filled in again and a notice
// says so. On any other visit the kept copy is dropped: a form sent successfully never comes
// back. Passwords, PINs, files and hidden fields (CSRF token, revision) are never kept.
(function () {
  "use strict";
  var KEPT = "docflow.form:", RESTORE = "docflow.restore:";
  var store;
  try { store = window.sessionStorage; store.getItem("x"); } catch (e) { return; }

  function pathOf(url) {
    var a = document.createElement("a");
    a.href = url;
    return a.pathname;
  }

  var ended = document.querySelector("[data-keep-form]");
  if (ended) {
    var back = ended.getAttribute("data-keep-form");
    if (back) { store.setItem(RESTORE + pathOf(back), "1"); }
    return;
  }

  function kept(el) {
    var type = (el.type || "").toLowerCase();
    if (!el.name || el.disabled || el.hasAttribute("data-no-keep")) { return false; }
    if (/^(password|file|hidden|submit|button|reset|image)$/.test(type)) { return false; }
    return !/pin|password|csrf/i.test(el.name);
  }

  function fields(form) {
    return Array.prototype.filter.call(form.elements, kept);
  }

  function snapshot(form) {
    var data = {};
    fields(form).forEach(function (el) {
      var list = data[el.name] || (data[el.name] = []);
      var type = (el.type || "").toLowerCase();
      if (type === "checkbox" || type === "radio") {
        if (el.checked) { list.push(el.value); }
      } else if (el.tagName === "SELECT" && el.multiple) {
        Array.prototype.forEach.call(el.selectedOptions, function (o) { list.push(o.value); });
      } else {
        list.push(el.value);
      }
    });
    return data;
  }

  function fill(form, data) {
    var seen = {};
    fields(form).forEach(function (el) {
      var values = data[el.name];
      if (!values) { return; }
      var type = (el.type || "").toLowerCase();
      if (type === "checkbox" || type === "radio") {
        el.checked = values.indexOf(el.value) !== -1;
      } else if (el.tagName === "SELECT" && el.multiple) {
        Array.prototype.forEach.call(el.options, function (o) { o.selected = values.indexOf(o.value) !== -1; });
      } else {
        var i = seen[el.name] || 0;
        if (i < values.length) { el.value = values[i]; }
        seen[el.name] = i + 1;
      }
    });
  }

  var restoring = store.getItem(RESTORE + location.pathname) === "1";
  store.removeItem(RESTORE + location.pathname);
  var forms = document.querySelectorAll("form[method=post], form[method=POST]");
  Array.prototype.forEach.call(forms, function (form, index) {
    if (!fields(form).length) { return; }
    var key = KEPT + location.pathname + "#" + (form.getAttribute("action") || "") + "#" + index;
    var saved = store.getItem(key);
    if (restoring && saved) {
      try {
        fill(form, JSON.parse(saved));
        var note = document.createElement("p");
        note.className = "flash flash-info";
        note.id = "form-restored";
        note.setAttribute("role", "status");
        note.textContent = document.body.getAttribute("data-restored-text") || "";
        form.parentNode.insertBefore(note, form);
      } catch (e) { store.removeItem(key); }
    } else {
      store.removeItem(key);
    }
    function save() { store.setItem(key, JSON.stringify(snapshot(form))); }
    form.addEventListener("input", save);
    form.addEventListener("change", save);
    form.addEventListener("submit", save);
  });
}());
