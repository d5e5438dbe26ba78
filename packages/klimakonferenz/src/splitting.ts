/** Lower-cases, folds umlauts and ß, and keeps letters and digits, so spelling variants compare equal. */
export function normaliseText(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The character trigrams of a text after {@link normaliseText}, padded so word starts count. */
export function trigrams(text: string): Set<string> {
  const padded = `  ${normaliseText(text)} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  return grams;
}

/**
 * Text similarity of two statements in [0, 1]: the Dice coefficient of their character trigrams, which
 * tolerates German inflection and compounds ("Wohnungen" / "Wohnraum") better than whole words.
 */
export function textSimilarity(a: string, b: string): number {
  return trigramSimilarity(trigrams(a), trigrams(b));
}

/** {@link textSimilarity} of two texts' {@link trigrams}, for comparing each text with many others. */
export function trigramSimilarity(ga: ReadonlySet<string>, gb: ReadonlySet<string>): number {
  if (ga.size === 0 || gb.size === 0) return 0;
  let shared = 0;
  for (const g of ga) if (gb.has(g)) shared++;
  return (2 * shared) / (ga.size + gb.size);
}
