import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../define/offer-search.js';
import { axeViolations, jsonUrl, mount, shadowOf, until } from '../testing/dom.js';
import { offerSchema } from '@vielfalt/model';
import { sampleFeed, sampleOffers } from '../testing/offers.js';
import { expectNoXss, perPayloadTimeout, xssPayloads } from '../testing/xss.js';
import type { VfOfferSearch } from './offer-search.js';
import type { VfLoadErrorEvent } from '../events.js';

let feedUrl = '';
beforeAll(async () => {
  feedUrl = jsonUrl(sampleFeed(sampleOffers(40)));
  // A laptop: filters beside the results (the phone layout has its own test).
  await page.viewport(1280, 900);
});
afterEach(() => {
  history.replaceState(null, '', window.location.pathname);
});

const statusText = (el: Element) =>
  shadowOf(el).querySelector('[part~="status"]')?.textContent?.trim() ?? '';
const titles = (el: Element) =>
  [...shadowOf(el).querySelectorAll('[part~="result-link"]')].map((a) => a.textContent?.trim());
const input = (el: Element) =>
  shadowOf(el).querySelector('input[role="combobox"]') as HTMLInputElement;

async function loaded(lang = 'de', extra = ''): Promise<VfOfferSearch> {
  const el = await mount<VfOfferSearch>(
    `<vf-offer-search src="${feedUrl}" detail-url="/angebote/{id}" ${extra}></vf-offer-search>`,
    lang,
  );
  await until(() => titles(el).length > 0);
  return el;
}

describe('<vf-offer-search>', () => {
  test('loads a feed and announces the number of offers in a live region', async () => {
    const el = await loaded();
    expect(statusText(el)).toBe('40 Angebote gefunden');
    expect(shadowOf(el).querySelector('[part~="status"]')?.getAttribute('role')).toBe('status');
    expect(titles(el)).toHaveLength(10);
    const link = shadowOf(el).querySelector('a[part~="result-link"]') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toMatch(/^\/angebote\/angebote?-\d+$/);
  });

  test('typing searches at once and marks the matched words, as text', async () => {
    const el = await loaded();
    await userEvent.click(input(el));
    await userEvent.keyboard('Fußball');
    await until(() => statusText(el) === '5 Angebote gefunden');
    const marks = [...shadowOf(el).querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => /fußball/i.test(m ?? ''))).toBe(true);
    expect(new URLSearchParams(window.location.search).get('vf-q')).toBe('Fußball');
  });

  test('keyboard only: suggestions as a combobox, filters, paging', async () => {
    const el = await loaded();
    await userEvent.keyboard('{Tab}');
    expect(shadowOf(el).activeElement).toBe(input(el));
    await userEvent.keyboard('Deut');
    await until(() => input(el).getAttribute('aria-expanded') === 'true');
    await userEvent.keyboard('{ArrowDown}');
    const active = input(el).getAttribute('aria-activedescendant');
    expect(active).toBe('suggestion-0');
    const chosen = shadowOf(el).getElementById(active!)?.textContent?.trim();
    expect(shadowOf(el).getElementById(active!)?.getAttribute('aria-selected')).toBe('true');
    await userEvent.keyboard('{Enter}');
    expect(input(el).value).toBe(chosen);
    expect(input(el).getAttribute('aria-expanded')).toBe('false');
    await until(
      () => /Angebote? gefunden/.test(statusText(el)) && !statusText(el).startsWith('40'),
    );

    // Escape never empties the box (a native search box would): what was typed and found stays.
    const found = statusText(el);
    await userEvent.keyboard('{Escape}');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(input(el).value).toBe(chosen);
    expect(statusText(el)).toBe(found);
    await userEvent.keyboard('{Control>}a{/Control}{Backspace}');
    await until(() => statusText(el) === '40 Angebote gefunden');

    // Tab on to the first filter ("free") and tick it with the space bar.
    const free = shadowOf(el).querySelector('input[name="free"]') as HTMLInputElement;
    while (shadowOf(el).activeElement !== free) await userEvent.keyboard('{Tab}');
    await userEvent.keyboard(' ');
    await until(() => free.checked && statusText(el) === '30 Angebote gefunden');
    expect(new URLSearchParams(window.location.search).get('vf-free')).toBe('1');

    const next = [...shadowOf(el).querySelectorAll('nav button')].at(-1) as HTMLButtonElement;
    next.focus();
    await userEvent.keyboard('{Enter}');
    await until(() => shadowOf(el).textContent?.includes('Seite 2 von 3'));
    // Focus moves to the result count so screen-reader users hear where they are.
    expect(shadowOf(el).activeElement?.getAttribute('part')).toBe('status');
  });

  test('facet counts are disjunctive: choosing a city keeps the other cities counted', async () => {
    const el = await loaded();
    const cities = () => [
      ...shadowOf(el).querySelectorAll<HTMLInputElement>('input[name="municipality"]'),
    ];
    const before = cities().length;
    expect(before).toBe(5);
    await userEvent.click(cities()[0]!);
    await until(() => statusText(el) === '8 Angebote gefunden');
    expect(cities()).toHaveLength(before);
    const labels = cities().map((c) =>
      c.closest('label')?.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(labels.every((l) => /\(8\)$/.test(l ?? ''))).toBe(true);
  });

  test('query and filters live in the URL: a shared link restores them and the back button undoes a filter', async () => {
    history.replaceState(null, '', '?vf-q=Sprachcaf%C3%A9&vf-format=online,hybrid&other=kept');
    const el = await loaded();
    expect(input(el).value).toBe('Sprachcafé');
    const online = shadowOf(el).querySelector(
      'input[name="format"][value="online"]',
    ) as HTMLInputElement | null;
    expect(online === null || online.checked).toBe(true);
    const before = statusText(el);
    const free = shadowOf(el).querySelector('input[name="free"]') as HTMLInputElement;
    await userEvent.click(free);
    await until(() => new URLSearchParams(window.location.search).get('vf-free') === '1');
    expect(new URLSearchParams(window.location.search).get('other')).toBe('kept');
    history.back();
    await until(() => !free.checked && statusText(el) === before);
  });

  test('an empty result offers "did you mean", hints and resetting the filters', async () => {
    history.replaceState(null, '', '?vf-free=1&vf-format=online');
    const el = await loaded();
    await userEvent.click(input(el));
    await userEvent.keyboard('Deutschkurss{Enter}');
    const empty = await until(() => shadowOf(el).querySelector('[part~="empty"]'));
    expect(empty.textContent).toContain('Keine passenden Angebote gefunden.');
    expect(empty.textContent).toContain('Tipps:');
    const suggestion = [...empty.querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === 'deutschkurs',
    );
    expect(suggestion).toBeDefined();
    await userEvent.click(suggestion!);
    await until(() => input(el).value === 'deutschkurs');
    const reset = await until(() =>
      [...shadowOf(el).querySelectorAll('[part~="empty"] button')].find((b) =>
        b.textContent?.includes('zurücksetzen'),
      ),
    );
    await userEvent.click(reset);
    await until(() => titles(el).length > 0);
    expect(new URLSearchParams(window.location.search).get('vf-free')).toBeNull();
  });

  test('fires vf-search with the total and vf-offer-select, which a page can cancel', async () => {
    const el = await loaded();
    const searches: number[] = [];
    document.addEventListener('vf-search', (e) => searches.push(e.total));
    await userEvent.click(input(el));
    await userEvent.keyboard('Sprachcafé');
    await until(() => searches.includes(5));
    let selected = '';
    el.addEventListener('vf-offer-select', (e) => {
      selected = e.offerId;
      e.preventDefault();
    });
    const link = shadowOf(el).querySelector('a[part~="result-link"]') as HTMLAnchorElement;
    await userEvent.click(link);
    expect(selected).toMatch(/^angebot-\d+$/);
    expect(window.location.pathname).not.toContain('/angebote/');
  });

  test('takes lang and dir from the nearest ancestor and follows changes', async () => {
    const el = await loaded('ar');
    const base = shadowOf(el).querySelector('[part="base"]')!;
    expect(base.getAttribute('dir')).toBe('rtl');
    expect(input(el).placeholder).toContain('دورة');
    el.parentElement!.setAttribute('lang', 'uk');
    await until(() => base.getAttribute('dir') === 'ltr' && statusText(el).startsWith('Знайдено'));
    el.parentElement!.setAttribute('dir', 'rtl');
    await until(() => base.getAttribute('dir') === 'rtl');
  });

  const dictionaryFile = (code: string) => new RegExp(`dictionary/data/${code}|dictionary-${code}`);

  /**
   * Types `query` into a search over six offers, one of them titled `title` (German only), on a page in
   * `page`; expects that offer alone and returns the files fetched meanwhile.
   */
  async function searchOneOffer(title: string, page: string, query: string): Promise<string[]> {
    const offers = sampleOffers(6).map((o, i) =>
      offerSchema.parse({
        ...o,
        texts: {
          de: {
            title: i === 3 ? title : `Gesprächskreis ${i}`,
            summary: 'Ein Angebot im Stadtteil.',
            status: 'original',
          },
        },
        tags: [],
      }),
    );
    const before = performance.getEntriesByType('resource').length;
    const el = await mount<VfOfferSearch>(
      `<vf-offer-search src="${jsonUrl(sampleFeed(offers))}" no-url-state></vf-offer-search>`,
      page,
    );
    await until(() => titles(el).length > 0);
    await userEvent.click(input(el));
    await userEvent.keyboard(query);
    await until(() => titles(el).length === 1);
    expect(titles(el)).toEqual([title]);
    return performance
      .getEntriesByType('resource')
      .slice(before)
      .map((e) => e.name);
  }

  // Words outside the lexicon of everyday concepts, which only the general dictionaries know: "кераміка"
  // (Keramik) on a Ukrainian page, and "کفش" (shoes) on a German page, whose letter ک is Farsi.
  test.each([
    {
      language: 'Ukrainian',
      page: 'uk',
      query: 'кераміка',
      title: 'Keramik für Anfängerinnen',
      code: 'uk',
    },
    {
      language: 'Farsi',
      page: 'de',
      query: 'کفش',
      title: 'Schuhe für die Kleiderkammer',
      code: 'fa',
    },
  ])(
    'a $language query finds a German-only offer through the dictionary, loaded on demand',
    async ({ page, query, title, code }) => {
      const fetched = await searchOneOffer(title, page, query);
      // The language's dictionary came as a file of its own, when the query needed it.
      expect(fetched.some((name) => dictionaryFile(code).test(name))).toBe(true);
    },
  );

  test('a German word on an Arabic page is searched without fetching the Arabic dictionary', async () => {
    const fetched = await searchOneOffer('Keramik für Anfängerinnen', 'ar', 'Keramik');
    expect(fetched.filter((name) => /dictionary/.test(name))).toEqual([]);
  });

  test('Einfache Sprache on German pages', async () => {
    const el = await loaded('de', 'easy-language');
    // Its texts are a pack of their own; the element stays hidden until they are in, never showing the others.
    await until(() => !el.hasAttribute('data-vf-pending'));
    expect(statusText(el)).toBe('Wir haben 40 Angebote gefunden.');
  });

  test('shows an error with a retry button when the feed cannot be loaded', async () => {
    const errors: string[] = [];
    document.addEventListener('vf-load-error', (e) => errors.push(e.url));
    const el = await mount<VfOfferSearch>(
      '<vf-offer-search src="/no-such-feed.json"></vf-offer-search>',
    );
    await until(() => shadowOf(el).querySelector('[role="alert"]'));
    expect(shadowOf(el).querySelector('[role="alert"]')?.textContent).toContain(
      'Die Daten konnten nicht geladen werden.',
    );
    expect(errors[0]).toContain('/no-such-feed.json');
  });

  test(
    'XSS payloads in titles and summaries are shown as text, also where matches are highlighted',
    async () => {
      const offers = sampleOffers(xssPayloads.length).map((o, i) =>
        offerSchema.parse({
          ...o,
          texts: {
            de: {
              title: `Kurs ${xssPayloads[i]!}`.slice(0, 160),
              summary: `script onerror ${xssPayloads[i]!}`,
              status: 'original',
            },
          },
          tags: [xssPayloads[i]!.slice(0, 60)],
        }),
      );
      const el = await mount<VfOfferSearch>(
        `<vf-offer-search src="${jsonUrl(sampleFeed(offers))}" page-size="100" no-url-state></vf-offer-search>`,
      );
      await until(() => titles(el).length === xssPayloads.length);
      for (const payload of xssPayloads)
        expect(shadowOf(el).textContent).toContain(payload.slice(0, 40));
      await expectNoXss(shadowOf(el));
      await userEvent.click(input(el));
      await userEvent.keyboard('script onerror img');
      await until(() => shadowOf(el).querySelectorAll('mark').length > 10);
      await expectNoXss(shadowOf(el));
    },
    perPayloadTimeout,
  );

  test('with endpoint it asks the server search API and shows its results', async () => {
    await fetch('/__vf/search-data', { method: 'POST', body: JSON.stringify(sampleOffers(40)) });
    history.replaceState(null, '', '?vf-municipality=05562004');
    const el = await mount<VfOfferSearch>(
      '<vf-offer-search endpoint="/__vf/search"></vf-offer-search>',
    );
    await until(() => titles(el).length > 0);
    expect(statusText(el)).toBe('8 Angebote gefunden');
    await userEvent.click(input(el));
    await userEvent.keyboard('Fußball');
    await until(() => statusText(el) === '1 Angebot gefunden');
    expect(titles(el)).toEqual(['Fußballtraining Castrop-Rauxel']);
  });

  test('with endpoint it names a malformed answer in German and English and shows the error', async () => {
    await fetch('/__vf/search-data', {
      method: 'POST',
      body: JSON.stringify([{ id: 7, texts: { de: { title: 'Kurs' } }, area: {} }]),
    });
    const reasons: string[] = [];
    const listen = (e: VfLoadErrorEvent) => reasons.push(e.reason);
    document.addEventListener('vf-load-error', listen);
    const el = await mount<VfOfferSearch>(
      '<vf-offer-search endpoint="/__vf/search"></vf-offer-search>',
    );
    await until(() => shadowOf(el).querySelector('[role="alert"]'));
    document.removeEventListener('vf-load-error', listen);
    expect(reasons[0]).toMatch(
      /unerwartete Antwort bei items\[0\].*unexpected answer at items\[0\]/,
    );
  });

  describe.each(['de', 'en', 'ar', 'uk'])('axe (WCAG 2.1 AA) in %s', (lang) => {
    test('empty, loaded, filtered and error states have no violations', async () => {
      const el = await loaded(lang);
      expect(await axeViolations(el)).toEqual([]);
      await userEvent.click(shadowOf(el).querySelector('input[name="free"]')!);
      await until(
        () =>
          shadowOf(el).querySelector('input[name="free"]:checked') &&
          !statusText(el).includes('40'),
      );
      expect(await axeViolations(el)).toEqual([]);
      await userEvent.click(input(el));
      await userEvent.keyboard('zzzzqqq');
      await until(() => shadowOf(el).querySelector('[part~="empty"]'));
      expect(await axeViolations(el)).toEqual([]);
      const broken = await mount<VfOfferSearch>(
        '<vf-offer-search src="/no-such-feed.json"></vf-offer-search>',
        lang,
      );
      await until(() => shadowOf(broken).querySelector('[role="alert"]'));
      expect(await axeViolations(broken)).toEqual([]);
    });
  });
});
