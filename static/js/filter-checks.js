// Narrows a list of checkboxes as one types in its filter box (data-filters names the list).
// Without JavaScript, or when the list holds only the first of many, the form is sent back to
// itself with GET instead; ticked boxes always show.
(function () {
  "use strict";
  document.querySelectorAll("input[data-filters]").forEach(function (box) {
    var list = document.getElementById(box.getAttribute("data-filters"));
    // A list cut short (data-more) is narrowed by the server: the button stays.
    if (!list || list.hasAttribute("data-more")) {
      return;
    }
    var button = box.parentNode.querySelector("[data-filter-button]");
    if (button) {
      // Removed, not hidden: Enter in another field must save the form, not filter it.
      button.remove();
    }
    function apply() {
      var wanted = box.value.trim().toLowerCase();
      list.querySelectorAll(".check-group").forEach(function (group) {
        var shown = 0;
        group.querySelectorAll("label").forEach(function (label) {
          var input = label.querySelector("input");
          var match = wanted === "" || input.checked ||
            label.textContent.toLowerCase().indexOf(wanted) !== -1;
          label.hidden = !match;
          if (match) {
            shown += 1;
          }
        });
        group.hidden = shown === 0;
      });
    }
    box.addEventListener("input", apply);
    box.addEventListener("keydown", function (event) {
      if (event.key === "Enter") {
        event.preventDefault();
      }
    });
    apply();
  });
})();
