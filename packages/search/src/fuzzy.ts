import { lowerBound } from './sorted.js';

/**
 * Edits allowed for a word of this length, after Meilisearch's rule: none up to 4 letters (short words
 * produce too many false hits, "asdf" must not find "Arbeitsunfall"), 1 from 5, 2 from 9.
 */
export function editsFor(length: number): number {
  return length >= 9 ? 2 : length >= 5 ? 1 : 0;
}

/**
 * Visits every term of a sorted vocabulary within `max` edits of `query` (Damerau: a swap of two neighbouring
 * letters is one edit). Walks the sorted array like a trie: rows of the edit matrix are shared by terms with a
 * common prefix, and a whole prefix range is skipped once no row entry is within reach.
 */
export function fuzzyWalk(
  sorted: readonly string[],
  query: string,
  max: number,
  visit: (term: string, distance: number) => void,
): void {
  const m = query.length;
  const rows: Int32Array[] = [Int32Array.from({ length: m + 2 }, (_, k) => k)];
  let previous = '';
  let valid = 0; // rows[0..valid] belong to `previous`
  let i = 0;
  while (i < sorted.length) {
    const term = sorted[i] as string;
    let depth = 0;
    const limit = Math.min(valid, term.length);
    while (depth < limit && term.charCodeAt(depth) === previous.charCodeAt(depth)) depth++;
    let pruned = false;
    for (let j = depth + 1; j <= term.length; j++) {
      const above = rows[j - 1] as Int32Array;
      const row = (rows[j] ??= new Int32Array(m + 2));
      const c = term.charCodeAt(j - 1);
      row[0] = j;
      let rowMin = j;
      // Only the band of cells within `max` of the diagonal can stay within reach (Ukkonen); the cells
      // just outside it are set beyond reach, so the band never reads a value left by another term.
      const from = Math.max(1, j - max);
      const to = Math.min(m, j + max);
      if (from > 1) row[from - 1] = max + 1;
      if (to < m) row[to + 1] = max + 1;
      for (let k = from; k <= to; k++) {
        const q = query.charCodeAt(k - 1);
        let v = Math.min(
          (above[k] as number) + 1,
          (row[k - 1] as number) + 1,
          (above[k - 1] as number) + (c === q ? 0 : 1),
        );
        if (j > 1 && k > 1 && c === query.charCodeAt(k - 2) && term.charCodeAt(j - 2) === q) {
          v = Math.min(v, ((rows[j - 2] as Int32Array)[k - 2] as number) + 1);
        }
        row[k] = v;
        if (v < rowMin) rowMin = v;
      }
      if (rowMin > max) {
        // Nothing that starts with term[0..j) can come within reach: skip the whole range.
        const prefix = term.slice(0, j);
        i = lowerBound(sorted, prefix + '\uffff', i + 1);
        previous = term;
        valid = j - 1;
        pruned = true;
        break;
      }
    }
    if (pruned) continue;
    const distance = (rows[term.length] as Int32Array)[m] as number;
    if (Math.abs(term.length - m) <= max && distance <= max) visit(term, distance);
    previous = term;
    valid = term.length;
    i++;
  }
}
