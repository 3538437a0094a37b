// A form with a list of organisations has two submit buttons: its own (save) and "Show
// matching", which sends the form back as typed with the list narrowed. Enter in the filter box
// narrows; Enter in any other field saves, as in a form without a filter (without JavaScript,
// the first button in the form, "Show matching", would answer it: nothing is lost either way).
(function () {
  "use strict";
  document.querySelectorAll("[data-organisation-filter]").forEach(function (box) {
    var form = box.closest("form");
    var narrow = box.querySelector("button[name=narrow]");
    var filter = box.querySelector("input[type=search]");
    if (!form || !narrow || !filter || form.dataset.filterBound) {
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
      if (field === filter) {
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
