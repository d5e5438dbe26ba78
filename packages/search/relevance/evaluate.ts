/**
 * Runs the judged query set against every engine: shared by the relevance test, the pooling script and
 * the benchmark. Filters of a query (municipality, free, radius, …) are applied to every engine alike: this
 * engine filters while searching, the peers' result lists are filtered afterwards.
 */
import { type Actor, type Offer, recklinghausenProfile } from '@vielfalt/model';
import { recklinghausenSample } from '@vielfalt/sample-data';
import { type OfferQueryInput, createOfferIndex, offerDocument } from '../src/index.js';
import { germanLexicon } from '../src/lexicon/index.js';
import { type Engine, type EngineFactory, engines } from './engines.js';
import judgedSet from './queries.json' with { type: 'json' };

/** One judged query: the text, its filters, and the grade (0–3) of each offer type for its intent. */
export interface JudgedQuery extends Omit<OfferQueryInput, 'text'> {
  id: string;
  category: string;
  text: string;
  intent: string;
  /** Grade by offer type (the offer id without its municipality prefix). */
  grades: Record<string, number>;
}

/** The judged queries. */
export const queries = judgedSet.queries as unknown as JudgedQuery[];

const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-');
// Sample ids start with the municipality's name or its first word ("haltern-…"), or "kreis-"; longest first.
const prefixes = [
  ...recklinghausenProfile.municipalities.flatMap((m) => [
    slug(m.name),
    slug(m.name.split(' ')[0] ?? ''),
  ]),
  'kreis',
].sort((a, b) => b.length - a.length);

/** The type of an offer of the sample: its id without the municipality prefix. */
export function offerType(id: string): string {
  const prefix = prefixes.find((p) => id.startsWith(`${p}-`));
  return prefix ? id.slice(prefix.length + 1) : id;
}

/** The published sample offers, their providers and the profile: what a county portal would search. */
export function sampleCorpus(): { offers: Offer[]; actors: Actor[] } {
  const offers = recklinghausenSample.offers.filter((o) => o.status === 'published');
  return { offers, actors: recklinghausenSample.actors };
}

/** Ranked ids per engine name for a query, top `k` after the query's filters. */
export type Rankings = Map<string, string[]>;

/** Builds every engine over the sample and returns a function that ranks a judged query in each. */
export async function buildRankers(
  peerFactories: readonly EngineFactory[] = engines.slice(1),
): Promise<(query: JudgedQuery, k: number) => Rankings> {
  const { offers, actors } = sampleCorpus();
  const profile = recklinghausenProfile;
  const offerIndex = createOfferIndex(offers, {
    profile,
    actors,
    translator: germanLexicon,
    now: () => new Date('2026-12-01T10:00:00+01:00'),
  });
  const providers = new Map(actors.map((a) => [a.id, a]));
  const docs = offers.map((o) => offerDocument(o, profile, providers));
  const peers: [string, Engine][] = [];
  for (const factory of peerFactories) peers.push([factory.name, await factory.build(docs)]);
  return (query, k) => {
    const {
      id: _id,
      category: _category,
      intent: _intent,
      grades: _grades,
      text,
      ...options
    } = query;
    const rankings: Rankings = new Map();
    rankings.set(
      'vielfalt',
      offerIndex.search({ ...options, text: `${text} `, limit: k }).hits.map((h) => h.offer.id),
    );
    const allowed = new Set(
      offerIndex.search({ ...options, text: '', limit: 1000 }).hits.map((h) => h.offer.id),
    );
    for (const [name, engine] of peers)
      rankings.set(
        name,
        engine
          .search(text, 1000)
          .filter((id) => allowed.has(id))
          .slice(0, k),
      );
    return rankings;
  };
}

/** Graded judgments per query id and offer id, as in judgments.json. */
export type Judgments = Record<string, Record<string, number>>;

/** nDCG@k with gains 2^grade − 1; the ideal ranking is built from every judged offer of the query. */
export function ndcg(ranked: readonly string[], judged: Record<string, number>, k = 10): number {
  const dcg = (grades: number[]) =>
    grades.slice(0, k).reduce((sum, grade, i) => sum + (2 ** grade - 1) / Math.log2(i + 2), 0);
  const ideal = dcg(Object.values(judged).sort((a, b) => b - a));
  return ideal === 0 ? 0 : dcg(ranked.map((id) => judged[id] ?? 0)) / ideal;
}

/**
 * Judgments by pooling: the top 20 of every engine for each query, each pooled offer graded from the
 * query's grades by offer type (unlisted types 0). Done at evaluation time, so that the judgments follow
 * the sample dataset as it changes; `pool.ts` prints and stores the same judgments for review.
 */
export function poolJudgments(rank: (query: JudgedQuery, k: number) => Rankings): Judgments {
  const judgments: Judgments = {};
  for (const query of queries) {
    const pooled = new Set<string>();
    for (const ids of rank(query, 20).values()) for (const id of ids) pooled.add(id);
    judgments[query.id] = Object.fromEntries(
      [...pooled].sort().map((id) => [id, query.grades[offerType(id)] ?? 0]),
    );
  }
  return judgments;
}

/** Mean nDCG@10 per category and overall, and the share of queries without any hit, per engine. */
export interface RelevanceReport {
  categories: string[];
  /** engine → category (and `all`) → mean nDCG@10 */
  ndcg: Map<string, Map<string, number>>;
  /** engine → share of queries with no hit */
  zeroResults: Map<string, number>;
  /** Per answerable query (one with a relevant offer in its pool), engine → nDCG@10. */
  perQuery: Map<string, Map<string, number>>;
}

/** Evaluates every engine on the judged set, with pooled judgments. */
export async function relevanceReport(
  peers: readonly EngineFactory[] = engines.slice(1),
): Promise<RelevanceReport> {
  const rank = await buildRankers(peers);
  const judgments = poolJudgments(rank);
  const categories = [...new Set(queries.map((q) => q.category))];
  const sums = new Map<string, Map<string, number[]>>();
  const zero = new Map<string, number>();
  const perQuery = new Map<string, Map<string, number>>();
  for (const query of queries) {
    // A query none of whose pooled offers is relevant (say, the sample has no such offer in the filtered
    // town) cannot tell engines apart: it is left out, as is usual in judged collections.
    if (!Object.values(judgments[query.id] ?? {}).some((grade) => grade > 0)) continue;
    const scores = new Map<string, number>();
    for (const [engine, ids] of rank(query, 10)) {
      const value = ndcg(ids, judgments[query.id] ?? {});
      scores.set(engine, value);
      const byCategory = sums.get(engine) ?? new Map<string, number[]>();
      sums.set(engine, byCategory);
      for (const key of [query.category, 'all'])
        byCategory.set(key, [...(byCategory.get(key) ?? []), value]);
      if (ids.length === 0) zero.set(engine, (zero.get(engine) ?? 0) + 1);
    }
    perQuery.set(query.id, scores);
  }
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  const ndcgByEngine = new Map(
    [...sums].map(([engine, byCategory]) => [
      engine,
      new Map([...byCategory].map(([c, v]) => [c, mean(v)])),
    ]),
  );
  const zeroResults = new Map(
    [...sums.keys()].map((engine) => [engine, (zero.get(engine) ?? 0) / perQuery.size]),
  );
  return { categories, ndcg: ndcgByEngine, zeroResults, perQuery };
}

/** The report as a text table, engines as columns. */
export function formatReport(report: RelevanceReport): string {
  const engines = [...report.ndcg.keys()];
  const row = (label: string, cells: string[]) =>
    `${label.padEnd(18)}${cells.map((c) => c.padStart(12)).join('')}`;
  const lines = [row('nDCG@10', engines)];
  for (const category of [...report.categories, 'all']) {
    lines.push(
      row(
        category,
        engines.map((e) => (report.ndcg.get(e)?.get(category) ?? 0).toFixed(3)),
      ),
    );
  }
  lines.push(
    row(
      'zero results',
      engines.map((e) => `${((report.zeroResults.get(e) ?? 0) * 100).toFixed(1)} %`),
    ),
  );
  return lines.join('\n');
}
