/**
 * This engine on both judged sets (the peers only pool the sample's judgments), for measuring a change quickly: the sample offers' nDCG@10 and
 * the real pages' table. `npm run relevance:quick -w @vielfalt/search`; `MISSES=de` (or en, ar, uk) also
 * lists the questions of that set whose page is not first, with the page's place and the first titles.
 */
import { relevanceReport } from './evaluate.js';
import {
  type QuestionSet,
  formatPageReport,
  offerRanker,
  pageIndex,
  pageOffers,
  pageReport,
  questionSets,
} from './pages.js';

// The peers stay in the sample's pool, so that its judgments (and the number) are those of `npm run relevance`.
const sample = await relevanceReport();
const ours = sample.ndcg.get('vielfalt');
console.log(
  `sample offers nDCG@10 ${(ours?.get('all') ?? 0).toFixed(3)} (${sample.categories
    .map((c) => `${c} ${(ours?.get(c) ?? 0).toFixed(3)}`)
    .join(', ')})`,
);
if (process.env.SAMPLE_QUERIES)
  for (const [id, scores] of sample.perQuery)
    console.log(`${id}\t${(scores.get('vielfalt') ?? 0).toFixed(3)}`);
console.log(formatPageReport(await pageReport([])));
const misses = process.env.MISSES as QuestionSet | undefined;
if (misses) {
  const rank = offerRanker(pageIndex(misses !== 'de'));
  const titles = new Map(pageOffers.map((o) => [o.id, o.texts.de?.title ?? o.id]));
  for (const q of questionSets[misses]) {
    const ranked = rank(q.question);
    const at = ranked.indexOf(q.pageId);
    if (at === 0) continue;
    console.log(
      `${at < 0 ? '-' : at + 1}\t${q.question}\t→ ${titles.get(q.pageId)}\t| ${ranked
        .slice(0, 3)
        .map((id) => titles.get(id))
        .join(' | ')}`,
    );
  }
}
