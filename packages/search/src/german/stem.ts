import { withBoundedCache } from './bounded-cache.js';

/**
 * A light German stemmer after CISTEM (Weissweiler & Fraser 2017), case-insensitive variant without the
 * `ge-` rule: it over-stems less than Snowball (users of Snowball-based engines complain about
 * "Beratung" and "Berater" colliding) while still joining the inflected forms of a word.
 * Input must already be folded (see {@link normalizeGerman}). Answers are cached: query expansion stems the
 * same words and word parts again and again.
 */
export const stemGerman: (word: string) => string = withBoundedCache(cut, 20_000);

function cut(word: string): string {
  if (word.length <= 3 || !/^[a-z]+$/.test(word)) return word;
  // Multi-letter sounds and double letters are masked so that the suffix rules cannot split them.
  let w = word
    .replace(/sch/g, '$')
    .replace(/ei/g, '%')
    .replace(/ie/g, '&')
    .replace(/(.)\1/g, '$1*');
  for (;;) {
    if (w.length <= 3) break;
    if (w.length > 5 && /e[mr]$/.test(w)) w = w.slice(0, -2);
    else if (w.length > 5 && w.endsWith('nd')) w = w.slice(0, -2);
    else if (/[tesn]$/.test(w)) w = w.slice(0, -1);
    else break;
  }
  return w.replace(/(.)\*/g, '$1$1').replace(/\$/g, 'sch').replace(/%/g, 'ei').replace(/&/g, 'ie');
}
