import { describe, expect, it } from 'vitest';
import {
  type RelevanceReport,
  formatReport,
  offerType,
  queries,
  relevanceReport,
  sampleCorpus,
} from '../relevance/evaluate.js';

const categories = [
  'compounds',
  'typos',
  'umlauts',
  'gender',
  'synonyms',
  'questions',
  'several-words',
  'other-languages',
  'filtered',
];

describe('judged query set', () => {
  it('has at least 120 graded queries in every category the issue names', () => {
    expect(queries.length).toBeGreaterThanOrEqual(120);
    for (const category of categories)
      expect(queries.filter((q) => q.category === category).length).toBeGreaterThanOrEqual(10);
    for (const query of queries) {
      expect(Object.values(query.grades).every((g) => [0, 1, 2, 3].includes(g))).toBe(true);
      expect(
        Object.values(query.grades).some((g) => g === 3),
        `${query.id} has no fully relevant type`,
      ).toBe(true);
    }
  });

  it('has for every query an offer of the sample that fully answers it (re-judge when the sample changes)', () => {
    const types = new Set(sampleCorpus().offers.map((o) => offerType(o.id)));
    const unanswerable = queries
      .filter(
        (q) => !Object.entries(q.grades).some(([type, grade]) => grade === 3 && types.has(type)),
      )
      .map((q) => q.id);
    expect(unanswerable).toEqual([]);
  });
});

describe('relevance on the judged set', () => {
  let report: RelevanceReport;

  it('reaches nDCG@10 ≥ 0.85 with at most 2 % of queries without hits', async () => {
    report = await relevanceReport();
    console.log(formatReport(report));
    expect(report.ndcg.get('vielfalt')?.get('all')).toBeGreaterThanOrEqual(0.85);
    expect(report.zeroResults.get('vielfalt')).toBeLessThanOrEqual(0.02);
  }, 60_000);

  it('is in no category below any peer', () => {
    const ours = report.ndcg.get('vielfalt') as Map<string, number>;
    for (const [engine, scores] of report.ndcg) {
      if (engine === 'vielfalt') continue;
      for (const category of categories)
        expect(ours.get(category), `${category} vs ${engine}`).toBeGreaterThanOrEqual(
          scores.get(category) ?? 0,
        );
    }
  });
});
