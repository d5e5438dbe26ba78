import { foldCase } from '../analyzer.js';
import { withBoundedCache } from './bounded-cache.js';

// Feminine and gender-inclusive endings after the common agent nouns (Berater*innen, Ärztin, StudentInnen)
// fold to the base noun, so that every gender form finds every other.
const FEMININE = /(er|ent|ant|ist|eur|arzt|oge|at|ar)(innen|in)$/;

/**
 * German normalization as in Lucene's GermanNormalization: case folding, diacritics removed (ä → a),
 * ß → ss, the transliterations ae/oe/ue → a/o/u (ue not after q), and gender forms folded.
 * Typing "Fuehrerschein" or "Fuhrerschein" therefore finds "Führerschein".
 */
export const normalizeGerman: (word: string) => string = withBoundedCache(normalize, 50_000);

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
