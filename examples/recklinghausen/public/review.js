// The moderators' queue: each waiting offer with its changes against the version online, approve or reject.
// Built with DOM methods and textContent only, so submitted texts are shown, never interpreted.
const queue = document.getElementById('queue');
const words = queue.dataset;
const lang = document.documentElement.lang;

const el = (tag, props = {}, ...children) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
};
const show = (value) =>
  value === undefined ? '–' : typeof value === 'string' ? value : JSON.stringify(value);

async function decide(item, action, reason) {
  const body =
    action === 'approve'
      ? { version: item.record.latestVersion }
      : { version: item.record.latestVersion, reason };
  const response = await fetch(
    `/api/v1/review/offers/${encodeURIComponent(item.record.id)}/${action}`,
    {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    },
  );
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    throw new Error(
      problem.error?.message?.[lang === 'de' ? 'de' : 'en'] ?? `HTTP ${response.status}`,
    );
  }
}

function card(item) {
  const texts = item.record.latest.texts;
  const title = (texts[lang] ?? texts.de ?? Object.values(texts)[0]).title;
  const headingId = `review-${item.record.id}`;
  const rows = item.changes.map((change) =>
    el(
      'tr',
      {},
      el('th', { scope: 'row', textContent: change.path }),
      el('td', { textContent: show(change.before) }),
      el('td', { textContent: show(change.after) }),
    ),
  );
  const table = el(
    'table',
    {},
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        ...['Feld / field', 'Vorher / before', 'Nachher / after'].map((t) =>
          el('th', { scope: 'col', textContent: t }),
        ),
      ),
    ),
    el('tbody', {}, ...rows),
  );
  const reasonId = `reason-${item.record.id}`;
  const status = el('p', { role: 'status' });
  const reason = el('input', { id: reasonId, name: 'reason', minLength: 3 });
  const approve = el('button', { type: 'button', textContent: words.approve });
  const reject = el('button', { type: 'button', textContent: words.reject });
  const section = el(
    'section',
    { className: 'card' },
    el('h2', { id: headingId, textContent: title }),
    table,
    el('p', {}, el('label', { htmlFor: reasonId, textContent: words.reason }), reason),
    el('p', { className: 'actions' }, approve, reject),
    status,
  );
  section.setAttribute('aria-labelledby', headingId);
  const act = (action) => async () => {
    try {
      await decide(item, action, reason.value);
      await load();
    } catch (error) {
      status.textContent = error.message;
    }
  };
  approve.addEventListener('click', act('approve'));
  reject.addEventListener('click', act('reject'));
  return section;
}

async function load() {
  const response = await fetch('/api/v1/review/queue', { credentials: 'same-origin' });
  if (!response.ok) return;
  const items = await response.json();
  queue.replaceChildren(
    ...(items.length ? items.map(card) : [el('p', { textContent: words.empty })]),
  );
}

document.addEventListener('portal-user', (event) => {
  if (event.detail?.role === 'moderator') load();
});
