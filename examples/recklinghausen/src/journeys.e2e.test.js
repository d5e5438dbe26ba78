import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { demoPassword } from './portal.js';
import { axeViolations, settled, signIn, startTestPortal } from './testing.js';

/**
 * The three journeys of issue 17, walked as a person would in German, Arabic and Ukrainian on a laptop (1280 px)
 * and a phone (390 px), asserting what that person checks: results that can be told apart, a contact or provider
 * to reach, focus where the next step is, the back link returning to the search as it was, nothing stuck on
 * "loading", and axe-core finding nothing on every view visited.
 */
let portal;
let browser;
let running;

beforeAll(async () => {
  running = await startTestPortal();
  ({ portal, browser } = running);
});

afterAll(() => running?.close());

const queries = { de: 'Deutschkurs', ar: 'دورة لغة ألمانية', uk: 'курс німецької мови' };
const loadingTexts = ['Wird geladen', 'جارٍ التحميل', 'Завантаження'];
const widths = [
  [1280, 900],
  [390, 844],
];

async function open(width, height) {
  const context = await browser.newContext({ viewport: { width, height } });
  return { context, page: await context.newPage() };
}

/** axe-core on the page, and nothing left saying "loading". */
async function checkView(page, what) {
  await settled(page);
  expect(await axeViolations(page), what).toEqual([]);
  const text = await page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((el) => el.localName.startsWith('vf-'))
      .map((el) => el.shadowRoot?.textContent ?? '')
      .join(' '),
  );
  for (const loading of loadingTexts)
    expect(text, `${what}: stuck on loading`).not.toContain(loading);
}

const url = (path, lang, extra = '') =>
  `${portal.url}${path}${lang === 'de' ? (extra ? `?${extra}` : '') : `?lang=${lang}${extra ? `&${extra}` : ''}`}`;

describe.each(widths)('at %i px', (width, height) => {
  describe.each(['de', 'ar', 'uk'])('in %s', (lang) => {
    test('a newcomer finds an offer, tells results apart, reaches a contact and comes back', async () => {
      const { context, page } = await open(width, height);
      await page.goto(url('/', lang));
      const search = page.locator('vf-offer-search');
      await search.locator('[part="input"]').fill(queries[lang]);
      const rows = search.locator('[part~="result"]');
      await expect.poll(() => rows.count(), { timeout: 20_000 }).toBeGreaterThan(0);
      if (width < 500) {
        // Phone: the filters wait behind a button, the first result is on the first screen.
        await expect.poll(() => search.locator('[part~="filters-toggle"]').isVisible()).toBe(true);
        expect(await search.locator('[part~="filters"]').isVisible()).toBe(false);
        const box = await rows.first().boundingBox();
        expect(box.y).toBeLessThan(height * 1.5);
      }
      // Each row says where and who; two rows with the same title differ in what they say.
      const rowTexts = await rows.evaluateAll((els) =>
        els.map((el) => ({
          title: el.querySelector('h3')?.textContent.trim(),
          facts: el.querySelector('[part~="facts"]')?.textContent.replace(/\s+/g, ' ').trim(),
        })),
      );
      expect(rowTexts.every((r) => r.facts && r.facts.length > 3)).toBe(true);
      const seen = new Set(rowTexts.map((r) => `${r.title}|${r.facts}`));
      expect(seen.size).toBe(rowTexts.length);
      await checkView(page, `search ${lang} ${width}`);

      const first = search.locator('a[part~="result-link"]').first();
      const title = (await first.textContent()).trim();
      await first.click();
      await page.waitForURL(/\/angebote\/[a-z0-9-]+/);
      const detail = page.locator('vf-offer-detail');
      await expect
        .poll(() => detail.locator('[part="title"]').textContent(), { timeout: 20_000 })
        .toBe(title);
      // Someone to reach: the provider, with a link or a number.
      const provider = detail.locator('[part~="provider"]');
      expect(await provider.count()).toBe(1);
      await checkView(page, `detail ${lang} ${width}`);

      await page.locator('main > p > a').first().click();
      await page.waitForURL((u) => u.pathname === '/');
      await expect
        .poll(() => search.locator('[part="input"]').inputValue(), { timeout: 20_000 })
        .toBe(queries[lang]);
      await expect.poll(() => rows.count(), { timeout: 20_000 }).toBeGreaterThan(0);
      await context.close();
    });

    test('a provider signs in and lands in the form', async () => {
      const { context, page } = await open(width, height);
      await page.goto(url('/eintragen', lang));
      await signIn(page, 'anbieter@kreis-re.example', demoPassword);
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.localName), { timeout: 15_000 })
        .toBe('vf-offer-form');
      const focused = await page.evaluate(
        () => document.activeElement?.shadowRoot?.activeElement?.localName,
      );
      expect(['input', 'textarea', 'select']).toContain(focused);
      await checkView(page, `form ${lang} ${width}`);
      await context.close();
    });

    test('a moderator signs in and lands on the first review action', async () => {
      const { context, page } = await open(width, height);
      await page.goto(url('/pruefen', lang));
      await signIn(page, 'moderation@kreis-re.example', demoPassword);
      await expect
        .poll(() => page.evaluate(() => document.activeElement !== document.body), {
          timeout: 15_000,
        })
        .toBe(true);
      await checkView(page, `review ${lang} ${width}`);
      await context.close();
    });
  });
});

test('an unknown offer answers 404 and says "not found" in the page language', async () => {
  const { context, page } = await open(1280, 900);
  const response = await page.goto(url('/angebote/gibt-es-nicht', 'uk'));
  expect(response.status()).toBe(404);
  await expect
    .poll(
      () =>
        page
          .locator('vf-offer-detail')
          .textContent()
          .then(() => page.locator('vf-offer-detail [role="status"]').textContent()),
      { timeout: 15_000 },
    )
    .toMatch(/не знайдено/);
  await context.close();
});
