/**
 * The language-neutral core of `@vielfalt/search`: an index over any documents with text fields.
 * @packageDocumentation
 */
export {
  type Analyzer,
  type Token,
  foldCase,
  forEachWord,
  simpleAnalyzer,
  words,
} from './analyzer.js';
export { type MatchWeights, MAX_QUERY_TERMS, defaultMatchWeights } from './expand.js';
export { editsFor } from './fuzzy.js';
export { type HighlightRange, highlight } from './highlight.js';
export {
  type FieldOptions,
  type Hit,
  type IndexOptions,
  SearchIndex,
  type SearchOptions,
  type SearchResult,
  type Suggestion,
  createIndex,
} from './search-index.js';
export {
  INDEX_FORMAT_VERSION,
  IndexFormatError,
  type SerializedIndex,
  loadIndex,
  serializeIndex,
} from './serialize.js';
export type { QueryTranslation, QueryTranslator } from './translation.js';
