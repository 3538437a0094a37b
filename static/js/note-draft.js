// Progressive enhancement for the note form, for weak connections: what is typed is kept in
// this browser (it survives a reload or a dropped connection), and a draft is saved to the
// server every 30 seconds when something changed. Without JavaScript the form works as is.
(function () {
  "use strict";
  var form = document.querySelector("form.note-form");
  if (!form || !window.localStorage || !window.fetch) { return; }
  var key = "musyawarah-note:" + form.getAttribute("data-draft-key");
  var fields = function () { return form.querySelectorAll("textarea, select, input[type=checkbox]"); };

  // Restore what was typed and not sent.
  try {
    var kept = JSON.parse(localStorage.getItem(key) || "null");
    if (kept) {
      fields().forEach(function (el) {
        if (!(el.name in kept)) { return; }
        if (el.type === "checkbox") { el.checked = kept[el.name]; } else { el.value = kept[el.name]; }
      });
    }
  } catch (e) { /* a damaged copy is ignored */ }

  var changed = false;
  var remember = function () {
    var data = {};
    fields().forEach(function (el) { data[el.name] = el.type === "checkbox" ? el.checked : el.value; });
    try { localStorage.setItem(key, JSON.stringify(data)); } catch (e) { /* storage full */ }
    changed = true;
  };
  form.addEventListener("input", remember);
  form.addEventListener("change", remember);
  form.addEventListener("submit", function () { localStorage.removeItem(key); });

  // Save a draft to the server every 30 seconds or so (existing notes only; new ones are saved by
  // the author's first click, which gives them their one-time token).
  // (form.action would name the submit buttons called "action": read the attribute.)
  var version = form.querySelector("input[name=version]");
  if (!version) { return; }
  setInterval(function () {
    if (!changed) { return; }
    var body = new URLSearchParams(new FormData(form));
    body.set("action", "save");
    fetch(form.getAttribute("action"), { method: "POST", body: body, credentials: "same-origin", redirect: "manual" })
      .then(function (r) {
        if (r.type === "opaqueredirect" || r.ok) {
          changed = false;
          version.value = String(Number(version.value) + 1);
          localStorage.removeItem(key);
        }
      })
      .catch(function () { /* offline: the copy in this browser is kept */ });
  }, 1000 * (Number(form.getAttribute("data-autosave-seconds")) || 30));
})();
