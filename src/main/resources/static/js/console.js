// Console behaviour shared by every page: CSRF for htmx requests and a confirmation before irreversible moves.
document.addEventListener('DOMContentLoaded', () => {
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  document.body.addEventListener('htmx:configRequest', (event) => {
    if (token && header) event.detail.headers[header.content] = token.content;
  });
  document.body.addEventListener('submit', (event) => {
    const message = event.target.getAttribute('data-confirm');
    if (message && !window.confirm(message)) event.preventDefault();
  }, true);
  // No inline handlers or style attributes (the Content-Security-Policy allows neither): behaviour and widths
  // come from data attributes.
  document.body.addEventListener('change', (event) => {
    if (event.target.matches('[data-autosubmit]') && event.target.form) event.target.form.submit();
  });
  document.querySelectorAll('[data-width]').forEach((el) => { el.style.width = el.getAttribute('data-width') + '%'; });
  // On the login page nobody is logged in: drop the phone pages kept for offline use (see /m/sw.js).
  if (document.getElementById('login-submit') && window.caches) {
    caches.keys().then((keys) => keys.filter((k) => k.startsWith('urbangrid-pages-')).forEach((k) => caches.delete(k)));
  }
});
