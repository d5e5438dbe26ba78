import { foldCase } from '../analyzer.js';

// Feminine and gender-inclusive endings after the common agent nouns (Berater*innen, Ärztin, StudentInnen)
// fold to the base noun, so that every gender form finds every other.
const FEMININE = /(er|ent|ant|ist|eur|arzt|oge|at|ar)(innen|in)$/;

/**
 * German normalization as in Lucene's GermanNormalization: case folding, diacritics removed (ä → a),
 * ß → ss, the transliterations ae/oe/ue → a/o/u (ue not after q), and gender forms folded.
 * Typing "Fuehrerschein" or "Fuhrerschein" therefore finds "Führerschein".
 */
export function normalizeGerman(word: string): string {
  let normalized = cache.get(word);
  if (normalized === undefined) {
    // Words repeat (Zipf): indexing normalizes each distinct word once; the cache is bounded.
    if (cache.size >= CACHE_LIMIT) cache.clear();
    normalized = normalize(word);
    cache.set(word, normalized);
  }
  return normalized;
}

const CACHE_LIMIT = 50_000;
const cache = new Map<string, string>();

function normalize(word: string): string {
  // Binnen-I (BeraterInnen) is only recognisable before case folding.
  const binnenI = word.replace(/(\p{Ll})In(nen)?$/u, '$1');
  let w = foldCase(binnenI)
    .replace(/ß/g, 'ss')
    .replace(/[*:_·/-]+(innen|in)$/, '');
  if (/^[a-z]+$/.test(w))
    w = w
      .replace(/ae/g, 'a')
      .replace(/oe/g, 'o')
      .replace(/(^|[^q])ue/g, '$1u');
  return w.replace(FEMININE, '$1');
}
