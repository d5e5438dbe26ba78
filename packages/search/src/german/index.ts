/**
 * German analysis for `@vielfalt/search`: normalization, light stemming, stop words, gender forms and the
 * domain synonyms. A separate entry so that indexes in other languages do not load it.
 * @packageDocumentation
 */
export { germanAnalyzer } from './analyzer.js';
export { normalizeGerman } from './normalize.js';
export { stemGerman } from './stem.js';
export { germanStopWords } from './stopwords.js';
export { germanSynonyms } from './synonyms.js';
