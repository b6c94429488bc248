// Small progressive enhancements; every page works without them.
document.documentElement.classList.add('js');
document.addEventListener('change', function (event) {
  var target = event.target;
  if (target.matches('[data-autosubmit]')) {
    target.form.requestSubmit();
  }
});
// htmx requests carry the CSRF token of the page.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});
// A POST form's submit buttons are disabled while it is sending, so that a double click sends it once (the server
// keeps one record per form submission either way: FormOnceInterceptor). They come back when htmx has its answer,
// and when the browser shows the page again from its cache (the back button).
function stielSending(form, sending) {
  form.querySelectorAll('button[type="submit"], button:not([type]), input[type="submit"]').forEach(function (button) {
    if (sending && !button.disabled) {
      button.disabled = true;
      button.setAttribute('data-stiel-sending', '');
    } else if (!sending && button.hasAttribute('data-stiel-sending')) {
      button.disabled = false;
      button.removeAttribute('data-stiel-sending');
    }
  });
  form.toggleAttribute('aria-busy', sending);
}
document.addEventListener('submit', function (event) {
  var form = event.target;
  var htmx = form.matches('[hx-post], [hx-put], [hx-patch], [hx-delete]');
  var target = (event.submitter && event.submitter.getAttribute('formtarget')) || form.getAttribute('target');
  if ((form.getAttribute('method') || '').toLowerCase() !== 'post' || (event.defaultPrevented && !htmx) ||
      (target && target !== '_self')) {
    return;
  }
  // after this event: the browser (and htmx) read the form's data first, the clicked button's name and value included,
  // which a button disabled now would leave out
  setTimeout(function () {
    stielSending(form, true);
  }, 0);
  // a form that answers with a download (the subject access export) leaves the page in place: give the buttons back
  setTimeout(function () {
    stielSending(form, false);
  }, 10000);
});
document.addEventListener('htmx:afterRequest', function (event) {
  var form = event.target.closest('form');
  if (form) {
    stielSending(form, false);
  }
});
window.addEventListener('pageshow', function (event) {
  if (event.persisted) {
    document.querySelectorAll('form[aria-busy]').forEach(function (form) {
      stielSending(form, false);
    });
  }
});
// A text area with a maximum length says how much of it is used (templates/platform/fields.html); without
// JavaScript the maximum alone is shown.
function stielCount(area) {
  var limits = document.getElementById(area.getAttribute('data-stiel-count'));
  if (limits && limits.hasAttribute('data-count-text')) {
    limits.textContent = limits.getAttribute('data-count-text').replace('{0}', area.value.length);
  }
}
document.addEventListener('input', function (event) {
  if (event.target.matches('textarea[data-stiel-count]')) {
    stielCount(event.target);
  }
});
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('textarea[data-stiel-count]').forEach(stielCount);
});
document.addEventListener('htmx:afterSettle', function (event) {
  event.detail.elt.querySelectorAll('textarea[data-stiel-count]').forEach(stielCount);
});
