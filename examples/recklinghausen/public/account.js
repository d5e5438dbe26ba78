// Sign-in for the provider and moderator pages. The session lives in an HttpOnly cookie set by the server;
// the CSRF token it returns is kept for this tab only and sent with every same-origin write.
const csrfKey = 'vielfalt-csrf';
const nativeFetch = window.fetch.bind(window);

window.fetch = (input, init = {}) => {
  const method = (init.method ?? 'GET').toUpperCase();
  const url = new URL(
    typeof input === 'string' || input instanceof URL ? input : input.url,
    location.href,
  );
  const token = sessionStorage.getItem(csrfKey);
  if (token && url.origin === location.origin && !['GET', 'HEAD', 'OPTIONS'].includes(method)) {
    const headers = new Headers(init.headers);
    headers.set('x-csrf-token', token);
    init = { ...init, headers };
  }
  return nativeFetch(input, init);
};

const form = document.querySelector('form.login');
const logout = document.querySelector('p.logout');
const guarded = [...document.querySelectorAll('[data-needs-role]')];

function show(user) {
  const allowed = (el) => user && el.dataset.needsRole.split(' ').includes(user.role);
  for (const el of guarded) el.hidden = !allowed(el);
  form.hidden = Boolean(user) && guarded.some(allowed);
  logout.hidden = !user;
  // Providers enter offers for their own organisation; the server checks it again.
  for (const form of document.querySelectorAll('vf-offer-form'))
    if (user?.actorId) form.providerId = user.actorId;
  document.dispatchEvent(new CustomEvent('portal-user', { detail: user }));
}

async function whoAmI() {
  const response = await nativeFetch('/api/v1/auth/me', { credentials: 'same-origin' });
  show(response.ok ? await response.json() : null);
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const data = new FormData(form);
  const response = await nativeFetch('/api/v1/auth/login', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: data.get('email'), password: data.get('password') }),
  });
  const body = await response.json().catch(() => ({}));
  const error = form.querySelector('.login-error');
  if (!response.ok) {
    const lang = document.documentElement.lang === 'de' ? 'de' : 'en';
    error.textContent = body.error?.message?.[lang] ?? `HTTP ${response.status}`;
    return;
  }
  error.textContent = '';
  sessionStorage.setItem(csrfKey, body.csrfToken);
  show(body.user);
  focusNextAction();
});

/**
 * After signing in, focus goes where the work starts (the form's first field, the first review action) instead
 * of falling to the page body, which would leave keyboard users dozens of Tabs away.
 */
async function focusNextAction() {
  const shown = guarded.find((el) => !el.hidden);
  if (!shown) return;
  const form = shown.querySelector('vf-offer-form');
  if (form) {
    await customElements.whenDefined('vf-offer-form');
    await form.updateComplete;
    form.focus();
    return;
  }
  const next = shown.querySelector('button, a[href], input, select, textarea');
  if (next) return next.focus();
  shown.tabIndex = -1;
  shown.focus();
}

logout.querySelector('button').addEventListener('click', async () => {
  await fetch('/api/v1/auth/logout', { method: 'POST', credentials: 'same-origin' });
  sessionStorage.removeItem(csrfKey);
  show(null);
});

for (const el of guarded) el.hidden = true;
whoAmI();
