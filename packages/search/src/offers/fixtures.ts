import { type Dataset, type Offer, type OfferInput, offerSchema } from '@vielfalt/model';

/** Test fixture: a valid published offer with the given id, German title and summary, and overrides. */
export function makeOffer(
  id: string,
  title: string,
  summary: string,
  overrides: Partial<OfferInput> = {},
): Offer {
  return offerSchema.parse({
    id,
    kind: 'course',
    texts: { de: { title, summary, status: 'original' } },
    providerId: 'anbieter',
    area: { kind: 'municipalities', ags: ['05562032'] },
    fieldsOfAction: ['bildung-ab-15'],
    languages: ['de'],
    cost: { kind: 'free' },
    format: 'on-site',
    registration: { required: false },
    schedule: { weekly: [{ day: 'tu', opens: '10:00', closes: '12:00' }] },
    status: 'published',
    ...overrides,
  });
}

/** Test fixture: a Recklinghausen dataset of the given offers and providers, every other list empty. */
export function makeDataset(offers: readonly Offer[], actors: readonly unknown[] = []): Dataset {
  return {
    schemaVersion: 1,
    profileId: 'recklinghausen',
    actors,
    contacts: [],
    offers,
    goodPractices: [],
    goals: [],
    actionSteps: [],
    projects: [],
    barriers: [],
  } as unknown as Dataset;
}
