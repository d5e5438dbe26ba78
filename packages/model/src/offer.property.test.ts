import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  offerSchema,
  recklinghausenProfile,
  validateDataset,
  type DatasetInput,
  type OfferInput,
} from './index.js';
import { testDataset } from './test-dataset.js';

const profile = recklinghausenProfile;
const ids = <T extends { id: string }>(terms: readonly T[]) => terms.map((term) => term.id);

const day = (offset: number) =>
  new Date(Date.UTC(2025, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
const clock = (minute: number) =>
  `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

/** Two values in order, the second strictly after the first. */
const ordered = (min: number, max: number) =>
  fc
    .tuple(fc.integer({ min, max }), fc.integer({ min, max }))
    .filter(([a, b]) => a !== b)
    .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);

const text = fc.stringMatching(/^[A-Za-zÄÖÜäöüß][A-Za-zÄÖÜäöüß ,.-]{1,40}[a-zß]$/);
const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
const sub = <T>(values: readonly T[]) => fc.subarray([...values], { minLength: 1 });

const offerTexts = fc.record(
  {
    title: text,
    summary: text,
    description: fc.option(text, { nil: undefined }),
    status: fc.constantFrom('original', 'machine', 'human-checked'),
  },
  { requiredKeys: ['title', 'summary', 'status'] },
);

const location = fc
  .record({
    id,
    municipality: fc.constantFrom(...profile.municipalities),
    dLat: fc.double({ min: -0.02, max: 0.02, noNaN: true }),
    dLon: fc.double({ min: -0.02, max: 0.02, noNaN: true }),
    placeKind: fc.constantFrom(...ids(profile.taxonomies.places)),
    wheelchair: fc.constantFrom('yes', 'no', 'unknown'),
  })
  .map(({ id, municipality, dLat, dLon, placeKind, wheelchair }) => ({
    id,
    municipality: municipality.ags,
    geo: { lat: municipality.centre.lat + dLat, lon: municipality.centre.lon + dLon },
    placeKind,
    accessibility: { wheelchair },
  }));

const schedule = fc
  .record({
    weekly: fc.array(
      fc.record({
        day: fc.constantFrom('mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'),
        minutes: ordered(0, 1439),
        interval: fc.integer({ min: 1, max: 4 }),
      }),
      { maxLength: 4 },
    ),
    sessions: fc.array(ordered(0, 60 * 24 * 400), { maxLength: 3 }),
    closures: fc.array(
      fc.tuple(fc.integer({ min: 0, max: 700 }), fc.integer({ min: 0, max: 30 })),
      { maxLength: 2 },
    ),
    validity: fc.tuple(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 400 })),
    byAppointment: fc.boolean(),
  })
  .map(({ weekly, sessions, closures, validity: [from, length], byAppointment }) => ({
    weekly: weekly.map(({ day, minutes: [opens, closes], interval }) => ({
      day,
      opens: clock(opens),
      closes: clock(closes),
      interval,
    })),
    sessions: sessions.map(([start, end]) => ({
      start: new Date(Date.UTC(2025, 0, 1) + start * 60_000).toISOString(),
      end: new Date(Date.UTC(2025, 0, 1) + end * 60_000).toISOString(),
    })),
    closures: closures.map(([start, length]) => ({ from: day(start), until: day(start + length) })),
    validFrom: day(from),
    validUntil: day(from + length),
    byAppointment,
  }));

const targetGroup = fc
  .record({
    id: fc.constantFrom(...ids(profile.taxonomies.targetGroups)),
    ages: fc.option(ordered(0, 99), { nil: undefined }),
  })
  .map(({ id, ages }) => (ages ? { id, minAge: ages[0], maxAge: ages[1] } : { id }));

/** Offers that are valid against the Recklinghausen profile and the test dataset's actors and contacts. */
const validOffer: fc.Arbitrary<OfferInput> = fc
  .record({
    id,
    kind: fc.constantFrom(...offerSchema.shape.kind.options),
    otherTexts: fc.dictionary(fc.constantFrom('en', 'ar', 'uk', 'fa', 'tr', 'ru'), offerTexts, {
      maxKeys: 3,
    }),
    de: offerTexts,
    area: fc.oneof(
      fc.constant({ kind: 'county' as const }),
      sub(profile.municipalities.map((m) => m.ags)).map((ags) => ({
        kind: 'municipalities' as const,
        ags,
      })),
    ),
    locations: fc.uniqueArray(location, { maxLength: 2, selector: (l) => l.id }),
    fieldsOfAction: sub(ids(profile.fieldsOfAction)),
    targetGroups: fc.array(targetGroup, { maxLength: 3 }),
    languages: sub(profile.languages),
    cost: fc.record(
      {
        kind: fc.constantFrom('free', 'reduced', 'paid'),
        amountEur: fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined }),
      },
      { requiredKeys: ['kind'] },
    ),
    format: fc.constantFrom('on-site', 'online', 'hybrid'),
    registrationRequired: fc.boolean(),
    schedule,
    status: fc.constantFrom(...offerSchema.shape.status.options),
    reviewed: fc.integer({ min: 0, max: 700 }),
  })
  .map(({ otherTexts, de, registrationRequired, reviewed, status, ...rest }) => ({
    ...rest,
    texts: { de, ...otherTexts },
    providerId: 'awo-marl',
    contactIds: ['kontakt-awo-marl'],
    registration: { required: registrationRequired },
    status,
    history: [{ status, at: `${day(reviewed)}T08:00:00Z`, by: 'ki-kreis-re' }],
    lastReviewedAt: day(reviewed),
  }));

function datasetWith(offer: OfferInput): DatasetInput {
  return { ...testDataset(), offers: [offer], goodPractices: [] };
}

/** An offer as plain JSON, so a mutation can break it in ways the types would not allow. */
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Ways to break a valid offer, each with the path the problem must be reported at. */
const mutations: Array<{ path: string; apply: (offer: Json) => void }> = [
  { path: 'offers[0].id', apply: (o) => (o.id = 'Ungültig!') },
  { path: 'offers[0].texts', apply: (o) => delete o.texts.de },
  { path: 'offers[0].texts.de.title', apply: (o) => (o.texts.de.title = '') },
  { path: 'offers[0].providerId', apply: (o) => (o.providerId = 'niemand') },
  { path: 'offers[0].fieldsOfAction[0]', apply: (o) => (o.fieldsOfAction[0] = 'kochen') },
  { path: 'offers[0].fieldsOfAction', apply: (o) => (o.fieldsOfAction = []) },
  {
    path: 'offers[0].area',
    apply: (o) => (o.area = { kind: 'municipalities', ags: ['05562099'] }),
  },
  { path: 'offers[0].languages', apply: (o) => (o.languages = 'de') },
  { path: 'offers[0].cost.kind', apply: (o) => (o.cost.kind = 'teuer') },
  { path: 'offers[0].schedule.validUntil', apply: (o) => (o.schedule.validUntil = '2024-12-31') },
  { path: 'offers[0].lastReviewedAt', apply: (o) => (o.lastReviewedAt = '31.12.2025') },
  { path: 'offers[0].format', apply: (o) => delete o.format },
  {
    path: 'offers[0].schedule.weekly',
    apply: (o) => o.schedule.weekly.push({ day: 'mo', opens: '18:00', closes: '08:00' }),
  },
  {
    path: 'offers[0].locations',
    apply: (o) =>
      o.locations.push({ id: 'weit-weg', municipality: '05562032', geo: { lat: 48.1, lon: 11.6 } }),
  },
  {
    path: 'offers[0].targetGroups',
    apply: (o) => o.targetGroups.push({ id: 'jugendliche', minAge: 27, maxAge: 12 }),
  },
];

describe('generated offers', () => {
  test('every valid offer survives a JSON round trip and validation unchanged', () => {
    fc.assert(
      fc.property(validOffer, (offer) => {
        const first = validateDataset(profile, datasetWith(offer));
        expect(first.ok ? [] : first.problems).toEqual([]);
        const roundTripped = validateDataset(
          profile,
          JSON.parse(JSON.stringify(datasetWith(offer))),
        );
        expect(roundTripped).toEqual(first);
        if (first.ok)
          expect(offerSchema.parse(JSON.parse(JSON.stringify(first.dataset.offers[0])))).toEqual(
            first.dataset.offers[0],
          );
      }),
      { numRuns: 150 },
    );
  });

  test('every mutated offer is rejected with a problem at the mutated path', () => {
    fc.assert(
      fc.property(validOffer, fc.constantFrom(...mutations), (offer, mutation) => {
        const broken = structuredClone(offer) as Json;
        mutation.apply(broken);
        const result = validateDataset(profile, datasetWith(broken as OfferInput));
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(
          result.problems.map((p) => p.path).some((path) => path.startsWith(mutation.path)),
        ).toBe(true);
        for (const problem of result.problems) {
          expect(problem.message.de.startsWith(problem.path)).toBe(true);
          expect(problem.message.en.startsWith(problem.path)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
