import { createServer as createHttpServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, hashPassword, openStore, seedStore } from '@vielfalt/server';
import { languages } from './chrome.js';
import { klimaCollection, seedKlimakonferenzen } from './klima.js';
import { layout } from './layout.js';
import { accessibilityPage } from './accessibility-page.js';
import {
  contactsPage,
  goodPracticePage,
  klimaPage,
  liveBoardPage,
  offerPage,
  reviewPage,
  searchPage,
  strategyPage,
  submitPage,
} from './pages.js';

const here = dirname(fileURLToPath(import.meta.url));
const elementsDir = dirname(fileURLToPath(import.meta.resolve('@vielfalt/elements/package.json')));

/** Demo accounts printed at start; the password only works on a demo portal. */
export const demoPassword = 'vielfalt-demo-2026';

const pages = [
  [/^\/$/, searchPage],
  [/^\/angebote\/(?<id>[a-z0-9-]+)$/, offerPage],
  [/^\/eintragen$/, submitPage],
  [/^\/pruefen$/, reviewPage],
  [/^\/ansprechpartner$/, contactsPage],
  [/^\/good-practice$/, goodPracticePage],
  [/^\/klimakonferenzen$/, klimaPage],
  [/^\/klimakonferenzen\/live$/, liveBoardPage],
  [/^\/strategie$/, strategyPage],
  [/^\/barrierefreiheit$/, accessibilityPage],
];

const cdnDir = join(elementsDir, 'dist/cdn');

const assets = {
  '/assets/portal.css': [join(here, '../public/portal.css'), 'text/css'],
  '/assets/review.css': [join(here, '../public/review.css'), 'text/css'],
  '/assets/account.js': [join(here, '../public/account.js'), 'text/javascript'],
  '/assets/review.js': [join(here, '../public/review.js'), 'text/javascript'],
  '/assets/review-fields.js': [join(here, '../public/review-fields.js'), 'text/javascript'],
  '/assets/klima-live.js': [join(here, '../public/klima-live.js'), 'text/javascript'],
};

// Only this origin: no CDN, no fonts, no analytics (§25 TDDDG, BITV: the page must work on its own).
const securityHeaders = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
};

async function ensureDemoAccounts(store, dataset) {
  const provider = dataset.offers.find((offer) => offer.status === 'published')?.providerId ?? null;
  const accounts = [
    { email: 'moderation@kreis-re.example', role: 'moderator', actorId: null },
    { email: 'anbieter@kreis-re.example', role: 'provider', actorId: provider },
  ];
  for (const account of accounts) {
    if (await store.findUserByEmail(account.email)) continue;
    await store.createUser({ ...account, passwordHash: await hashPassword(demoPassword) });
  }
  return accounts;
}

function send(res, status, body, type, extra = {}) {
  res.writeHead(status, { 'content-type': type, ...securityHeaders, ...extra });
  res.end(body);
}

/**
 * Starts a county portal: the offer database service (`/api/v1/…`) with its store seeded from `dataset`
 * on first start, and the public pages around the web components. Works for any county profile.
 *
 * @param {object} options
 * @param {import('@vielfalt/model').CountyProfile} options.profile
 * @param {import('@vielfalt/model').Dataset} options.dataset data to seed an empty store with
 * @param {string} options.storeLocation a data folder (SQLite) or a `postgres://` URL
 * @param {import('@vielfalt/klimakonferenz').KlimakonferenzCollection} [options.klimakonferenzen] workshops to seed
 * @param {import('@vielfalt/server').PostgresOptions} [options.storeOptions] e.g. a PostgreSQL schema
 * @param {number} [options.port] 0 for any free port
 * @param {string} [options.host]
 */
export async function startPortal({
  profile,
  dataset,
  storeLocation,
  klimakonferenzen,
  storeOptions = {},
  port = 5173,
  host = '127.0.0.1',
}) {
  const store = await openStore(storeLocation, storeOptions);
  const { total } = await store.listOffers({}, { offset: 0, limit: 1 });
  if (total === 0) await seedStore(store, dataset);
  await seedKlimakonferenzen(store, profile, klimakonferenzen);
  const accounts = await ensureDemoAccounts(store, dataset);
  // Plain HTTP on a loopback address: cookies without `Secure`, which a browser would drop there.
  const api = createServer({ store, profile, config: { secureCookies: false } });

  async function handle(req, res) {
    const url = new URL(req.url ?? '/', 'http://portal');
    const path = url.pathname;
    if (path.startsWith('/api/') || path === '/openapi.json' || path === '/health') {
      api.http.emit('request', req, res);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(res, 405, 'Method not allowed', 'text/plain', { allow: 'GET, HEAD' });
    const asset = assets[path];
    if (asset)
      return send(res, 200, await readFile(asset[0]), `${asset[1]}; charset=utf-8`, {
        'cache-control': 'no-cache',
      });
    // The elements bundle and the chunks it loads on demand (languages, the lexicon, the elements that
    // validate their data), from the package.
    const bundled = /^\/assets\/((?:chunks\/)?[\w.-]+\.js)$/.exec(path)?.[1];
    if (bundled) {
      const file = await readFile(join(cdnDir, bundled)).catch(() => undefined);
      if (file)
        return send(res, 200, file, 'text/javascript; charset=utf-8', {
          'cache-control': 'no-cache',
        });
    }
    if (path === '/profile.json')
      return send(res, 200, JSON.stringify(profile), 'application/json; charset=utf-8');
    if (path === '/strategy.json') {
      const [goals, actionSteps, actors] = await Promise.all([
        store.listDocuments('goal'),
        store.listDocuments('actionStep'),
        store.listActors(),
      ]);
      const strategy = { schemaVersion: 1, profileId: profile.id, goals, actionSteps, actors };
      return send(res, 200, JSON.stringify(strategy), 'application/json; charset=utf-8');
    }
    if (path === '/klima/collection.json')
      return send(
        res,
        200,
        JSON.stringify(await klimaCollection(store, profile)),
        'application/json; charset=utf-8',
      );
    const workshopId = /^\/klima\/workshops\/([a-z0-9-]+)\.json$/.exec(path)?.[1];
    const workshop = workshopId && (await store.getDocument('klimakonferenz', workshopId));
    if (workshop)
      return send(res, 200, JSON.stringify(workshop), 'application/json; charset=utf-8', {
        'cache-control': 'no-store',
      });
    const requested = url.searchParams.get('lang');
    const lang = languages.some((l) => l.code === requested) ? requested : 'de';
    for (const [pattern, page] of pages) {
      const match = pattern.exec(path);
      if (!match) continue;
      const content = await page({
        lang,
        params: match.groups ?? {},
        query: url.searchParams,
        store,
        profile,
      });
      return send(
        res,
        content.status ?? 200,
        String(layout({ lang, path, profile, ...content })),
        'text/html; charset=utf-8',
      );
    }
    send(res, 404, 'Nicht gefunden / Not found', 'text/plain; charset=utf-8');
  }

  const http = createHttpServer((req, res) => {
    handle(req, res).catch((error) => {
      console.error(error);
      if (!res.headersSent)
        send(res, 500, 'Interner Fehler / Internal error', 'text/plain; charset=utf-8');
    });
  });
  await new Promise((resolve, reject) => {
    http.once('error', reject);
    http.listen(port, host, resolve);
  });
  const address = http.address();
  return {
    url: `http://${host}:${address.port}`,
    accounts,
    async close() {
      await new Promise((resolve) => http.close(resolve));
      http.closeAllConnections();
      await api.close(1000);
    },
  };
}
