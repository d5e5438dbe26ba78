/**
 * The general dictionaries on the München questions (relevance/integreat-muenchen, CC BY 4.0): English,
 * Arabic and Ukrainian questions over the German pages, through the public offer index with default
 * options, with the lexicon alone and with the lexicon plus the dictionaries; and the size of each
 * language's dictionary chunk.
 *   npm run bench:dictionary -w @vielfalt/search
 */
import { germanLexicon } from '../src/lexicon/index.js';
import { loadDictionaryTranslator } from '../src/dictionary/index.js';
import type { QueryTranslator } from '../src/translation.js';
import { offerRanker, pageIndex, questionSets, scoreSet } from '../relevance/pages.js';
import { formatDictionaryChunkSizes } from './dictionary-size.js';

/** nDCG@10 / hit@10 of each language's questions through one offer index with this translator. */
function measure(translator: QueryTranslator): Record<'en' | 'ar' | 'uk', string> {
  const rank = offerRanker(pageIndex(translator));
  const score = (language: 'en' | 'ar' | 'uk') => {
    const { ndcg, hit } = scoreSet(questionSets[language], rank);
    return `${ndcg.toFixed(3)} / ${hit.toFixed(3)}`;
  };
  return { en: score('en'), ar: score('ar'), uk: score('uk') };
}

const lexicon = measure(germanLexicon);
const dictionary = measure(await loadDictionaryTranslator());
console.log('München questions, nDCG@10 / hit@10, offer index with default options');
console.log('| language | lexicon | lexicon + dictionary |');
console.log('|---|---|---|');
for (const language of ['en', 'ar', 'uk'] as const)
  console.log(
    `| ${language} (${questionSets[language].length}) | ${lexicon[language]} | ${dictionary[language]} |`,
  );

console.log(
  `\nDictionary chunks (min + gzip), loaded on demand: ${await formatDictionaryChunkSizes()}`,
);
