import { gzipSync } from 'node:zlib';
import { settled } from './testing.js';

/** What a page costs on first load: its HTML, scripts and styles, each gzipped as a server would send them. */
const counted = new Set(['document', 'script', 'stylesheet']);

/**
 * Opens `url` in a fresh browser context (empty cache), lets every element render and fetch what it needs (the
 * chunks of the elements on the page, the language pack) until the network is idle, then sums the documents,
 * scripts and styles it fetched, each gzipped (level 9) as a server would send it. Data (feeds, profiles) is
 * counted apart. The bytes are fetched again from the server rather than read from the browser, whose
 * `response.body()` can wait forever on an answer the page no longer holds. Bytes, not KiB.
 *
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 */
export async function pageWeight(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requested = new Map();
  page.on('requestfinished', (request) => {
    if (request.method() === 'GET') requested.set(request.url(), request.resourceType());
  });
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    // Every element defined and rendered, and what it fetched arrived.
    await settled(page);
  } finally {
    await context.close();
  }
  const files = await Promise.all(
    [...requested].map(async ([address, type]) => {
      const body = Buffer.from(await (await fetch(address)).arrayBuffer());
      return {
        url: new URL(address).pathname,
        code: counted.has(type),
        gzip: gzipSync(body, { level: 9 }).length,
      };
    }),
  );
  const sum = (list) => list.reduce((n, f) => n + f.gzip, 0);
  return {
    code: sum(files.filter((f) => f.code)),
    data: sum(files.filter((f) => !f.code)),
    files,
  };
}
