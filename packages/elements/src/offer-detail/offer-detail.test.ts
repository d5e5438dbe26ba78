import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import {
  contactSchema,
  offerSchema,
  recklinghausenProfile,
  type Contact,
  type Offer,
} from '@vielfalt/model';
import '../define/offer-detail.js';
import { axeViolations, jsonUrl, mount, shadowOf, until } from '../testing/dom.js';
import { sampleFeed, sampleOffers } from '../testing/offers.js';
import { expectNoXss, perPayloadTimeout, xssPayloads } from '../testing/xss.js';
import type { VfOfferDetail } from './offer-detail.js';

const consented = (overrides: Partial<Contact> = {}): Contact =>
  contactSchema.parse({
    id: 'kontakt-1',
    actorId: 'traeger-beispiel',
    kind: 'person',
    name: 'Erika Beispiel',
    role: { de: 'Beraterin', en: 'Counsellor' },
    email: 'beratung@example.org',
    phone: '+49 2361 123456',
    languages: ['de', 'ar'],
    consent: { given: true, date: '2026-01-10' },
    visibility: { name: true, role: true, email: true, phone: false, languages: true },
    ...overrides,
  });

function offerWith(overrides: Record<string, unknown> = {}): Offer {
  const base = sampleOffers(1)[0]!;
  return offerSchema.parse({
    ...base,
    contactIds: ['kontakt-1', 'kontakt-2'],
    easyLanguage: { title: 'Deutsch lernen', summary: 'Hier lernen Sie Deutsch.' },
    ...overrides,
  });
}

async function shown(
  offer: Offer,
  contacts: Contact[] = [consented()],
  lang = 'de',
  extra = '',
): Promise<VfOfferDetail> {
  const el = await mount<VfOfferDetail>(`<vf-offer-detail ${extra}></vf-offer-detail>`, lang);
  el.profile = recklinghausenProfile;
  el.contacts = contacts;
  el.offer = offer;
  await el.updateComplete;
  return el;
}

afterEach(() =>
  document.head.querySelectorAll('script[type="application/ld+json"]').forEach((s) => s.remove()),
);

describe('<vf-offer-detail>', () => {
  test('shows the offer, its times, place with a plain map link, and only consented contact fields', async () => {
    const el = await shown(offerWith(), [
      consented(),
      consented({
        id: 'kontakt-2',
        name: 'Max Geheim',
        consent: { given: false, date: '2026-01-10', basis: 'consent' },
      }),
    ]);
    const root = shadowOf(el);
    expect(root.querySelector('[part="title"]')?.textContent).toBe('Deutschkurs Castrop-Rauxel');
    expect(root.textContent).toMatch(/Montag|Dienstag|Mittwoch|Donnerstag|Freitag/);
    const map = root.querySelector('a[part="map-link"]') as HTMLAnchorElement;
    expect(map.hostname).toBe('www.openstreetmap.org');
    expect(map.target).toBe('');
    expect(root.textContent).toContain('Erika Beispiel');
    expect(root.textContent).toContain('beratung@example.org');
    expect(root.querySelector('a[href^="mailto:"]')?.getAttribute('href')).toBe(
      'mailto:beratung@example.org',
    );
    expect(root.textContent).not.toContain('123456'); // phone not released
    expect(root.textContent).not.toContain('Max Geheim'); // no consent
    expect(root.textContent).toMatch(/Arabisch/);
  });

  test('adds one schema.org JSON-LD script to the page and removes it when gone', async () => {
    const el = await shown(offerWith());
    const scripts = document.head.querySelectorAll('script[type="application/ld+json"]');
    expect(scripts).toHaveLength(1);
    const data = JSON.parse(scripts[0]!.textContent ?? '{}');
    expect(data['@type']).toBe('Course');
    expect(data.name).toBe('Deutschkurs Castrop-Rauxel');
    expect(JSON.stringify(data)).not.toContain('123456');
    el.remove();
    expect(document.head.querySelectorAll('script[type="application/ld+json"]')).toHaveLength(0);
  });

  test('keyboard: Einfache Sprache toggle and "report an error" work with keys alone; the report event can be cancelled', async () => {
    const el = await shown(offerWith());
    let reported = '';
    el.addEventListener('vf-report-error', (e) => {
      reported = e.offerId;
    });
    await userEvent.keyboard('{Tab}');
    const toggle = shadowOf(el).activeElement as HTMLButtonElement;
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    await userEvent.keyboard('{Enter}');
    await until(
      () => shadowOf(el).querySelector('[part="title"]')?.textContent === 'Deutsch lernen',
    );
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    // The Einfache Sprache labels are a pack of their own, fetched on the first toggle.
    await until(() => shadowOf(el).textContent?.includes('Wann?'));
    expect(shadowOf(el).activeElement).toBe(toggle);
    const report = shadowOf(el).querySelector('[part="report"]') as HTMLElement;
    while (shadowOf(el).activeElement !== report) await userEvent.keyboard('{Tab}');
    await userEvent.keyboard('{Enter}');
    expect(reported).toBe('angebot-0');
  });

  test('loads an offer from a feed by id, and reports a missing one', async () => {
    const url = jsonUrl(sampleFeed(sampleOffers(3)));
    const el = await mount<VfOfferDetail>(
      `<vf-offer-detail src="${url}" offer-id="angebot-2"></vf-offer-detail>`,
    );
    await until(() => shadowOf(el).querySelector('[part="title"]'));
    expect(shadowOf(el).querySelector('[part="title"]')?.textContent).toContain(
      'Migrationsberatung',
    );
    const errors: string[] = [];
    document.addEventListener('vf-load-error', (e) => errors.push(e.reason));
    const missing = await mount<VfOfferDetail>(
      `<vf-offer-detail src="${url}" offer-id="gibt-es-nicht"></vf-offer-detail>`,
    );
    // The data loaded: not an error to retry, but "not found".
    await until(() =>
      shadowOf(missing).textContent?.includes('Dieses Angebot wurde nicht gefunden.'),
    );
    expect(shadowOf(missing).querySelector('[role="alert"]')).toBeNull();
    expect(errors.at(-1)).toContain('gibt-es-nicht');
  });

  test('follows lang and dir of the nearest ancestor', async () => {
    const el = await shown(offerWith(), [consented()], 'fa');
    const base = shadowOf(el).querySelector('[part="base"]')!;
    expect(base.getAttribute('dir')).toBe('rtl');
    expect(shadowOf(el).textContent).toContain('زمان‌ها');
    el.closest('main')!.lang = 'en';
    await until(
      () => base.getAttribute('dir') === 'ltr' && shadowOf(el).textContent?.includes('Times'),
    );
  });

  test(
    'links only to http(s), mailto and tel, and renders every XSS payload as text',
    async () => {
      for (const [i, payload] of xssPayloads.entries()) {
        const offer = offerWith({
          texts: {
            de: {
              title: `Kurs ${payload}`.slice(0, 160),
              summary: payload,
              description: payload,
              status: 'original',
            },
          },
          locations: [
            {
              id: 'ort',
              name: payload,
              municipality: '05562004',
              address: { street: payload, postalCode: '45657', locality: payload },
              geo: { lat: 51.6, lon: 7.2 },
            },
          ],
          registration: { required: true, howTo: { de: payload } },
          cost: { kind: 'paid', note: { de: payload } },
          tags: [payload.slice(0, 60)],
        });
        // Bypasses validation on purpose: the view must be safe even if bad data slips through.
        const contact = {
          ...consented(),
          name: payload,
          role: { de: payload },
          email: payload,
          phone: payload,
          visibility: { name: true, role: true, email: true, phone: true, languages: true },
        };
        const el = await shown(
          {
            ...offer,
            registration: {
              ...offer.registration,
              url: i % 2 === 0 ? payload : `javascript:${payload}`,
            },
          },
          [contact],
        );
        expect(shadowOf(el).textContent).toContain(payload);
        await expectNoXss(shadowOf(el));
      }
    },
    perPayloadTimeout,
  );

  describe.each(['de', 'en', 'ar', 'uk'])('axe (WCAG 2.1 AA) in %s', (lang) => {
    test('empty, loaded, easy-language and error states have no violations', async () => {
      const empty = await mount<VfOfferDetail>('<vf-offer-detail></vf-offer-detail>', lang);
      expect(await axeViolations(empty)).toEqual([]);
      const el = await shown(offerWith(), [consented()], lang);
      expect(await axeViolations(el)).toEqual([]);
      el.easyLanguage = true;
      await el.updateComplete;
      expect(await axeViolations(el)).toEqual([]);
      const broken = await mount<VfOfferDetail>(
        '<vf-offer-detail src="/no-such-feed.json" offer-id="x"></vf-offer-detail>',
        lang,
      );
      await until(() => shadowOf(broken).querySelector('[role="alert"]'));
      expect(await axeViolations(broken)).toEqual([]);
    });
  });
});
