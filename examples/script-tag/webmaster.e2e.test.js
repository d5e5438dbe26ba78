import { mkdir, mkdtemp, readFile, rm, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '@vielfalt/example-recklinghausen/testing';
import { prepareAssets } from './prepare.js';
import { serveStatic } from './serve.js';

/**
 * What a webmaster builds, in Chromium: the script-tag page with its detail page; the guide's pages made from the
 * guide's own code blocks; a feed built by `vielfalt index build` from German-only offers, searched in Arabic and
 * Ukrainian; and a server where the `chunks/` folder was forgotten.
 */
const sample = fileURLToPath(
  import.meta.resolve('@vielfalt/sample-data/recklinghausen-sample.json'),
);
const cleanup = [];
let browser;

async function site(files) {
  const dir = await mkdtemp(join(tmpdir(), 'vielfalt-webmaster-'));
  cleanup.push(() => rm(dir, { recursive: true, force: true }));
  await files(dir);
  const served = await serveStatic(dir);
  cleanup.push(() => served.server.close());
  return served.url;
}

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  for (const step of cleanup) await step();
});

/**
 * Types a search and returns its first result link. The page first lists every offer: the search's own
 * results are there when the result area is no longer busy and its count has changed. Enter closes the
 * suggestions, which lie over the first results while typing.
 */
async function searchFor(page, text) {
  const links = page.locator('vf-offer-search a[part~="result-link"]');
  const status = page.locator('vf-offer-search [part="status"]');
  await expect.poll(() => links.count(), { timeout: 20_000 }).toBeGreaterThan(0);
  const listed = await status.textContent();
  await page.locator('vf-offer-search [part="input"]').fill(text);
  await page.locator('vf-offer-search [part="input"]').press('Enter');
  await expect
    .poll(
      async () =>
        (await page.locator('vf-offer-search .results-area').getAttribute('aria-busy')) ===
          'false' && (await status.textContent()) !== listed,
      { timeout: 20_000 },
    )
    .toBe(true);
  return links.first();
}

describe('the script-tag page', () => {
  test('a result opens the detail page, which shows the offer and its provider; back keeps the search', async () => {
    const url = await site(async (dir) => {
      await copyFile(new URL('./index.html', import.meta.url), join(dir, 'index.html'));
      await copyFile(new URL('./angebot.html', import.meta.url), join(dir, 'angebot.html'));
      await prepareAssets(dir);
    });
    const page = await browser.newPage();
    await page.goto(url);
    const first = await searchFor(page, 'Deutschkurs');
    const title = (await first.textContent()).trim();
    await first.click();
    await page.waitForURL(/angebot\.html\?angebot=/);
    await expect
      .poll(() => page.locator('vf-offer-detail [part="title"]').textContent(), { timeout: 20_000 })
      .toBe(title);
    expect(await page.locator('vf-offer-detail [role="alert"]').count()).toBe(0);
    await page.goBack();
    await expect
      .poll(() => page.locator('vf-offer-search [part="input"]').inputValue(), { timeout: 20_000 })
      .toBe('Deutschkurs');
    await page.close();
  });
});

describe("the webmaster guide's pages, built from its code blocks", () => {
  test('the search page links each result to a working detail page', async () => {
    const guide = await readFile(new URL('../../docs/for-webmasters.md', import.meta.url), 'utf8');
    const blocks = [...guide.matchAll(/^( *)```html\n([\s\S]*?)^\1```/gm)].map(([, indent, code]) =>
      code.replace(new RegExp(`^${indent}`, 'gm'), ''),
    );
    const [searchSnippet, detailSnippet] = blocks.filter((b) => b.includes('vielfalt-elements.js'));
    expect(searchSnippet).toContain('<vf-offer-search');
    expect(detailSnippet).toContain('<vf-offer-detail');
    const detailUrl = /detail-url="([^"]+)"/.exec(searchSnippet)?.[1];
    const detailPath = detailUrl.split('?')[0];
    const page = (body) =>
      `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Stadt</title></head><body><main><h1>Stadt</h1>${body}</main></body></html>`;
    const url = await site(async (dir) => {
      const assets = join(dir, 'fileadmin/vielfalt');
      await mkdir(assets, { recursive: true });
      await prepareAssets(assets);
      await writeFile(join(dir, 'index.html'), page(searchSnippet));
      await mkdir(join(dir, detailPath.split('/').slice(0, -1).join('/')), { recursive: true });
      await writeFile(join(dir, detailPath), page(detailSnippet));
    });
    const tab = await browser.newPage();
    await tab.goto(url);
    const link = await searchFor(tab, 'Beratung');
    const title = (await link.textContent()).trim();
    await link.click();
    await tab.waitForURL((u) => u.pathname === detailPath);
    await expect
      .poll(() => tab.locator('vf-offer-detail [part="title"]').textContent(), { timeout: 20_000 })
      .toBe(title);
    await tab.close();
  });
});

describe('cross-language search through the CDN build', () => {
  let url;
  beforeAll(async () => {
    url = await site(async (dir) => {
      // German-only data, as the provider form produces it: every other language's texts removed.
      const dataset = JSON.parse(await readFile(sample, 'utf8'));
      for (const offer of dataset.offers) {
        offer.texts = { de: offer.texts.de };
        delete offer.easyLanguage;
      }
      await writeFile(join(dir, 'dataset.json'), JSON.stringify(dataset));
      await prepareAssets(dir, join(dir, 'dataset.json'));
      for (const lang of ['ar', 'uk'])
        await writeFile(
          join(dir, `${lang}.html`),
          `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${lang}</title>` +
            `<script type="module" src="vielfalt-elements.js"></script></head><body><main><h1>${lang}</h1>` +
            `<vf-offer-search src="feed.json" detail-url="angebot.html?angebot={id}" no-url-state></vf-offer-search></main></body></html>`,
        );
    });
  });

  test.each([
    ['ar', ['دورة لغة ألمانية', 'استشارة', 'عمل']],
    ['uk', ['курс німецької мови', 'консультація']],
  ])('in the %s UI, German-only offers are found', async (lang, queries) => {
    const page = await browser.newPage();
    const requests = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${url}${lang}.html`);
    for (const query of queries) {
      await page.locator('vf-offer-search [part="input"]').fill(query);
      await expect
        .poll(async () => page.locator('vf-offer-search [part~="result"]').count(), {
          timeout: 20_000,
        })
        .toBeGreaterThan(0);
      const titles = await page.locator('vf-offer-search [part~="result"] h3').allTextContents();
      expect(titles.join(' '), query).toMatch(/[a-zäöüß]/i);
    }
    // The translator (lexicon and dictionary) came as a file of its own from chunks/.
    expect(requests.some((p) => /\/chunks\/dictionary-\w+\.js$/.test(p))).toBe(true);
    await page.close();
  });
});

describe('the chunks/ folder forgotten', () => {
  test('the page says a file is missing, in German and English', async () => {
    const url = await site(async (dir) => {
      await copyFile(new URL('./index.html', import.meta.url), join(dir, 'index.html'));
      await prepareAssets(dir);
      await rm(join(dir, 'chunks'), { recursive: true });
    });
    const page = await browser.newPage();
    page.on('console', () => {});
    await page.goto(url);
    const alert = page.locator('vf-offer-search [role="alert"]');
    await alert.waitFor({ timeout: 20_000 });
    expect(await alert.locator('[lang="de"]').textContent()).toContain('Programmdatei fehlt');
    expect(await alert.locator('[lang="en"]').textContent()).toContain('chunks/');
    await page.close();
  });
});
