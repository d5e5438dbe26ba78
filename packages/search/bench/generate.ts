/**
 * Generated German offers for the benchmark: words, compounds and sentence lengths drawn from the sample
 * dataset's German texts, so vocabulary and field lengths look like a county's, and the vocabulary keeps
 * growing with the number of offers (new compounds) as real data does. Deterministic (seeded).
 */
import { recklinghausenProfile } from '@vielfalt/model';
import { recklinghausenSample } from '@vielfalt/sample-data';
import type { OfferDocument } from '../src/index.js';

/** A small deterministic PRNG (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const wordsOf = (text: string) => text.split(/[^\p{L}\p{N}-]+/u).filter((w) => w.length > 1);
const texts = recklinghausenSample.offers.map((o) => o.texts.de).filter((t) => t !== undefined);

/** The word pools of the sample: title words, summary words, description words, nouns, tags. */
export const pools = {
  title: texts.flatMap((t) => wordsOf(t.title)),
  summary: texts.flatMap((t) => wordsOf(t.summary)),
  description: texts.flatMap((t) => wordsOf(t.description ?? t.summary)),
  nouns: [
    ...new Set(
      texts
        .flatMap((t) => wordsOf(`${t.title} ${t.summary}`))
        .filter((w) => /^\p{Lu}\p{Ll}{3,}$/u.test(w)),
    ),
  ],
  tags: [...new Set(recklinghausenSample.offers.flatMap((o) => o.tags))],
  providers: recklinghausenSample.actors.map((a) => a.name),
  topics: recklinghausenProfile.fieldsOfAction.map((f) => f.label.de ?? f.id),
  cities: recklinghausenProfile.municipalities,
};

/** Languages spoken besides German, as the offer layer names them. */
const SPOKEN = ['Arabisch', 'Ukrainisch', 'Türkisch', 'Farsi', 'Russisch', 'Englisch'];

/** A generated offer: its texts and a place for the geo queries. */
export interface GeneratedOffer {
  doc: OfferDocument;
  municipality: string;
  lat: number;
  lon: number;
}

/** `count` generated offers. */
export function generateOffers(count: number, seed = 1): GeneratedOffer[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  const sentence = (pool: string[], min: number, max: number) =>
    Array.from({ length: min + Math.floor(next() * (max - min)) }, () => pick(pool)).join(' ');
  const compound = () => pick(pools.nouns) + pick(pools.nouns).toLowerCase();
  return Array.from({ length: count }, (_, i) => {
    const city = pick(pools.cities);
    const title = [sentence(pools.title, 2, 5), next() < 0.4 ? compound() : ''].join(' ').trim();
    const doc: OfferDocument = {
      id: `o${i}`,
      title: [title],
      summary: [sentence(pools.summary, 8, 20)],
      tags: Array.from({ length: 2 + Math.floor(next() * 3) }, () =>
        next() < 0.2 ? compound() : pick(pools.tags),
      ),
      topics: [pick(pools.topics)],
      description: [sentence(pools.description, 20, 60)],
      provider: [pick(pools.providers)],
      places: [city.name],
      // From the offer's number, not the random sequence, so the other texts stay as in earlier runs.
      languages: SPOKEN.slice(i % 4, (i % 4) + (i % 3)),
      translations: [],
    };
    return {
      doc,
      municipality: city.ags,
      lat: city.centre.lat + (next() - 0.5) * 0.06,
      lon: city.centre.lon + (next() - 0.5) * 0.1,
    };
  });
}
