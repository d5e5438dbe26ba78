import { recklinghausenProfile as profile } from '@vielfalt/model';
import { describe, expect, it } from 'vitest';
import {
  createDictionaryTranslator,
  dictionaryKey,
  parseDictionary,
  phraseKey,
} from '../dictionary/index.js';
import { germanLexicon } from '../lexicon/index.js';
import { buildFeed, loadOfferIndex } from './feed.js';
import { FeedFormatError } from './feed-outline.js';
import { feedSchema } from './feed-schema.js';
import { makeDataset, makeOffer } from './fixtures.js';
import { createOfferIndex } from './german-defaults.js';
import { offerQuerySchema } from './query.js';

const RE = '05562032';
const MARL = '05562024';
const DORSTEN = '05562012';

const offers = [
  makeOffer('dk-re', 'Deutschkurs am Vormittag', 'Deutsch lernen in kleinen Gruppen', {
    locations: [
      {
        id: 'l1',
        municipality: RE,
        geo: { lat: 51.614, lon: 7.197 },
        accessibility: { wheelchair: 'yes' },
      },
    ],
  }),
  makeOffer('dk-marl', 'Sprachkurs für Frauen', 'Deutsch mit Kinderbetreuung', {
    area: { kind: 'municipalities', ags: [MARL] },
    targetGroups: [{ id: 'maedchen-frauen' }],
    languages: ['de', 'ar'],
    cost: { kind: 'paid', amountEur: 20 },
  }),
  makeOffer(
    'ik-dorsten',
    'Integrationskurs',
    'Allgemeiner Integrationskurs mit Orientierungskurs',
    {
      area: { kind: 'municipalities', ags: [DORSTEN] },
      languages: ['de', 'uk'],
      format: 'hybrid',
      schedule: { weekly: [{ day: 'mo', opens: '18:00', closes: '20:00' }] },
    },
  ),
  makeOffer('fussball', 'Fußball für alle', 'Offenes Training im Verein', {
    kind: 'sport',
    fieldsOfAction: ['sport'],
    area: { kind: 'county' },
  }),
];

const index = createOfferIndex(offers, {
  profile,
  now: () => new Date('2026-11-24T10:30:00+01:00'),
  translator: germanLexicon,
});
const ids = (result: { hits: { offer: { id: string } }[] }) => result.hits.map((h) => h.offer.id);

describe('createOfferIndex', () => {
  it('finds language courses by everyday words and synonyms', () => {
    expect(
      ids(index.search({ text: 'Deutschkurs' }))
        .slice(0, 3)
        .sort(),
    ).toEqual(['dk-marl', 'dk-re', 'ik-dorsten']);
  });

  it('searches the easy-language title and summary too', () => {
    const easy = createOfferIndex(
      [
        makeOffer('training', 'Bewerbungstraining', 'Lebenslauf und Anschreiben', {
          easyLanguage: { title: 'Hilfe bei der Bewerbung', summary: 'Sie suchen Arbeit?' },
        }),
      ],
      { profile },
    );
    expect(ids(easy.search({ text: 'Hilfe ' }))).toEqual(['training']);
    expect(ids(easy.search({ text: 'Arbeit ' }))).toEqual(['training']);
  });

  it('filters by municipality and counts facets disjunctively', () => {
    const result = index.search({ text: 'kurs', filters: { municipality: [MARL] } });
    expect(ids(result)).toEqual(['dk-marl']);
    // The municipality facet ignores its own filter: the other towns still show their counts.
    expect(result.facets.municipality[RE]).toBe(1);
    expect(result.facets.municipality[DORSTEN]).toBe(1);
    // Other facets respect it.
    expect(result.facets.cost).toEqual({ paid: 1 });
  });

  it('combines filters: free of charge, language, format, target group, accessibility', () => {
    expect(ids(index.search({ text: 'kurs', free: true })).sort()).toEqual(['dk-re', 'ik-dorsten']);
    expect(ids(index.search({ text: '', filters: { language: ['uk', 'ar'] } })).sort()).toEqual([
      'dk-marl',
      'ik-dorsten',
    ]);
    expect(ids(index.search({ text: '', filters: { format: ['hybrid'] } }))).toEqual([
      'ik-dorsten',
    ]);
    expect(ids(index.search({ text: '', filters: { targetGroup: ['maedchen-frauen'] } }))).toEqual([
      'dk-marl',
    ]);
    expect(ids(index.search({ text: '', accessible: true }))).toEqual(['dk-re']);
  });

  it('filters by opening time', () => {
    expect(ids(index.search({ text: 'kurs', openAt: 'now' })).sort()).toEqual(['dk-marl', 'dk-re']);
    expect(ids(index.search({ text: 'kurs', openAt: '2026-11-23T18:30:00+01:00' }))).toEqual([
      'ik-dorsten',
    ]);
  });

  it('filters by radius around a point or a municipality and sorts by distance', () => {
    const near = index.search({
      text: 'kurs',
      near: { municipality: RE },
      radiusKm: 10,
      sort: 'distance',
    });
    expect(ids(near)).toEqual(['dk-re', 'dk-marl']);
    expect(near.hits[0]?.distanceKm).toBeLessThan(1);
    const all = index.search({ text: '', near: { lat: 51.667, lon: 6.967 }, sort: 'distance' });
    expect(ids(all)).toEqual(['ik-dorsten', 'dk-marl', 'dk-re', 'fussball']);
    expect(() => index.search({ text: '', near: { municipality: '09999999' } })).toThrow(
      /unknown municipality/,
    );
  });

  it('returns highlight ranges, not markup', () => {
    const hit = index.search({ text: 'deutsch lernen' }).hits.find((h) => h.offer.id === 'dk-re');
    const summary = 'Deutsch lernen in kleinen Gruppen';
    expect(hit?.highlights.summary?.map(([s, e]) => summary.slice(s, e))).toEqual([
      'Deutsch',
      'lernen',
    ]);
  });

  it('counts facets and highlights only when read, and still serialises and copies them', () => {
    const query = { text: 'kurs deutsch', filters: { municipality: [MARL] } };
    const read = index.search(query);
    const expected = { facets: read.facets, highlights: read.hits.map((h) => h.highlights) };
    expect(expected.facets.municipality[RE]).toBe(1);
    // A result whose lazy parts nobody read carries them the same into JSON, a spread and a structured clone.
    for (const copy of [
      JSON.parse(JSON.stringify(index.search(query))) as typeof read,
      { ...index.search(query) },
      structuredClone(index.search(query)),
    ]) {
      expect(copy.facets).toEqual(expected.facets);
      expect(copy.hits.map((h) => ({ ...h }).highlights)).toEqual(expected.highlights);
    }
    // Read once, the value stays (the same object), and it can be replaced like any property.
    expect(read.facets).toBe(expected.facets);
    read.facets = { ...read.facets, cost: {} };
    expect(read.facets.cost).toEqual({});
  });

  it('lists everything for an empty query and pages through results', () => {
    const all = index.search({ text: '' });
    expect(all.total).toBe(4);
    expect(ids(index.search({ text: '', limit: 2, offset: 2 }))).toEqual(ids(all).slice(2, 4));
  });

  it('lists everything for stop words alone, but completes a stop word still being typed', () => {
    expect(index.search({ text: 'Wie ' }).total).toBe(4);
    expect(index.search({ text: 'Vor ' }).total).toBe(4);
    // "Vor" is a stop word, and the start of "Vormittag".
    expect(ids(index.search({ text: 'Vor' }))).toEqual(['dk-re']);
    // In Marl nothing begins with "Vor": none, as for "Vorm", not every offer of Marl.
    expect(index.search({ text: 'Vor', filters: { municipality: [MARL] } }).total).toBe(0);
    expect(index.search({ text: 'Vor ', filters: { municipality: [MARL] } }).total).toBeGreaterThan(
      0,
    );
  });

  it('suggests a correction when nothing is found', () => {
    expect(ids(index.search({ text: 'Fussbal ' }))).toEqual(['fussball']); // typo tolerance finds it directly
    const result = index.search({ text: 'Intgratinskrs ' });
    expect(result.total).toBe(0);
    expect(result.didYouMean).toBe('integrationskurs');
    expect(index.search({ text: 'qqqqqq ' }).didYouMean).toBeUndefined();
  });

  it('searches in other languages and prefers offers held in them', () => {
    const result = index.search({ text: 'دورة لغة' });
    expect(result.language).toBe('ar');
    expect(ids(result).slice(0, 3).sort()).toEqual(['dk-marl', 'dk-re', 'ik-dorsten']);
    // The course held in Arabic gets the language boost over the same query in German.
    const arabic = result.hits.find((h) => h.offer.id === 'dk-marl')?.score ?? 0;
    const german =
      index.search({ text: 'Deutschkurs' }).hits.find((h) => h.offer.id === 'dk-marl')?.score ?? 0;
    expect(arabic / german).toBeCloseTo(1.3, 2);
    expect(index.search({ text: 'курси мови' }).hits.map((h) => h.offer.id)[0]).toBe('ik-dorsten');
    // A two-letter word the index knows ("Ev." for evangelisch) does not make a Turkish query ("I look for a house") German.
    const housing = createOfferIndex(
      [makeOffer('wohnen', 'Beratung zur Wohnungssuche', 'Träger: Ev. Kirchengemeinde')],
      { profile, translator: germanLexicon },
    );
    const turkish = housing.search({ text: 'ev arıyorum' });
    expect(turkish.language).toBe('tr');
    expect(ids(turkish)).toEqual(['wohnen']);
    expect(ids(index.search({ text: 'football' }))).toEqual(['fussball']);
  });

  it('tells an English sentence from a German one when the German texts hold English words', () => {
    const english = parseDictionary(
      'en',
      [
        `${dictionaryKey('en', 'female')}\tweiblich`,
        `${phraseKey('en', ['genital', 'mutilation'])}\tgenitalverstümmelung`,
        `${dictionaryKey('en', 'team')}\tmannschaft`,
        `${dictionaryKey('en', 'training')}\tschulung`,
      ].join('\n'),
    );
    const pages = createOfferIndex(
      [
        makeOffer(
          'fgm',
          'Weibliche Genitalverstümmelung',
          'Beratung und Schutz. Female genital mutilation (FGM) is a crime.',
        ),
        makeOffer('team', 'Team Training für Jugendliche', 'Fußball in der Mannschaft'),
      ],
      { profile, translator: createDictionaryTranslator([english], { lexicon: null }) },
    );
    // Each content word is in the index, but the translator took them all: English.
    const question = pages.search({ text: 'What is female genital mutilation?' });
    expect(question.language).toBe('en');
    expect(ids(question)[0]).toBe('fgm');
    // Two words translated, but the German function words ("gibt", "ein", "für") make it German.
    expect(pages.search({ text: 'Gibt es ein Team Training für Jugendliche?' }).language).toBe(
      undefined,
    );
  });

  it('finds offers by the languages spoken in them, named in German or another language', () => {
    expect(ids(index.search({ text: 'Kurs auf Arabisch' }))[0]).toBe('dk-marl');
    expect(ids(index.search({ text: 'курс українською' }))[0]).toBe('ik-dorsten');
    // German, spoken in every offer, is not a word of each: "Deutsch" still finds the German courses only.
    expect(ids(index.search({ text: 'Deutsch' }))).not.toContain('fussball');
    // A malformed code, which only unchecked data can hold, names nothing instead of failing.
    const unchecked = { ...makeOffer('x', 'Kurs', 'Kurs'), languages: ['de', '!!'] };
    expect(ids(createOfferIndex([unchecked], { profile }).search({ text: 'Kurs' }))).toEqual(['x']);
  });

  it('takes the defaults the query schema fills in, and leaves validation to the schema', () => {
    expect(offerQuerySchema.safeParse({ text: 'x', limit: -1 }).success).toBe(false);
    const parsed = offerQuerySchema.parse({ text: 'Deutschkurs' });
    expect(index.search({ text: 'Deutschkurs' })).toEqual(index.search(parsed));
  });
});

describe('feeds', () => {
  const dataset = makeDataset(
    [
      ...offers,
      makeOffer('draft', 'Entwurf Deutschkurs', 'Noch nicht veröffentlicht', { status: 'draft' }),
    ],
    [
      {
        id: 'anbieter',
        name: 'Volkshochschule Recklinghausen',
        kind: 'bildungseinrichtung',
        staffing: 'staff',
        municipalities: [],
      },
    ],
  );

  it('round-trips through JSON with identical results and only published offers', () => {
    const progress: number[] = [];
    const feed = buildFeed(dataset, profile, {
      now: new Date('2026-11-25T12:00:00Z'),
      onProgress: (done) => progress.push(done),
    });
    expect(feed.offers.map((o) => o.id)).not.toContain('draft');
    expect(progress).toEqual([1, 2, 3, 4]);
    const loaded = loadOfferIndex(JSON.parse(JSON.stringify(feed)));
    for (const text of ['Deutschkurs', 'Volkshochschule', 'fuss', 'Frauen Marl']) {
      expect(loaded.search({ text })).toEqual(
        createOfferIndex(feed.offers, { profile, actors: feed.actors }).search({ text }),
      );
    }
  });

  it('refuses a feed of another version or with a corrupt index', () => {
    const feed = buildFeed(dataset, profile);
    expect(() => loadOfferIndex({ ...feed, version: 2 })).toThrow(/version/);
    expect(() => loadOfferIndex({ ...feed, index: { ...feed.index, version: 7 } })).toThrow(
      /Invalid index at version/,
    );
    expect(() => buildFeed({ ...dataset, profileId: 'other' }, profile)).toThrow(/profile/);
  });

  it('names the place of a broken outline in German and English, and accepts what feedSchema accepts', () => {
    const feed = buildFeed(dataset, profile);
    expect(feedSchema.safeParse(JSON.parse(JSON.stringify(feed))).success).toBe(true);
    const broken: [unknown, RegExp][] = [
      [null, /bei \(root\): erwartet ein Objekt.*at \(root\): expected an object, found null/],
      [[], /at \(root\): expected an object, found array/],
      [{ ...feed, format: 'vielfalt-search-index' }, /at format/],
      [{ ...feed, profileId: '' }, /at profileId: expected a string/],
      [
        { ...feed, profile: { ...feed.profile, id: 'unna' } },
        /at profile.id: expected "recklinghausen"/,
      ],
      [
        { ...feed, profile: { ...feed.profile, municipalities: [{ ags: 5562004 }] } },
        /at profile.municipalities\[0\].ags: expected a string, found 5562004/,
      ],
      [{ ...feed, offers: {} }, /at offers: expected an array, found object/],
      [{ ...feed, offers: [...feed.offers, 'x'] }, /at offers\[4\]: expected an object/],
      [
        { ...feed, offers: feed.offers.map((o, i) => (i === 2 ? { ...o, texts: 'x' } : o)) },
        /at offers\[2\].texts: expected an object, found "x"/,
      ],
      [{ ...feed, actors: [{}] }, /at actors\[0\].id: expected a string, found undefined/],
      [
        { ...feed, offers: feed.offers.map((o, i) => (i === 1 ? { ...o, languages: 'de' } : o)) },
        /at offers\[1\].languages: expected an array, found "de"/,
      ],
      [
        { ...feed, offers: feed.offers.map((o, i) => (i === 3 ? { ...o, area: undefined } : o)) },
        /at offers\[3\].area: expected an object, found undefined/,
      ],
      [{ ...feed, offers: feed.offers.slice(1) }, /the index names the offer/],
    ];
    for (const [data, message] of broken) {
      let error: unknown;
      try {
        loadOfferIndex(data);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(FeedFormatError);
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message).toMatch(/Feed ungültig/);
    }
  });
});
