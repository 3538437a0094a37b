// Progressive enhancement for long forms (the self-assessment): leaving the page with answers
// typed and not saved asks first. A form opts in with `data-warn-unsaved`; a form that comes
// back with what was typed (after a mistake or a conflict) says so with `data-unsaved`, since
// what it shows is not saved yet. Without JavaScript the form works as is.
(function () {
  "use strict";
  var forms = document.querySelectorAll("form[data-warn-unsaved]");
  if (!forms.length) { return; }
  var dirty = false;
  var sending = false;
  forms.forEach(function (form) {
    if (form.hasAttribute("data-unsaved")) { dirty = true; }
    var changed = function () { dirty = true; };
    form.addEventListener("input", changed);
    form.addEventListener("change", changed);
    form.addEventListener("submit", function () { sending = true; });
  });
  window.addEventListener("beforeunload", function (event) {
    if (!dirty || sending) { return; }
    event.preventDefault();
    // Older browsers show the prompt only when a value is set.
    event.returnValue = "";
  });
})();
