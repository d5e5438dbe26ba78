/**
 * A light German stemmer after CISTEM (Weissweiler & Fraser 2017), case-insensitive variant without the
 * `ge-` rule: it over-stems less than Snowball (users of Snowball-based engines complain about
 * "Beratung" and "Berater" colliding) while still joining the inflected forms of a word.
 * Input must already be folded (see {@link normalizeGerman}).
 */
export function stemGerman(word: string): string {
  let stem = cache.get(word);
  if (stem === undefined) {
    // Query expansion stems the same words and word parts again and again; the cache is bounded.
    if (cache.size >= CACHE_LIMIT) cache.clear();
    stem = cut(word);
    cache.set(word, stem);
  }
  return stem;
}

const CACHE_LIMIT = 20_000;
const cache = new Map<string, string>();

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
