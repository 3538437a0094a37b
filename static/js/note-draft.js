// Progressive enhancement for the note form, for weak connections: what is typed is kept in
// this browser (it survives a reload, a dropped connection or a login that ended), and a draft
// is saved to the server every 30 seconds when something changed. Without JavaScript the form
// works as is (a save after the login ended is kept through signing in again).
//
// Copies are kept per account, under an opaque value the page gives (data-draft-account), never
// an e-mail address; copies of any other account are deleted here, and signing out clears them
// all (the sign-out answer sends Clear-Site-Data), so no one is shown another person's text.
//
// A save counts only when the server says it was saved (204 with the new version in X-Version);
// anything else (the sign-in page, a conflict, an error, no connection) keeps this browser's
// copy and says "Not saved: ..." in the form's status line. A warning shows a few minutes
// before the login would end for lack of activity.
(function () {
  "use strict";
  var form = document.querySelector("form.note-form");
  if (!form || !window.localStorage || !window.fetch) { return; }
  var account = form.getAttribute("data-draft-account") || "";
  var prefix = "musyawarah-note:";
  var key = prefix + account + ":" + form.getAttribute("data-draft-key");
  var status = form.querySelector(".autosave-status");
  var say = function (text) { if (status) { status.textContent = text; } };
  // The status lines in the page's language (data-messages, written by the server from its
  // catalogues), English where a message is missing; {name} marks a value.
  var messages = {};
  try { messages = JSON.parse(form.getAttribute("data-messages") || "{}"); } catch (e) { /* English */ }
  var words = function (key, english, values) {
    var text = messages[key] || english;
    Object.keys(values || {}).forEach(function (name) { text = text.split("{" + name + "}").join(values[name]); });
    return text;
  };
  var fields = function () { return form.querySelectorAll("textarea, select, input[type=checkbox], input[type=radio]"); };

  // Another account's copies (or copies kept before they were kept per account) go.
  try {
    for (var i = localStorage.length - 1; i >= 0; i--) {
      var name = localStorage.key(i);
      if (name && name.indexOf(prefix) === 0 && (!account || name.indexOf(prefix + account + ":") !== 0)) {
        localStorage.removeItem(name);
      }
    }
  } catch (e) { /* storage unavailable */ }
  if (!account) { return; }

  // Restore what was typed and not sent.
  try {
    var kept = JSON.parse(localStorage.getItem(key) || "null");
    if (kept) {
      fields().forEach(function (el) {
        if (!(el.name in kept)) { return; }
        if (el.type === "checkbox") { el.checked = kept[el.name]; }
        else if (el.type === "radio") { el.checked = kept[el.name] === el.value; }
        else { el.value = kept[el.name]; }
      });
    }
  } catch (e) { /* a damaged copy is ignored */ }

  var changed = false;
  // One save at a time: on a slow connection a second one sent before the first has answered
  // would carry the version the first replaces, and be refused as a conflict.
  var sending = false;
  var remember = function () {
    var data = {};
    fields().forEach(function (el) {
      if (el.type === "radio") { if (el.checked) { data[el.name] = el.value; } return; }
      data[el.name] = el.type === "checkbox" ? el.checked : el.value;
    });
    try { localStorage.setItem(key, JSON.stringify(data)); } catch (e) { /* storage full */ }
    changed = true;
  };
  form.addEventListener("input", remember);
  form.addEventListener("change", remember);
  // Sent by a button, the text is in the server's hands: saved, or shown again (a field to
  // correct, a conflict with both versions, or, when the login had ended, carried through
  // signing in again). A copy kept longer could later be restored over newer text.
  // A button pressed while a draft is saving itself waits for that save to answer (the answer
  // carries the version the button's save must name), then goes; no save starts after it.
  var leaving = false;
  var afterSave = null;
  form.addEventListener("submit", function (event) {
    if (sending) {
      event.preventDefault();
      var button = event.submitter;
      afterSave = function () {
        if (button && form.requestSubmit) { form.requestSubmit(button); } else { form.submit(); }
      };
      say(words("saving", "Saving..."));
      return;
    }
    leaving = true;
    changed = false;
    localStorage.removeItem(key);
  });
  var answered = function () {
    sending = false;
    if (afterSave) { var go = afterSave; afterSave = null; go(); }
  };

  // The warning before the login ends: counted from the last request to the server.
  var idle = Number(form.getAttribute("data-idle-seconds")) || 0;
  var warning = null;
  var ended = null;
  var watchLogin = function () {
    if (!idle) { return; }
    clearTimeout(warning);
    clearTimeout(ended);
    var lead = Math.min(300, idle / 2);
    warning = setTimeout(function () {
      var minutes = Math.max(1, Math.round(lead / 60));
      say(words(minutes === 1 ? "warning_one" : "warning_other",
        "Your sign-in will end in about {minutes} minute" + (minutes === 1 ? "" : "s") +
        " without activity. Save your draft to stay signed in; what you type is kept in this browser.",
        { minutes: String(minutes) }));
    }, (idle - lead) * 1000);
    ended = setTimeout(function () {
      say(words("ended", "Your sign-in has probably ended. What you typed is kept in this browser; press " +
          "Save draft to sign in again and save it."));
    }, idle * 1000);
  };
  watchLogin();

  // Save a draft to the server every 30 seconds or so (existing notes only; new ones are saved by
  // the author's first click, which gives them their one-time token).
  // (form.action would name the submit buttons called "action": read the attribute.)
  var version = form.querySelector("input[name=version]");
  if (!version) { return; }
  var notSaved = function (response) {
    if (response.type === "opaqueredirect" || response.status === 401 || response.status === 303) {
      return words("not_saved_ended", "Not saved: your sign-in has ended. What you typed is kept in this browser; press " +
        "Save draft to sign in again and save it.");
    }
    if (response.status === 409) {
      return words("not_saved_conflict", "Not saved: this note was changed elsewhere, or can no longer be changed here. " +
        "Press Save draft to see both versions.");
    }
    if (response.status === 422) {
      return words("not_saved_invalid", "Not saved: something in the form needs correcting. Press Save draft to see what.");
    }
    return words("not_saved_error", "Not saved: the server could not save it just now (error {status}). " +
      "What you typed is kept in this browser; it will be tried again.", { status: String(response.status) });
  };
  setInterval(function () {
    if (!changed || sending || leaving) { return; }
    sending = true;
    var body = new URLSearchParams(new FormData(form));
    body.set("action", "save");
    fetch(form.getAttribute("action"), {
      method: "POST", body: body, credentials: "same-origin", redirect: "manual",
      headers: { "X-Requested-With": "autosave" }
    })
      .then(function (r) {
        var next = r.headers.get("X-Version");
        if (r.status === 204 && next && /^[0-9]+$/.test(next)) {
          changed = false;
          version.value = next;
          localStorage.removeItem(key);
          say(words("saved", "Draft saved at {time}.", {
            time: new Date().toLocaleTimeString(document.documentElement.lang || [], { hour: "2-digit", minute: "2-digit" })
          }));
          watchLogin();
        } else {
          say(notSaved(r));
        }
        answered();
      })
      .catch(function () {
        say(words("offline", "Not saved: there is no connection. What you typed is kept in this browser; it will be tried again."));
        answered();
      });
  }, 1000 * (Number(form.getAttribute("data-autosave-seconds")) || 30));
})();
