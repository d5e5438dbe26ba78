import { offerSchema, recklinghausenProfile, type Offer, type OfferInput } from '@vielfalt/model';
import { buildFeed, type Feed } from '@vielfalt/search';

/** A small deterministic PRNG (mulberry32) so generated offers are the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const topics = [
  [
    'Deutschkurs',
    'Deutsch lernen in kleinen Gruppen, mit Kinderbetreuung.',
    'course',
    'bildung-ab-15',
  ],
  ['Sprachcafé', 'Deutsch sprechen bei Kaffee und Kuchen.', 'meeting', 'engagement'],
  [
    'Migrationsberatung',
    'Beratung zu Aufenthalt, Arbeit und Familie.',
    'counselling',
    'ausbildung-arbeit',
  ],
  ['Hausaufgabenhilfe', 'Hilfe bei den Hausaufgaben für Schulkinder.', 'course', 'bildung-0-14'],
  ['Fußballtraining', 'Offenes Training für alle, Schuhe gibt es vor Ort.', 'sport', 'sport'],
  [
    'Bewerbungswerkstatt',
    'Lebenslauf schreiben und Vorstellungsgespräche üben.',
    'work',
    'ausbildung-arbeit',
  ],
  ['Wohnungssuche', 'Unterstützung bei der Suche nach einer Wohnung.', 'counselling', 'wohnen'],
  [
    'Frauentreff',
    'Austausch und Ausflüge für Frauen aus aller Welt.',
    'meeting',
    'familie-kinder-frauen-jugend',
  ],
] as const;
const days = ['mo', 'tu', 'we', 'th', 'fr'] as const;
const languages = ['de', 'ar', 'uk', 'fa', 'tr', 'ru', 'en'] as const;

/** `n` valid, fictional offers spread over the Recklinghausen cities, for tests and benchmarks. */
export function sampleOffers(n: number, seed = 1): Offer[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const cities = recklinghausenProfile.municipalities;
  return Array.from({ length: n }, (_, i) => {
    const [title, summary, kind, field] = topics[i % topics.length] as (typeof topics)[number];
    const city = cities[Math.floor(i / topics.length) % cities.length] ?? cities[0]!;
    const input: OfferInput = {
      id: `angebot-${i}`,
      kind,
      texts: {
        de: { title: `${title} ${city.name}`, summary, status: 'original' },
        ...(i % 3 === 0
          ? {
              en: {
                title: `${title} (English) ${city.name}`,
                summary: 'An offer for newcomers.',
                status: 'machine' as const,
              },
            }
          : {}),
      },
      providerId: 'traeger-beispiel',
      area: { kind: 'municipalities', ags: [city.ags] },
      locations: [
        {
          id: `ort-${i}`,
          name: `Treffpunkt ${city.name}`,
          municipality: city.ags,
          address: { street: 'Beispielweg 1', postalCode: '45657', locality: city.name },
          geo: {
            lat: city.centre.lat + (next() - 0.5) * 0.02,
            lon: city.centre.lon + (next() - 0.5) * 0.02,
          },
          accessibility: { wheelchair: pick(['yes', 'no', 'unknown'] as const) },
        },
      ],
      fieldsOfAction: [field],
      targetGroups: [
        { id: pick(['erwachsene', 'jugendliche', 'maedchen-frauen', 'aktuelle-zuwanderer']) },
      ],
      languages: ['de', pick(languages)],
      cost: { kind: i % 4 === 0 ? 'paid' : 'free' },
      format: pick(['on-site', 'on-site', 'online', 'hybrid'] as const),
      registration: { required: i % 2 === 0 },
      schedule: { weekly: [{ day: pick(days), opens: '09:00', closes: '12:00' }] },
      status: 'published',
    };
    return offerSchema.parse(input);
  });
}

/** A feed over generated offers, as the CLI would build it. */
export function sampleFeed(offers: readonly Offer[]): Feed {
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
          municipalities: [],
        },
      ],
      contacts: [],
      offers: [...offers],
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
