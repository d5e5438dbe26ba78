import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { contactSchema, offerSchema, recklinghausenProfile } from '@vielfalt/model';
import { buildFeed, type Feed } from '@vielfalt/search';
import './define/offer-search.js';
import './define/offer-detail.js';
import './define/offer-form.js';
import { axeViolations, jsonUrl, mount, shadowOf, until } from './testing/dom.js';
import { sampleFeed, sampleOffers } from './testing/offers.js';
import { expectNoXss, perPayloadTimeout, xssPayloads } from './testing/xss.js';
import type { VfOfferSearch } from './offer-search/offer-search.js';
import type { VfOfferDetail } from './offer-detail/offer-detail.js';
import type { VfOfferForm } from './offer-form/offer-form.js';

/** The feed as it travels: JSON text, so nothing but what JSON carries reaches the elements. */
const asJson = (feed: Feed): Record<string, unknown> & { offers: Record<string, unknown>[] } =>
  JSON.parse(JSON.stringify(feed));
const statusText = (el: Element) =>
  shadowOf(el).querySelector('[part~="status"]')?.textContent?.trim() ?? '';
const rows = (el: Element) => [...shadowOf(el).querySelectorAll('[part~="result"]')];
const input = (el: Element) =>
  shadowOf(el).querySelector('input[role="combobox"]') as HTMLInputElement;

/** Germans-only offers with a consented contact, a contact without consent, and a provider with details. */
function feedWithContacts(): Feed {
  const offers = sampleOffers(16).map((o, i) =>
    offerSchema.parse({
      ...o,
      texts: { de: o.texts.de },
      contactIds: i === 2 ? ['kontakt-offen', 'kontakt-geheim'] : [],
      schedule:
        i === 2
          ? { byAppointment: true }
          : i === 3
            ? { sessions: [{ start: '2099-03-02T09:00:00Z', end: '2099-03-02T11:00:00Z' }] }
            : o.schedule,
    }),
  );
  const contact = (id: string, given: boolean, name: string) =>
    contactSchema.parse({
      id,
      actorId: 'traeger-beispiel',
      kind: 'person',
      name,
      email: `${id}@example.org`,
      phone: '+49 2361 999999',
      consent: { given, date: '2026-01-10' },
      visibility: { name: true, role: true, email: true, phone: false, languages: true },
    });
  return buildFeed(
    {
      schemaVersion: 1,
      profileId: recklinghausenProfile.id,
      actors: [
        {
          id: 'traeger-beispiel',
          name: 'Beispielträger e. V.',
          kind: 'wohlfahrtsverband',
          staffing: 'mixed',
          website: 'https://traeger.example.org/',
          phone: '+49 2361 55555',
          municipalities: [],
        },
      ],
      contacts: [
        contact('kontakt-offen', true, 'Erika Offen'),
        contact('kontakt-geheim', false, 'Geheim Person'),
      ],
      offers,
      goodPractices: [],
      goals: [],
      actionSteps: [],
      projects: [],
      barriers: [],
    },
    recklinghausenProfile,
    { now: new Date('2026-11-25T12:00:00Z') },
  );
}

beforeAll(async () => {
  await page.viewport(1280, 900);
});
afterEach(() => {
  history.replaceState(null, '', window.location.pathname);
  document.head.querySelectorAll('script[type="application/ld+json"]').forEach((s) => s.remove());
});

describe('no crash, no dead end', () => {
  test('a feed whose offers lack schedule, registration and contactIds renders in search and detail', async () => {
    const data = asJson(sampleFeed(sampleOffers(6)));
    for (const offer of data.offers) {
      delete offer.schedule;
      delete offer.registration;
      delete offer.contactIds;
    }
    const url = jsonUrl(data);
    const search = await mount<VfOfferSearch>(`<vf-offer-search src="${url}"></vf-offer-search>`);
    await until(() => statusText(search) === '6 Angebote gefunden');
    const detail = await mount<VfOfferDetail>(
      `<vf-offer-detail src="${url}" offer-id="angebot-1"></vf-offer-detail>`,
    );
    await until(() => shadowOf(detail).querySelector('[part="title"]'));
    expect(shadowOf(detail).textContent).toContain('Keine Anmeldung nötig');
  });

  test('a broken part is named, in German and English, with the cause in the page language', async () => {
    const data = asJson(sampleFeed(sampleOffers(3)));
    data.offers[1]!.schedule = 'dienstags';
    const el = await mount<VfOfferSearch>(
      `<vf-offer-search src="${jsonUrl(data)}"></vf-offer-search>`,
      'ar',
    );
    const alert = await until(() => shadowOf(el).querySelector('[role="alert"]'));
    expect(alert.textContent).toContain('البيانات ليست بالصيغة المتوقعة');
    expect(alert.querySelector('[lang="de"]')?.textContent).toContain(
      'Feed ungültig bei offers[1].schedule',
    );
    expect(alert.querySelector('[lang="en"]')?.textContent).toContain('Invalid feed');
    expect(await axeViolations(el)).toEqual([]);
  });

  test('a missing feed says "not found at this address", an unreachable one says so', async () => {
    const missing = await mount<VfOfferSearch>(
      `<vf-offer-search src="/gibt-es-nicht/feed.json"></vf-offer-search>`,
    );
    const alert = await until(() => shadowOf(missing).querySelector('[role="alert"]'));
    expect(alert.textContent).toContain('nicht gefunden (Fehler 404)');
    const detail = await mount<VfOfferDetail>(
      `<vf-offer-detail src="http://127.0.0.1:9/feed.json" offer-id="x"></vf-offer-detail>`,
      'uk',
    );
    const unreachable = await until(() => shadowOf(detail).querySelector('[role="alert"]'), 8000);
    expect(unreachable.textContent).toContain('Сервер недоступний');
  });

  test('the detail view reads the offer id from the address, and an unknown id is "not found"', async () => {
    const url = jsonUrl(feedWithContacts());
    history.replaceState(null, '', '?angebot=angebot-2');
    const el = await mount<VfOfferDetail>(`<vf-offer-detail src="${url}"></vf-offer-detail>`);
    await until(() => shadowOf(el).querySelector('[part="title"]'));
    history.replaceState(null, '', '?id=angebot-3');
    const byId = await mount<VfOfferDetail>(`<vf-offer-detail src="${url}"></vf-offer-detail>`);
    await until(() => shadowOf(byId).querySelector('[part="title"]'));
    history.replaceState(null, '', '?angebot=gibt-es-nicht');
    const unknown = await mount<VfOfferDetail>(
      `<vf-offer-detail src="${url}"></vf-offer-detail>`,
      'ar',
    );
    await until(() => shadowOf(unknown).textContent?.includes('لم يُعثر على هذا العرض'));
    expect(shadowOf(unknown).querySelector('[role="alert"]')).toBeNull();
  });

  test('a model-valid offer with a 259-character street opens in the form', async () => {
    const [base] = sampleOffers(1);
    const street = `${'Lange Straße '.repeat(19)}12`.slice(0, 259);
    const offer = offerSchema.parse({
      ...base,
      locations: [
        {
          ...base!.locations[0],
          address: { street, postalCode: '45657', locality: 'Recklinghausen' },
        },
      ],
      schedule: {
        weekly: Array.from({ length: 35 }, (_, i) => ({
          day: 'mo',
          opens: `${String(6 + Math.floor(i / 3)).padStart(2, '0')}:0${i % 3}`,
          closes: '23:00',
        })),
      },
    });
    const el = await mount<VfOfferForm>(`<vf-offer-form draft-key="vf-long"></vf-offer-form>`);
    el.profile = recklinghausenProfile;
    el.offer = offer;
    await el.updateComplete;
    const field = await until(() => shadowOf(el).querySelector<HTMLInputElement>('#street'));
    expect(field.value).toBe(street);
    localStorage.removeItem('vf-long');
  });
});

describe('contacts and provider from the feed', () => {
  test('the detail view shows the consented contact and the provider, nothing unconsented', async () => {
    const url = jsonUrl(feedWithContacts());
    const el = await mount<VfOfferDetail>(
      `<vf-offer-detail src="${url}" offer-id="angebot-2"></vf-offer-detail>`,
      'uk',
    );
    await until(() => shadowOf(el).querySelector('[part~="provider"]'));
    const text = shadowOf(el).textContent ?? '';
    expect(text).toContain('Erika Offen');
    expect(text).toContain('kontakt-offen@example.org');
    expect(text).not.toContain('Geheim');
    expect(text).not.toContain('999999');
    const provider = shadowOf(el).querySelector('[part~="provider"]')!;
    expect(provider.textContent).toContain('Організатор');
    expect(provider.querySelector('[lang="de"]')?.textContent).toBe('Beispielträger e. V.');
    expect(provider.querySelector('a[href^="tel:"]')?.getAttribute('href')).toBe(
      'tel:+49236155555',
    );
    const jsonLd = document.head.querySelector('script[type="application/ld+json"]')?.textContent;
    expect(jsonLd).toContain('kontakt-offen@example.org');
    expect(jsonLd).not.toContain('Geheim');
    expect(await axeViolations(el)).toEqual([]);
  });

  test(
    'XSS payloads in contacts and provider stay text',
    async () => {
      const feed = feedWithContacts();
      for (const [i, payload] of xssPayloads.entries()) {
        const data = asJson(feed) as unknown as Record<string, unknown> & {
          actors: Record<string, unknown>[];
          contacts: Record<string, unknown>[];
        };
        data.actors[0]!.name = payload;
        data.contacts[0]!.name = payload;
        data.contacts[0]!.role = { de: payload };
        const el = await mount<VfOfferDetail>(
          `<vf-offer-detail src="${jsonUrl(data)}" offer-id="angebot-2"></vf-offer-detail>`,
        );
        await until(() => shadowOf(el).querySelector('[part~="provider"]'));
        expect(i).toBeGreaterThanOrEqual(0);
        await expectNoXss(shadowOf(el));
      }
    },
    perPayloadTimeout,
  );
});

describe('result rows', () => {
  test('rows with the same title differ by city, provider and time, in every UI language', async () => {
    const url = jsonUrl(feedWithContacts());
    for (const [lang, byAppointment] of [
      ['de', 'Nach Vereinbarung'],
      ['ar', null],
      ['uk', null],
    ] as const) {
      history.replaceState(null, '', '?vf-q=Migrationsberatung');
      const el = await mount<VfOfferSearch>(
        `<vf-offer-search src="${url}" detail-url="?angebot={id}"></vf-offer-search>`,
        lang,
      );
      await until(() => rows(el).length === 2);
      const facts = rows(el).map((r) => r.querySelector('[part~="facts"]')?.textContent ?? '');
      expect(new Set(facts).size).toBe(2);
      expect(facts.every((f) => f.includes('Beispielträger e. V.'))).toBe(true);
      if (byAppointment) expect(facts.some((f) => f.includes(byAppointment))).toBe(true);
      expect(await axeViolations(el)).toEqual([]);
    }
  });

  test('with a distance filter, rows say how far', async () => {
    history.replaceState(null, '', '?vf-near=05562032:20');
    const el = await mount<VfOfferSearch>(
      `<vf-offer-search src="${jsonUrl(feedWithContacts())}"></vf-offer-search>`,
    );
    await until(() => rows(el).length > 0);
    expect(rows(el)[0]!.textContent).toMatch(/\d+(,\d)? km entfernt/);
  });

  test(
    'XSS payloads as provider and city names stay text in result rows',
    async () => {
      const feed = feedWithContacts();
      for (const [i, payload] of xssPayloads.entries()) {
        const data = asJson(feed) as unknown as Record<string, unknown> & {
          actors: Record<string, unknown>[];
          profile: { municipalities: Record<string, unknown>[] };
        };
        data.actors[0]!.name = payload;
        data.profile.municipalities[0]!.name = payload;
        const el = await mount<VfOfferSearch>(
          `<vf-offer-search src="${jsonUrl(data)}" no-url-state></vf-offer-search>`,
        );
        await until(() => rows(el).length > 0);
        expect(i).toBeGreaterThanOrEqual(0);
        await expectNoXss(shadowOf(el));
      }
    },
    perPayloadTimeout,
  );
});

describe('phone and keyboard', () => {
  test('at 390 px the results come first and the filters wait behind a button with the active count', async () => {
    await page.viewport(390, 844);
    try {
      history.replaceState(null, '', '?vf-free=1');
      const el = await mount<VfOfferSearch>(
        `<vf-offer-search src="${jsonUrl(feedWithContacts())}"></vf-offer-search>`,
      );
      await until(() => rows(el).length > 0);
      const toggle = shadowOf(el).querySelector<HTMLButtonElement>('[part~="filters-toggle"]')!;
      const filters = shadowOf(el).querySelector<HTMLElement>('[part~="filters"]')!;
      expect(toggle.textContent?.trim()).toBe('Filter (1 aktiv)');
      expect(toggle.getAttribute('aria-expanded')).toBe('false');
      expect(filters.offsetHeight).toBe(0);
      const first = rows(el)[0]!.getBoundingClientRect();
      expect(first.top).toBeLessThan(844);
      toggle.focus();
      await userEvent.keyboard('{Enter}');
      await until(() => filters.offsetHeight > 0);
      expect(toggle.getAttribute('aria-expanded')).toBe('true');
      expect(await axeViolations(el)).toEqual([]);
      // "Show results" closes the panel and takes the person to the result count.
      const done = filters.querySelector<HTMLButtonElement>('.filters-done')!;
      done.focus();
      await userEvent.keyboard('{Enter}');
      await until(() => shadowOf(el).activeElement?.getAttribute('part') === 'status');
      expect(filters.offsetHeight).toBe(0);
    } finally {
      await page.viewport(1280, 900);
    }
  });

  test('while typing, the list says it is searching; Escape keeps the query', async () => {
    const el = await mount<VfOfferSearch>(
      `<vf-offer-search src="${jsonUrl(feedWithContacts())}"></vf-offer-search>`,
      'ar',
    );
    await until(() => rows(el).length > 0);
    await userEvent.click(input(el));
    // Arabic queries load the translator first: the busy state is visible meanwhile.
    await userEvent.keyboard('استشارة');
    await until(() => rows(el).length > 0 && statusText(el) !== '');
    await userEvent.keyboard('{Escape}');
    expect(input(el).value).toBe('استشارة');
  });
});

describe('languages of parts', () => {
  test('profile labels show in the page language; a German-only label is marked and says so', async () => {
    const data = asJson(sampleFeed(sampleOffers(8))) as unknown as {
      profile: { fieldsOfAction: { id: string; label: Record<string, string> }[] };
    };
    const sport = data.profile.fieldsOfAction.find((f) => f.id === 'sport')!;
    sport.label = { de: 'Sport und Bewegung' };
    const el = await mount<VfOfferSearch>(
      `<vf-offer-search src="${jsonUrl(data)}" no-url-state></vf-offer-search>`,
      'ar',
    );
    await until(() => rows(el).length > 0);
    const labels = [...shadowOf(el).querySelectorAll('input[name="fieldOfAction"]')].map((i) =>
      i.closest('label')!,
    );
    const german = labels.find((l) => l.textContent?.includes('Sport und Bewegung'))!;
    expect(german.querySelector('[lang="de"]')?.textContent).toBe('Sport und Bewegung');
    expect(german.textContent).toContain('بالألمانية فقط');
    expect(labels.some((l) => l.textContent?.includes('السكن'))).toBe(true);
    expect(await axeViolations(el)).toEqual([]);
  });
});

test('an English page shows no German while the English texts load', async () => {
  const el = document.createElement('vf-offer-search');
  // A language whose pack is not loaded yet in this test file: Russian stands in for "not yet arrived".
  const main = Object.assign(document.createElement('main'), { lang: 'ru' });
  document.body.replaceChildren(main);
  main.append(el);
  await (el as VfOfferSearch).updateComplete;
  const noGermanShown =
    el.hasAttribute('data-vf-pending') || !shadowOf(el).textContent?.includes('Angebote suchen');
  expect(noGermanShown).toBe(true);
  await until(() => !el.hasAttribute('data-vf-pending'));
  expect(getComputedStyle(el).visibility).toBe('visible');
  expect(shadowOf(el).querySelector('label')?.textContent).not.toContain('Angebote suchen');
});
