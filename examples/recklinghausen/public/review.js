// The moderators' queue: each waiting offer with its changes against the version online, side by side and grouped
// by section, field names in German and in the page language; a few offers per page. Approve or reject.
// Built with DOM methods and textContent only, so submitted texts are shown, never interpreted.
import {
  describeValue,
  fieldLabel,
  flattenChanges,
  groupChanges,
  labelLanguage,
} from './review-fields.js';

const queue = document.getElementById('queue');
const words = queue.dataset;
const lang = document.documentElement.lang;
/** Offers per page: a page a moderator can read to the end, not 24,000 pixels. */
const pageSize = 5;
let page = 0;
let names = {};

const el = (tag, props = {}, ...children) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
};
const json = (url) =>
  fetch(url, { credentials: 'same-origin' }).then((r) => (r.ok ? r.json() : undefined));
const label = (localized) =>
  localized?.[lang] ?? localized?.de ?? Object.values(localized ?? {})[0] ?? '';

/** Names for the ids an offer refers to: towns, fields, target groups, places, providers, contacts. */
async function loadNames() {
  const [profile, actors, contacts] = await Promise.all([
    json('/profile.json'),
    json('/api/v1/actors'),
    json('/api/v1/manage/contacts'),
  ]);
  const terms = (list = []) => new Map(list.map((t) => [t.id, label(t.label)]));
  return {
    municipalities: new Map((profile?.municipalities ?? []).map((m) => [m.ags, m.name])),
    fieldsOfAction: terms(profile?.fieldsOfAction),
    targetGroups: terms(profile?.taxonomies?.targetGroups),
    places: terms(profile?.taxonomies?.places),
    actors: new Map((actors ?? []).map((a) => [a.id, a.name])),
    contacts: new Map(
      (contacts ?? []).map((c) => [c.id, [c.name, c.email].filter(Boolean).join(', ') || c.id]),
    ),
  };
}

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

/** A value: one line, or a list when it has several; written in its own direction. */
function value(path, raw) {
  const lines = describeValue(path, raw, lang, names);
  const parsed = /^texts\.([a-z]{2,3})\b/.exec(path)?.[1];
  const cell = el('td', { dir: 'auto' });
  // Submitted texts are in their own language; everything else was described in the label language.
  cell.lang = parsed ?? labelLanguage(lang);
  cell.append(
    lines.length === 1
      ? lines[0]
      : el('ul', {}, ...lines.map((line) => el('li', { textContent: line }))),
  );
  return cell;
}

/** The field's name in German, and below it in the page language when that is another. */
function fieldName(path) {
  const names = fieldLabel(path, lang);
  const th = el('th', { scope: 'row' }, el('span', { lang: 'de', textContent: names.de }));
  if (labelLanguage(lang) !== 'de' && names.ui !== names.de)
    th.append(
      el('br'),
      el('span', { lang: labelLanguage(lang), className: 'ui-name', textContent: names.ui }),
    );
  return th;
}

/**
 * One section of an offer's changes as a table in a disclosure: open for a change to an offer online (a few rows
 * to compare), closed for a new offer's long sections apart from its texts, so a page of offers stays readable.
 * A new offer has nothing online to compare with, so it shows only what was submitted.
 */
function sectionTable(group, isNew) {
  const summary = el('summary', {}, el('span', { lang: 'de', textContent: group.names.de }));
  const ui = group.names[labelLanguage(lang)];
  if (ui !== group.names.de)
    summary.append(' · ', el('span', { lang: labelLanguage(lang), textContent: ui }));
  summary.append(` (${group.changes.length})`);
  const columns = isNew ? [words.field, words.submitted] : [words.field, words.before, words.after];
  const head = el('tr', {}, ...columns.map((t) => el('th', { scope: 'col', textContent: t })));
  const rows = group.changes.map((change) =>
    el(
      'tr',
      {},
      fieldName(change.path),
      ...(isNew ? [] : [value(change.path, change.before)]),
      value(change.path, change.after),
    ),
  );
  return el(
    'details',
    { open: !isNew || group.id === 'texts', className: 'section' },
    summary,
    el(
      'table',
      { className: isNew ? 'changes new' : 'changes' },
      el('thead', {}, head),
      el('tbody', {}, ...rows),
    ),
  );
}

function card(item, onDecided) {
  const texts = item.record.latest.texts;
  const title = (texts[lang] ?? texts.de ?? Object.values(texts)[0]).title;
  const headingId = `review-${item.record.id}`;
  const isNew = item.record.published === undefined || item.record.published === null;
  const reasonId = `reason-${item.record.id}`;
  const status = el('p', { role: 'status' });
  const reason = el('input', { id: reasonId, name: 'reason', minLength: 3 });
  const approve = el('button', { type: 'button', textContent: words.approve });
  const reject = el('button', { type: 'button', textContent: words.reject });
  const changes = flattenChanges(item.changes);
  const groups = groupChanges(changes);
  const section = el(
    'section',
    { className: 'card review' },
    el('h2', { id: headingId, tabIndex: -1, textContent: title, dir: 'auto' }),
    el('p', {
      className: 'meta',
      textContent: `${isNew ? words.newOffer : words.changedOffer} · ${words.changeCount.replace('{n}', changes.length)}`,
    }),
    ...groups.map((group) => sectionTable(group, isNew)),
    el('p', {}, el('label', { htmlFor: reasonId, textContent: words.reason }), reason),
    el('p', { className: 'actions' }, approve, reject),
    status,
  );
  section.setAttribute('aria-labelledby', headingId);
  const act = (action) => async () => {
    try {
      await decide(item, action, reason.value);
      await onDecided();
    } catch (error) {
      status.textContent = error.message;
    }
  };
  approve.addEventListener('click', act('approve'));
  reject.addEventListener('click', act('reject'));
  return section;
}

/** Previous/next with "page 2 of 4"; the new page's first heading takes focus. */
function pager(pages) {
  const previous = el('button', {
    type: 'button',
    textContent: words.previous,
    disabled: page === 0,
  });
  const next = el('button', {
    type: 'button',
    textContent: words.next,
    disabled: page >= pages - 1,
  });
  const go = (to) => () => {
    page = to;
    render(true);
  };
  previous.addEventListener('click', go(page - 1));
  next.addEventListener('click', go(page + 1));
  return el(
    'nav',
    { className: 'pager', ariaLabel: words.pages },
    previous,
    el('span', {
      textContent: words.pageOf.replace('{page}', page + 1).replace('{pages}', pages),
    }),
    next,
  );
}

let items = [];

function render(focus = false) {
  const pages = Math.max(1, Math.ceil(items.length / pageSize));
  page = Math.min(page, pages - 1);
  const shown = items.slice(page * pageSize, (page + 1) * pageSize);
  const onDecided = async () => {
    await load();
    queue.querySelector('h2')?.focus();
  };
  queue.replaceChildren(
    ...(items.length
      ? [
          el('p', {
            role: 'status',
            textContent: words.waiting.replace('{n}', items.length),
          }),
          ...(pages > 1 ? [pager(pages)] : []),
          ...shown.map((item) => card(item, onDecided)),
          ...(pages > 1 ? [pager(pages)] : []),
        ]
      : [el('p', { textContent: words.empty })]),
  );
  if (focus) queue.querySelector('h2')?.focus();
}

async function load() {
  const response = await fetch('/api/v1/review/queue', { credentials: 'same-origin' });
  if (!response.ok) return;
  items = await response.json();
  render();
}

document.addEventListener('portal-user', async (event) => {
  if (event.detail?.role !== 'moderator') return;
  names = await loadNames();
  await load();
});
