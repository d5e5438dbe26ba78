import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { recklinghausenSample } from '@vielfalt/sample-data';
import { recklinghausenSample as klimakonferenzen } from '@vielfalt/klimakonferenz/sample';
import { demoPassword } from './portal.js';
import { navigation } from './layout.js';
import { axeViolations, settled, signIn, startTestPortal } from './testing.js';

let portal;
let browser;
let running;

beforeAll(async () => {
  running = await startTestPortal({
    klimakonferenzen,
    storeLocation: process.env.TEST_PORTAL_DATABASE_URL,
  });
  ({ portal, browser } = running);
});

afterAll(() => running?.close());

async function newPage() {
  const context = await browser.newContext();
  const page = await context.newPage();
  const foreign = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(portal.url) && !request.url().startsWith('data:'))
      foreign.push(request.url());
  });
  return { page, context, foreign };
}

describe('a newcomer with the Arabic interface', () => {
  test('searches for a German course in Marl and opens an offer', async () => {
    const { page, context, foreign } = await newPage();
    await page.goto(`${portal.url}/?lang=ar`);
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    const box = page.locator('vf-offer-search [part="input"]');
    await box.fill('دورة لغة');
    await box.press('Enter');
    await page.getByRole('checkbox', { name: /Marl/ }).check();
    const results = page.locator('vf-offer-search').getByRole('link').filter({ hasText: /\S/ });
    await expect.poll(() => results.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const first = results.first();
    const title = (await first.textContent()).trim();
    await first.click();
    await page.waitForURL(/\/angebote\/[a-z0-9-]+/);
    await expect
      .poll(
        () =>
          page.locator('vf-offer-detail').getByRole('heading', { level: 2 }).first().textContent(),
        { timeout: 15_000 },
      )
      .toBeTruthy();
    // The offer is in Marl and about language learning (its German texts say so, whichever language it shows).
    const id = new URL(page.url()).pathname.split('/').pop();
    const offer = recklinghausenSample.offers.find((o) => o.id === id);
    expect(offer, title).toBeDefined();
    const inMarl =
      offer.area.kind === 'county' ||
      offer.area.ags.includes('05562024') ||
      offer.locations.some((l) => l.municipality === '05562024');
    expect(inMarl).toBe(true);
    expect(foreign).toEqual([]);
    await context.close();
  });
});

describe('providers and moderators', () => {
  test('a provider submits an offer, a moderator approves it, and it appears in search', async () => {
    const provider = await newPage();
    await provider.page.goto(`${portal.url}/eintragen`);
    await signIn(provider.page, 'anbieter@kreis-re.example', demoPassword);
    const title = 'Nähcafé Zaubergarn für Nachbarinnen';
    const form = provider.page.locator('vf-offer-form');
    await form.locator('#title').fill(title);
    await form.locator('#summary').fill('Gemeinsam nähen und Deutsch sprechen, jeden Donnerstag.');
    await form.locator('input[name="fieldsOfAction"]').first().check();
    await form.locator('[part="submit"]').click();
    await expect
      .poll(() => form.textContent().then(() => form.getByText('Danke!').count()), {
        timeout: 15_000,
      })
      .toBe(1);
    await provider.context.close();

    const moderator = await newPage();
    await moderator.page.goto(`${portal.url}/pruefen`);
    await signIn(moderator.page, 'moderation@kreis-re.example', demoPassword);
    const card = moderator.page.locator('section.card', { hasText: title });
    // The queue is paged, oldest first: the new offer is on the last page.
    await moderator.page.locator('#queue section.card').first().waitFor();
    while ((await card.count()) === 0)
      await moderator.page.getByRole('button', { name: 'Nächste Seite' }).first().click();
    await card.getByRole('button', { name: 'Freigeben' }).click();
    await expect.poll(() => card.count(), { timeout: 15_000 }).toBe(0);
    await moderator.context.close();

    // The server writes a new feed at most every 10 s (feedRefreshMs), and a browser keeps a feed for 60 s
    // (max-age), so a visitor who came within those 10 s sees the offer only a minute later; a new visitor
    // after them finds it at once. Each try is a new visitor, with an empty cache.
    const visitorFinds = async () => {
      const visitor = await newPage();
      try {
        await visitor.page.goto(`${portal.url}/?vf-q=Zaubergarn`);
        const found = visitor.page
          .locator('vf-offer-search')
          .getByRole('link', { name: new RegExp(title) });
        await found
          .first()
          .waitFor({ timeout: 5_000 })
          .catch(() => {});
        return await found.count();
      } finally {
        await visitor.context.close();
      }
    };
    await expect.poll(visitorFinds, { timeout: 45_000, intervals: [2_000] }).toBe(1);
  }, 120_000);
});

describe('the live Klimakonferenz board', () => {
  test('three participants dot a statement and the analysis beside the board follows', async () => {
    const { page, context } = await newPage();
    await page.goto(`${portal.url}/klimakonferenzen/live`);
    await signIn(page, 'moderation@kreis-re.example', demoPassword);
    const board = page.locator('vf-klima-board');
    const wall = board.locator('[part~="wall"]').first();
    await wall.getByRole('textbox').fill('Mehr Sprachkurse am Abend für Berufstätige');
    await wall.getByRole('button', { name: /hinzufügen|Add/i }).click();
    const participant = board.getByRole('combobox').first();
    for (const id of ['p01', 'p02', 'p03']) {
      await participant.selectOption(id);
      await wall.locator('[part~="dot-button"]').first().click();
    }
    const stored = async () =>
      page.evaluate(() =>
        fetch('/klima/workshops/live-board.json')
          .then((r) => r.json())
          .then((w) => w.votes.dots.length),
      );
    await expect.poll(stored, { timeout: 15_000 }).toBe(3);
    await expect
      .poll(() =>
        page
          .locator('vf-klima-report')
          .textContent()
          .then(() =>
            page.locator('vf-klima-report').getByText('Mehr Sprachkurse am Abend').count(),
          ),
      )
      .toBeGreaterThan(0);
    await context.close();
  });
});

describe('accessibility', () => {
  const paths = [
    ...navigation.map(([path]) => path),
    `/angebote/${recklinghausenSample.offers.find((o) => o.status === 'published').id}`,
    '/klimakonferenzen/live',
  ];
  for (const lang of ['de', 'ar']) {
    test(`every page passes axe-core (WCAG 2.1 AA) in ${lang}`, async () => {
      const { page, context, foreign } = await newPage();
      const report = {};
      for (const path of paths) {
        await page.goto(`${portal.url}${path}${lang === 'de' ? '' : `?lang=${lang}`}`);
        await settled(page);
        const violations = await axeViolations(page);
        if (violations.length) report[path] = violations;
      }
      expect(report).toEqual({});
      expect(foreign).toEqual([]);
      await context.close();
    }, 180_000);
  }
});
