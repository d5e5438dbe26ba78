import type { Analyzer } from './analyzer.js';

/** A stretch of a text to emphasise, as UTF-16 offsets `[start, end)`; the UI escapes and marks it itself. */
export type HighlightRange = [start: number, end: number];

/**
 * The ranges of `text` whose words are among the matched index `terms` (as in `Hit.terms`), merged and
 * in order. Offsets, never HTML, so no user text is ever rendered as markup.
 */
export function highlight(
  analyzer: Analyzer,
  text: string,
  terms: readonly string[],
): HighlightRange[] {
  if (terms.length === 0) return [];
  const wanted = new Set(terms);
  const ranges: HighlightRange[] = [];
  for (const token of analyzer.tokenize(text)) {
    if (!wanted.has(token.term)) continue;
    const last = ranges.at(-1);
    if (last && token.start <= last[1]) last[1] = Math.max(last[1], token.end);
    else ranges.push([token.start, token.end]);
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}
