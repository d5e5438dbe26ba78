/**
 * The general dictionaries on the München questions (relevance/integreat-muenchen, CC BY 4.0): English,
 * Arabic and Ukrainian questions over the German pages, through the public offer index with default
 * options, with the lexicon alone and with the lexicon plus the dictionaries; and the size of each
 * language's dictionary chunk.
 *   npm run bench:dictionary -w @vielfalt/search
 */
import { recklinghausenProfile } from '@vielfalt/model';
import { createOfferIndex } from '../src/index.js';
import { germanLexicon } from '../src/lexicon/index.js';
import { loadDictionaryTranslator } from '../src/dictionary/index.js';
import type { QueryTranslator } from '../src/translation.js';
import { offerRanker, pageOffers, questionSets, scoreSet } from '../relevance/pages.js';
import { formatDictionaryChunkSizes } from './dictionary-size.js';

function measure(translator: QueryTranslator, language: 'en' | 'ar' | 'uk'): string {
  const index = createOfferIndex(pageOffers, { profile: recklinghausenProfile, translator });
  const { ndcg, hit } = scoreSet(questionSets[language], offerRanker(index));
  return `${ndcg.toFixed(3)} / ${hit.toFixed(3)}`;
}

const dictionary = await loadDictionaryTranslator();
console.log('München questions, nDCG@10 / hit@10, offer index with default options');
console.log('| language | lexicon | lexicon + dictionary |');
console.log('|---|---|---|');
for (const language of ['en', 'ar', 'uk'] as const)
  console.log(
    `| ${language} (${questionSets[language].length}) | ${measure(germanLexicon, language)} | ${measure(dictionary, language)} |`,
  );

console.log(
  `\nDictionary chunks (min + gzip), loaded on demand: ${await formatDictionaryChunkSizes()}`,
);
