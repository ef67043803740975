// Moderator console: light enhancement only; every page works without it. No inline script (CSP).
(function () {
  'use strict';
  // Ask before a destructive or wide change.
  document.addEventListener('submit', function (event) {
    var button = event.submitter || event.target.querySelector('[data-confirm]');
    var message = (button && button.getAttribute('data-confirm')) || event.target.getAttribute('data-confirm');
    if (message && !window.confirm(message)) {
      event.preventDefault();
    }
  });
  // "Quay lại" on refusal pages: back to the form, with what was typed.
  document.querySelectorAll('[data-back]').forEach(function (link) {
    link.addEventListener('click', function (event) {
      if (window.history.length > 1) { event.preventDefault(); window.history.back(); }
    });
  });
  // Character counters where a limit matters (title, answer).
  document.querySelectorAll('[data-count]').forEach(function (field) {
    var limit = parseInt(field.getAttribute('data-count'), 10);
    var counter = document.createElement('span');
    counter.className = 'count';
    counter.setAttribute('aria-live', 'polite');
    field.insertAdjacentElement('afterend', counter);
    function update() {
      var length = Array.from(field.value).length;
      counter.textContent = length + ' / ' + limit + ' ký tự';
      counter.classList.toggle('over', length > limit);
    }
    field.addEventListener('input', update);
    update();
  });
  // Bring the list of problems into view and focus it, so screen readers read it first.
  var problems = document.getElementById('problems');
  if (problems) { problems.focus(); }
})();
