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
