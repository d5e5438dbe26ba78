import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { recklinghausenSample } from '@vielfalt/sample-data';
import { demoPassword } from './portal.js';
import { axeViolations, settled, signIn, startTestPortal } from './testing.js';

/**
 * Issue 17 point 9: the moderator's review, read as a moderator would. Each offer's changes side by side, grouped
 * by section, field names in German (and the page language), values as names and words, never JSON or the model's
 * English keys; a few offers per page instead of one endless page; keyboard, RTL and axe.
 */
let portal;
let browser;
let running;
const changedTitle = 'Möbelbörse mit neuem Namen';
const changed = recklinghausenSample.offers.find((o) => o.status === 'published');

beforeAll(async () => {
  running = await startTestPortal();
  ({ portal, browser } = running);
  // A provider changes a published offer's title and a place's street, so the queue holds a real change too.
  const login = await fetch(`${portal.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'moderation@kreis-re.example', password: demoPassword }),
  });
  const cookie = login.headers.get('set-cookie').split(';')[0];
  const { csrfToken } = await login.json();
  // What a provider sends: the offer without the fields the server keeps.
  const kept = ['id', 'status', 'history', 'lastReviewedAt', 'updatedAt'];
  const content = Object.fromEntries(Object.entries(changed).filter(([k]) => !kept.includes(k)));
  const { id } = changed;
  content.texts = { ...content.texts, de: { ...content.texts.de, title: changedTitle } };
  content.locations = content.locations.map((l, i) =>
    i === 0 ? { ...l, address: { ...l.address, street: 'Neue Straße 1' } } : l,
  );
  const saved = await fetch(
    `${portal.url}/api/v1/manage/offers/${encodeURIComponent(id)}?submit=true`,
    {
      method: 'PUT',
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
      body: JSON.stringify(content),
    },
  );
  expect(saved.status, await saved.clone().text()).toBeLessThan(300);
});

afterAll(() => running?.close());

/** The text of the review queue, closed sections included. */
const queueText = (page) => page.locator('#queue').textContent();

async function openReview(lang, width) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${portal.url}/pruefen${lang === 'de' ? '' : `?lang=${lang}`}`);
  await signIn(page, 'moderation@kreis-re.example', demoPassword);
  await page.locator('#queue section.card').first().waitFor();
  await settled(page);
  return { context, page };
}

/** Goes through the pages with the keyboard until `title` is on the page; returns its card. */
async function pageTo(page, title, next) {
  const card = page.locator('#queue section.card', { hasText: title });
  for (let i = 0; i < 10 && (await card.count()) === 0; i++) {
    await page.getByRole('button', { name: next }).first().focus();
    await page.keyboard.press('Enter');
    // The new page's first offer heading takes focus, so a screen reader starts reading there.
    await expect.poll(() => page.evaluate(() => document.activeElement?.localName)).toBe('h2');
  }
  return card;
}

const englishKeys =
  /\b(contactIds|providerId|fieldsOfAction|targetGroups|area|texts|locations|schedule|postalCode|byAppointment|undefined|null|true|false)\b|[{}"]/;

describe.each([
  ['de', 1280, 'Nächste Seite', 'Straße und Hausnummer'],
  ['ar', 390, 'الصفحة التالية', 'الشارع ورقم المبنى'],
  ['uk', 1280, 'Next page', 'Вулиця та номер будинку'],
])('the review in %s at %i px', (lang, width, next, streetInUi) => {
  test('changes side by side with German field names, a few offers per page, keyboard and axe', async () => {
    const { context, page } = await openReview(lang, width);
    // Paged: 18 waiting offers, five on a page, and a page a moderator can read to the end (the whole queue on
    // one page was 24,000 px).
    expect(await page.locator('#queue section.card').count()).toBe(5);
    expect(await page.locator('#queue nav.pager').count()).toBe(2);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    console.info(`review ${lang} ${width}: ${height} px`);
    expect(height).toBeLessThan(width < 500 ? 16_000 : 9_000);
    expect(await axeViolations(page), `review ${lang} ${width}`).toEqual([]);

    const text = await queueText(page);
    expect(text).not.toMatch(englishKeys);
    // Grouped by section, each named in German; field names in German and in the page language.
    for (const section of ['Texte', 'Angebot', 'Orte', 'Zeiten', 'Anbieter und Kontakt'])
      expect(
        await page.locator('#queue summary [lang="de"]', { hasText: section }).count(),
        `section ${section}`,
      ).toBeGreaterThan(0);
    // A new offer's long sections are closed; the keyboard opens one.
    const places = page
      .locator('#queue section.card')
      .first()
      .locator('details', { hasText: 'Orte' });
    expect(await places.getAttribute('open')).toBeNull();
    await places.locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await places.locator('tbody').innerText()).toMatch(
      /Castrop-Rauxel|Datteln|Dorsten|Gladbeck|Haltern|Herten|Marl|Oer-Erkenschwick|Recklinghausen|Waltrop/,
    );
    expect(text).toContain('Kurzbeschreibung');
    expect(text).toContain(lang === 'de' ? 'Handlungsfelder' : streetInUi);
    // Ids are names: a town, a field of action.
    expect(text).toContain('Castrop-Rauxel');
    expect(text).not.toMatch(/\b0556\d{4}\b/);

    // The changed offer: before and after side by side in one row, nothing else from the offer.
    const card = await pageTo(page, changedTitle, next);
    const rows = card.locator('tbody tr');
    expect(await rows.count()).toBe(2);
    const cells = (row) => row.locator('th, td').allInnerTexts();
    const title = await cells(rows.filter({ hasText: changedTitle }));
    expect(title[0]).toContain('Titel (Deutsch)');
    expect(title[1]).toBe(changed.texts.de.title);
    expect(title[2]).toBe(changedTitle);
    const street = await cells(rows.filter({ hasText: 'Neue Straße 1' }));
    expect(street[0]).toContain('Ort 1: Straße und Hausnummer');
    if (lang !== 'de') expect(street[0]).toContain(streetInUi);
    expect(street[1]).toBe(changed.locations[0].address.street);
    if (lang === 'ar') {
      expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
      expect(await card.locator('td[lang="de"]').count()).toBeGreaterThan(0);
    }
    expect(await axeViolations(page), `review ${lang} ${width}, last page`).toEqual([]);
    await context.close();
  });
});
