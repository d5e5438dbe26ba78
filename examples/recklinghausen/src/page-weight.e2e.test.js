import { afterAll, beforeAll, expect, test } from 'vitest';
import { recklinghausenSample } from '@vielfalt/sample-data';
import { recklinghausenSample as klimakonferenzen } from '@vielfalt/klimakonferenz/sample';
import { budget, measurePages, portalPages } from './page-budgets.js';
import { startTestPortal } from './testing.js';

/**
 * Issue 17's weight budgets, measured as a browser loads each page with an empty cache (HTML, scripts, styles,
 * gzip): fails as soon as a page grows past its budget. `npm run bench` prints the same numbers.
 */
let portal;
let browser;
let running;

beforeAll(async () => {
  running = await startTestPortal({ klimakonferenzen });
  ({ portal, browser } = running);
});

afterAll(() => running?.close());

test('every page within its budget: 50 KiB, search and offer detail 40 KiB', async () => {
  const offer = recklinghausenSample.offers.find((o) => o.status === 'published').id;
  const rows = await measurePages(browser, portal.url, portalPages(offer));
  expect(rows).toHaveLength(10);
  for (const { path, code, files } of rows) {
    expect(
      code,
      `${path}: ${files.map((f) => `${f.url} ${f.gzip}`).join(', ')}`,
    ).toBeLessThanOrEqual(budget(path));
    // Something was measured: the page and the loader at least.
    expect(files.some((f) => f.url.endsWith('vielfalt-elements.js'))).toBe(true);
  }
  // The search really loads its element and engine: a budget met by a page that shows nothing is no budget.
  expect(rows.find((r) => r.path === '/').code).toBeGreaterThan(30 * 1024);
}, 180_000);
