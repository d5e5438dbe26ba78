import { contactSchema, recklinghausenProfile as profile, type Dataset } from '@vielfalt/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildFeed, loadOfferIndex } from './feed.js';
import { FeedFormatError } from './feed-outline.js';
import { feedSchema } from './feed-schema.js';
import { makeOffer } from './fixtures.js';

const contact = (id: string, overrides: Record<string, unknown> = {}) =>
  contactSchema.parse({
    id,
    actorId: 'anbieter',
    kind: 'person',
    name: `Person ${id}`,
    role: { de: 'Beratung' },
    email: `${id}@example.org`,
    phone: '+49 2361 123456',
    languages: ['de', 'ar'],
    consent: { given: true, date: '2026-01-10' },
    visibility: { name: true, role: true, email: true, phone: false, languages: true },
    ...overrides,
  });

function dataset(contacts: ReturnType<typeof contact>[], contactIds: string[]): Dataset {
  return {
    schemaVersion: 1,
    profileId: profile.id,
    actors: [
      {
        id: 'anbieter',
        name: 'Beispielträger e. V.',
        kind: 'wohlfahrtsverband',
        staffing: 'mixed',
        municipalities: [],
      },
    ],
    contacts,
    offers: [makeOffer('dk', 'Deutschkurs am Vormittag', 'Deutsch lernen', { contactIds })],
    goodPractices: [],
    goals: [],
    actionSteps: [],
    projects: [],
    barriers: [],
  };
}

describe('contacts in the feed', () => {
  it('carries only the named contacts, only with consent, only their visible fields', () => {
    const feed = buildFeed(
      dataset(
        [
          contact('k-ok'),
          contact('k-no-consent', { consent: { given: false, date: '2026-01-10' } }),
          contact('k-not-named'),
        ],
        ['k-ok', 'k-no-consent'],
      ),
      profile,
    );
    expect(feed.contacts).toEqual([
      {
        id: 'k-ok',
        actorId: 'anbieter',
        kind: 'person',
        name: 'Person k-ok',
        role: { de: 'Beratung' },
        email: 'k-ok@example.org',
        languages: ['de', 'ar'],
      },
    ]);
    const text = JSON.stringify(feed);
    expect(text).not.toContain('k-no-consent@');
    expect(text).not.toContain('k-not-named');
    expect(text).not.toContain('+49 2361');
    expect(JSON.stringify(feed.contacts)).not.toMatch(/consent|visibility/);
    expect(feedSchema.safeParse(JSON.parse(text)).success).toBe(true);
  });

  it('never publishes a field whose visibility is off or a contact without consent (property)', () => {
    const flags = fc.record({
      given: fc.boolean(),
      name: fc.boolean(),
      role: fc.boolean(),
      email: fc.boolean(),
      phone: fc.boolean(),
      languages: fc.boolean(),
    });
    fc.assert(
      fc.property(flags, (f) => {
        const c = contact('k', {
          consent: { given: f.given, date: '2026-01-10' },
          visibility: {
            name: f.name,
            role: f.role,
            email: f.email,
            phone: f.phone,
            languages: f.languages,
          },
        });
        const [shown] = buildFeed(dataset([c], ['k']), profile).contacts ?? [];
        if (!f.given) return shown === undefined;
        return (['name', 'role', 'email', 'phone', 'languages'] as const).every(
          (field) => f[field] || shown?.[field] === undefined,
        );
      }),
    );
  });

  it('the feed schema refuses a contact carrying its consent record', () => {
    const feed = buildFeed(dataset([contact('k')], ['k']), profile);
    const leaked = { ...feed, contacts: [contact('k')] };
    expect(feedSchema.safeParse(JSON.parse(JSON.stringify(leaked))).success).toBe(false);
  });
});

describe('the outline of optional parts', () => {
  const feed = () => JSON.parse(JSON.stringify(buildFeed(dataset([], []), profile)));

  it('loads offers without the parts the model fills in (schedule, registration, contactIds)', () => {
    const data = feed();
    delete data.offers[0].schedule;
    delete data.offers[0].registration;
    delete data.offers[0].contactIds;
    delete data.contacts;
    expect(loadOfferIndex(data).search({ text: 'deutschkurs' }).total).toBe(1);
  });

  it('names a present part of the wrong shape', () => {
    const cases: [(d: ReturnType<typeof feed>) => void, RegExp][] = [
      [(d) => (d.offers[0].schedule = 'dienstags'), /offers\[0\]\.schedule: expected an object/],
      [
        (d) => (d.offers[0].schedule.weekly = {}),
        /offers\[0\]\.schedule\.weekly: expected an array/,
      ],
      [(d) => (d.offers[0].contactIds = 'k'), /offers\[0\]\.contactIds: expected an array/],
      [(d) => (d.contacts = [{}]), /contacts\[0\]\.id: expected a string/],
    ];
    for (const [breakIt, message] of cases) {
      const data = feed();
      breakIt(data);
      expect(() => loadOfferIndex(data)).toThrow(FeedFormatError);
      expect(() => loadOfferIndex(data)).toThrow(message);
    }
  });
});
