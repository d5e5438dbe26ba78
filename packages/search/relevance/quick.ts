/**
 * This engine on both judged sets (the peers only pool the sample's judgments), for measuring a change quickly: the sample offers' nDCG@10 and
 * the real pages' table. `npm run relevance:quick -w @vielfalt/search`; `MISSES=de` (or en, ar, uk) also
 * lists the questions of that set whose page is not first, with the page's place and the first titles.
 * `SPLIT=1` also scores each question set in two halves split by a hash of the question id (a change should
 * help on both, or it is fitted to some questions), and `DICTIONARY=1` the other languages with the
 * lexicon and the general dictionaries.
 */
import { loadDictionaryTranslator } from '../src/dictionary/index.js';
import { germanLexicon } from '../src/lexicon/index.js';
import { relevanceReport } from './evaluate.js';
import {
  type QuestionSet,
  formatPageReport,
  offerRanker,
  pageIndex,
  pageOffers,
  pageReport,
  questionSets,
  scoreSet,
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
/** Half 0 or 1 of a question, by an FNV-1a hash of its id. */
const half = (id: string) => {
  let h = 0x811c9dc5;
  for (const c of id) h = Math.imul(h ^ (c.codePointAt(0) as number), 0x01000193);
  return (h >>> 0) % 2;
};
const score = (set: QuestionSet, rank: (text: string) => string[], part?: number) => {
  const s = scoreSet(
    questionSets[set].filter((q) => part === undefined || half(q.id) === part),
    rank,
  );
  return `${s.ndcg.toFixed(3)} / ${s.hit.toFixed(3)}`;
};
if (process.env.SPLIT) {
  const plain = offerRanker(pageIndex());
  const lexicon = offerRanker(pageIndex(germanLexicon));
  console.log(
    'halves by id hash (German without, the others with the lexicon): all | half 0 | half 1',
  );
  for (const set of Object.keys(questionSets) as QuestionSet[]) {
    const rank = set.startsWith('de') ? plain : lexicon;
    console.log(
      `${set.padEnd(16)}${[undefined, 0, 1].map((p) => score(set, rank, p)).join(' | ')}`,
    );
  }
}
if (process.env.DICTIONARY) {
  const translator = await loadDictionaryTranslator(['en', 'ar', 'uk']);
  const rank = offerRanker(pageIndex(translator));
  console.log('lexicon + dictionary: all | half 0 | half 1');
  for (const set of ['en', 'ar', 'uk'] as const)
    console.log(
      `${set.padEnd(16)}${[undefined, 0, 1].map((p) => score(set, rank, p)).join(' | ')}`,
    );
}
const misses = process.env.MISSES as QuestionSet | undefined;
if (misses) {
  const rank = offerRanker(pageIndex(misses === 'de' ? undefined : germanLexicon));
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
