/**
 * The general dictionaries on the München questions: English, Arabic and Ukrainian questions over the
 * German pages, through the public offer index with default options, with the lexicon alone and with the
 * lexicon plus the dictionaries; and the size of each language's dictionary chunk.
 * Reads `relevance/integreat-muenchen` (the copy in the repository) when present, else the shared copy.
 *   npm run bench:dictionary -w @vielfalt/search
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Offer, recklinghausenProfile } from '@vielfalt/model';
import { createOfferIndex } from '../src/index.js';
import { germanLexicon } from '../src/lexicon/index.js';
import { loadDictionaryTranslator } from '../src/dictionary/index.js';
import type { QueryTranslator } from '../src/translation.js';
import { formatDictionaryChunkSizes } from './dictionary-size.js';

const root = process.cwd();
const folder = [
  join(root, 'relevance/integreat-muenchen'),
  '/work/shared/data/integreat-muenchen',
].find((dir) => existsSync(join(dir, 'pages.json')));
if (!folder) throw new Error('München relevance set not found');

interface Page {
  id: string;
  title: string;
  text: string;
}
interface Question {
  question: string;
  pageId: string;
}
const read = <T>(name: string): T => JSON.parse(readFileSync(join(folder, name), 'utf8')) as T;

/** A page as a county would enter it: title, first paragraph as summary, the text as description. */
function pageOffer(page: Page): Offer {
  const first =
    page.text.split('\n').find((l) => l.trim() !== '' && l.trim() !== page.title.trim()) ??
    page.title;
  return {
    id: page.id,
    kind: 'other',
    texts: {
      de: {
        title: page.title,
        summary: first.slice(0, 500),
        description: page.text,
        status: 'original',
      },
    },
    providerId: 'integreat',
    contactIds: [],
    area: { kind: 'county' },
    locations: [],
    fieldsOfAction: [recklinghausenProfile.fieldsOfAction[0]?.id ?? 'other'],
    targetGroups: [],
    languages: ['de'],
    cost: { kind: 'free' },
    format: 'on-site',
    registration: { required: false, documents: [] },
    schedule: {
      timeZone: 'Europe/Berlin',
      weekly: [],
      sessions: [],
      byAppointment: false,
      closures: [],
    },
    tags: [],
    status: 'published',
    history: [],
  };
}

const offers = read<Page[]>('pages.json').map(pageOffer);

function measure(translator: QueryTranslator, questions: readonly Question[]) {
  const index = createOfferIndex(offers, { profile: recklinghausenProfile, translator });
  let ndcg = 0;
  let hit = 0;
  for (const q of questions) {
    const ids = index.search({ text: q.question, limit: 10 }).hits.map((h) => h.offer.id);
    const at = ids.indexOf(q.pageId);
    if (at >= 0) {
      ndcg += 1 / Math.log2(at + 2);
      hit++;
    }
  }
  return `${(ndcg / questions.length).toFixed(3)} / ${(hit / questions.length).toFixed(3)}`;
}

const dictionary = await loadDictionaryTranslator();
console.log(`München questions (${folder}), nDCG@10 / hit@10, offer index with default options`);
console.log('| language | lexicon | lexicon + dictionary |');
console.log('|---|---|---|');
for (const language of ['en', 'ar', 'uk'] as const) {
  const questions = read<Question[]>(`questions-${language}.json`);
  console.log(
    `| ${language} (${questions.length}) | ${measure(germanLexicon, questions)} | ${measure(dictionary, questions)} |`,
  );
}

console.log(
  `\nDictionary chunks (min + gzip), loaded on demand: ${await formatDictionaryChunkSizes()}`,
);
