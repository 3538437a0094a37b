// A form with a long list to choose from has two kinds of submit button: its own (save) and
// "Show matching", which sends the form back as typed with its lists narrowed. Enter in a filter
// box narrows; Enter in any other field saves, as in a form without a filter (without
// JavaScript, the first button in the form, "Show matching", answers it: nothing is lost).
(function () {
  "use strict";
  // Each Find box brings this script; a page with two runs it once.
  if (window.choiceFilterBound) {
    return;
  }
  window.choiceFilterBound = true;
  document.querySelectorAll("[data-choice-filter]").forEach(function (box) {
    var form = box.closest("form");
    var narrow = box.querySelector("button[name=narrow]");
    if (!form || !narrow || form.dataset.filterBound) {
      return;
    }
    form.dataset.filterBound = "yes";
    form.addEventListener("keydown", function (event) {
      var field = event.target;
      // Only where Enter sends a form: a box one types in, not a tick box or a list.
      var typed = ["text", "search", "email", "number", "date", "time", "url", "tel", "password"];
      if (event.key !== "Enter" || field.tagName !== "INPUT" || typed.indexOf(field.type) === -1) {
        return;
      }
      event.preventDefault();
      if (field.closest("[data-choice-filter]")) {
        form.requestSubmit(narrow);
        return;
      }
      var save = [].slice.call(form.querySelectorAll("button[type=submit], button:not([type])"))
        .filter(function (b) { return b.name !== "narrow"; }).pop();
      if (save) {
        form.requestSubmit(save);
      }
    });
  });
})();
