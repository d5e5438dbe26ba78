/**
 * fast-check generators of valid datasets, for the property tests of every interop format (not part of
 * the public API). Texts deliberately contain the characters that break naive CSV and JSON handling.
 */
import fc from 'fast-check';
import { actorSchema, contactSchema, type Actor, type Contact } from '../actor.js';
import type { Dataset } from '../dataset.js';
import { locationSchema, type Location } from '../location.js';
import { offerKindSchema, offerSchema, type Offer } from '../offer.js';
import { scheduleSchema, type Schedule } from '../schedule.js';

const slug = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,15}$/);
const word = fc.stringMatching(/^[A-Za-zÄÖÜäöüß0-9]{1,8}$/);
/** A trimmed text of words with CSV-hostile separators (`;`, `,`, `"`, line breaks) between them. */
const text = (minLength: number) =>
  fc
    .array(word, { minLength: 1, maxLength: 6 })
    .chain((words) =>
      fc
        .array(fc.constantFrom(' ', '; ', ', ', ' "', '" ', '\n', ' – '), {
          minLength: words.length - 1,
          maxLength: words.length - 1,
        })
        .map((separators) =>
          words.map((w, i) => (i === 0 ? w : `${separators[i - 1]}${w}`)).join(''),
        ),
    )
    .filter((value) => value.trim() === value && value.length >= minLength);
const languageCode = fc.constantFrom('de', 'en', 'ar', 'uk', 'tr', 'fa');
const localized = fc.dictionary(languageCode, text(1), { minKeys: 1, maxKeys: 3 });
const ags = fc.constantFrom('05562004', '05562008', '05562012', '05562014', '05562020', '05562024');
const day = fc
  .date({
    min: new Date('2024-01-01T00:00:00Z'),
    max: new Date('2028-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10));
const instant = fc
  .date({
    min: new Date('2024-01-01T00:00:00Z'),
    max: new Date('2028-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString());
const clock = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
/** An optional first and last day, in order when both are there. */
const validity = fc
  .tuple(optional(day), optional(day))
  .map(([a, b]) => (a && b && b < a ? [b, a] : [a, b]));

/** Drops `undefined` members, as a parsed JSON dataset would never have them. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

const location: fc.Arbitrary<Location> = fc
  .record({
    id: slug,
    name: optional(text(1)),
    municipality: ags,
    address: optional(
      fc.record({
        street: text(1),
        postalCode: fc.stringMatching(/^4[0-9]{4}$/),
        locality: text(1),
        country: fc.constant('DE'),
      }),
    ),
    geo: optional(
      fc.record({
        lat: fc.double({ min: 51.5, max: 51.8, noNaN: true }),
        lon: fc.double({ min: 6.9, max: 7.5, noNaN: true }),
      }),
    ),
    placeKind: optional(fc.constantFrom('stadtteilzentrum', 'schule', 'verein')),
    accessibility: fc
      .record({
        wheelchair: fc.constantFrom('yes', 'no', 'unknown'),
        details: optional(localized),
      } as const)
      .map(defined),
  })
  .map((value) => locationSchema.parse(defined(value)));

const schedule: fc.Arbitrary<Schedule> = fc
  .record({
    timeZone: fc.constant('Europe/Berlin'),
    weekly: fc.array(
      fc
        .record({
          day: fc.constantFrom('mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'),
          hours: fc
            .tuple(clock, clock)
            .filter(([a, b]) => a !== b)
            .map(([a, b]) => (a < b ? [a, b] : [b, a])),
          interval: fc.integer({ min: 1, max: 4 }),
          note: optional(localized),
        } as const)
        .map(({ hours: [opens, closes], ...slot }) => defined({ ...slot, opens, closes })),
      { maxLength: 3 },
    ),
    sessions: fc.array(
      fc.record({ start: instant, end: instant, note: optional(localized) }).map(defined),
      {
        maxLength: 2,
      },
    ),
    byAppointment: fc.boolean(),
    validity,
    closures: fc.array(
      fc.record({ from: day, until: day, reason: optional(localized) }).map(defined),
      {
        maxLength: 2,
      },
    ),
    note: optional(localized),
  })
  .map(({ validity: [validFrom, validUntil], ...value }) =>
    scheduleSchema.parse(defined({ ...value, validFrom, validUntil })),
  );

function offerFor(providerIds: string[], contactIds: string[]): fc.Arbitrary<Offer> {
  const texts = fc.dictionary(
    languageCode,
    fc
      .record({
        title: text(3),
        summary: text(1),
        description: optional(text(1)),
        status: fc.constantFrom('original', 'machine', 'human-checked'),
      } as const)
      .map(defined),
    { minKeys: 1, maxKeys: 3 },
  );
  return fc
    .record({
      id: slug,
      kind: fc.constantFrom(...offerKindSchema.options),
      texts: texts.map((record) => ({
        de: { title: 'Deutschkurs', summary: 'Kurs', status: 'original' as const },
        ...record,
      })),
      easyLanguage: optional(
        fc
          .record({ title: text(3), summary: text(1), description: optional(text(1)) })
          .map(defined),
      ),
      providerId: fc.constantFrom(...providerIds),
      contactIds: fc.subarray(contactIds),
      area: fc.oneof(
        fc.constant({ kind: 'county' as const }),
        fc
          .uniqueArray(ags, { minLength: 1, maxLength: 3 })
          .map((list) => ({ kind: 'municipalities' as const, ags: list })),
      ),
      locations: fc.uniqueArray(location, { maxLength: 2, selector: (l) => l.id }),
      fieldsOfAction: fc.uniqueArray(
        fc.constantFrom('sprache', 'arbeit', 'bildung', 'gesundheit'),
        { minLength: 1, maxLength: 3 },
      ),
      targetGroups: fc.uniqueArray(
        fc
          .record({
            id: fc.constantFrom('kinder', 'frauen', 'gefluechtete', 'senioren'),
            minAge: optional(fc.integer({ min: 0, max: 60 })),
            maxAge: optional(fc.integer({ min: 60, max: 120 })),
          })
          .map(defined),
        { maxLength: 3, selector: (group) => group.id },
      ),
      languages: fc.uniqueArray(languageCode, { minLength: 1, maxLength: 3 }),
      cost: fc
        .record({
          kind: fc.constantFrom('free', 'reduced', 'paid'),
          amountEur: optional(fc.integer({ min: 0, max: 50_000 }).map((cents) => cents / 100)),
          note: optional(localized),
        } as const)
        .map(defined),
      format: fc.constantFrom('on-site', 'online', 'hybrid'),
      registration: fc
        .record({
          required: fc.boolean(),
          howTo: optional(localized),
          url: optional(slug.map((path) => `https://example.org/${path}`)),
          documents: fc.array(localized, { maxLength: 2 }),
        })
        .map(defined),
      schedule,
      tags: fc.uniqueArray(
        text(1).filter((tag) => tag.length <= 60),
        { maxLength: 3 },
      ),
      status: fc.constantFrom('draft', 'submitted', 'published', 'archived', 'rejected'),
      history: fc.constant([]),
      lastReviewedAt: optional(day),
      validity,
      updatedAt: optional(instant),
    } as const)
    .map(({ validity: [validFrom, validUntil], ...offer }) =>
      offerSchema.parse(defined({ ...offer, validFrom, validUntil })),
    );
}

const actor = (id: string): fc.Arbitrary<Actor> =>
  fc
    .record({
      id: fc.constant(id),
      name: text(1),
      kind: fc.constantFrom('verein', 'behoerde', 'wohlfahrtsverband'),
      staffing: fc.constantFrom('staff', 'volunteer', 'mixed'),
      description: optional(localized),
      website: optional(slug.map((path) => `https://example.org/${path}`)),
      email: optional(slug.map((name) => `${name}@example.org`)),
      phone: optional(fc.stringMatching(/^\+49 2361 [0-9]{4,6}$/)),
      municipalities: fc.uniqueArray(ags, { maxLength: 2 }),
    } as const)
    .map((value) => actorSchema.parse(defined(value)));

const contact = (id: string, actorIds: string[]): fc.Arbitrary<Contact> =>
  fc
    .record({
      id: fc.constant(id),
      actorId: fc.constantFrom(...actorIds),
      kind: fc.constantFrom('person', 'role-mailbox'),
      name: optional(text(1)),
      role: optional(localized),
      email: optional(slug.map((name) => `${name}@example.org`)),
      phone: optional(fc.stringMatching(/^\+49 2361 [0-9]{4,6}$/)),
      languages: fc.uniqueArray(languageCode, { maxLength: 2 }),
      consent: fc
        .record({
          given: fc.boolean(),
          date: day,
          basis: fc.constantFrom('consent', 'public-task'),
        } as const)
        .map(defined),
      visibility: fc.record({
        name: fc.boolean(),
        role: fc.boolean(),
        email: fc.boolean(),
        phone: fc.boolean(),
        languages: fc.boolean(),
      }),
    } as const)
    .map((value) => contactSchema.parse(defined(value)));

/** A valid dataset of a few actors, contacts and offers that refer to each other. */
export const datasetArbitrary: fc.Arbitrary<Dataset> = fc
  .record({
    actorIds: fc.uniqueArray(slug, { minLength: 1, maxLength: 3 }),
    contactIds: fc.uniqueArray(slug, { maxLength: 4 }),
  })
  .chain(({ actorIds, contactIds }) =>
    fc.record({
      actors: fc.tuple(...actorIds.map(actor)),
      contacts: fc.tuple(...contactIds.map((id) => contact(id, actorIds))),
      offers: fc.uniqueArray(offerFor(actorIds, contactIds), {
        minLength: 1,
        maxLength: 4,
        selector: (o) => o.id,
      }),
    }),
  )
  .map(({ actors, contacts, offers }): Dataset => ({
    schemaVersion: 1 as const,
    profileId: 'recklinghausen',
    actors,
    contacts,
    offers,
    goodPractices: [],
    goals: [],
    actionSteps: [],
    projects: [],
    barriers: [],
  }));
