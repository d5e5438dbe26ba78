/**
 * The number of single-character insertions, deletions, substitutions and swaps of neighbours that turn `a`
 * into `b` (Levenshtein with transpositions, as typos are usually made: `--otu` is one swap from `--out`).
 */
export function editDistance(a: string, b: string): number {
  // rows[i][j]: distance between the first i characters of a and the first j of b.
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const above = rows[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        (above[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (above[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
      row[j] = best;
    }
    rows.push(row);
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/**
 * The known word closest to a mistyped one, for "did you mean": a word the input begins (`--prof` →
 * `--profile`) or one within a third of its length in edits (at least one). Undefined when nothing is close.
 */
export function closest(input: string, known: readonly string[]): string | undefined {
  const lower = input.toLowerCase();
  const prefixed = known.filter((word) => lower.length >= 3 && word.startsWith(lower));
  if (prefixed.length === 1) return prefixed[0];
  const limit = Math.max(1, Math.floor(lower.length / 3));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const word of known) {
    const distance = editDistance(lower, word.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [word, distance];
  }
  return best;
}
