// A "Copy the link" button beside a one-time link, where the browser lets a page write to the
// clipboard; without it (or without JavaScript) the link is selected by hand.
(function () {
  "use strict";
  if (!navigator.clipboard || !window.isSecureContext) {
    return;
  }
  document.querySelectorAll("button[data-copy]").forEach(function (button) {
    var source = button.parentNode.querySelector("code");
    var status = button.parentNode.querySelector(".copy-status");
    if (!source) {
      return;
    }
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(source.textContent.trim()).then(function () {
        if (status) {
          status.textContent = status.dataset.copied || "Copied.";
        }
      }, function () {
        if (status) {
          status.textContent =
            status.dataset.failed || "Could not copy: select the link and copy it by hand.";
        }
      });
    });
  });
})();
