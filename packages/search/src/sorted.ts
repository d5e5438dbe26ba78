/** Searches in sorted arrays. */

/** The first of the indexes `from` … `to` − 1 for which `before` is false (it is true for all before it): a binary search. */
export function bisect(to: number, before: (index: number) => boolean, from = 0): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index in a sorted array whose value is ≥ `value`, searching from `from` on (galloping, then binary). */
export function lowerBound(sorted: readonly string[], value: string, from = 0): number {
  // Galloping: the fuzzy walk skips short ranges just ahead, found in a few steps instead of a full search.
  let lo = from;
  let step = 1;
  let hi = from;
  while (hi < sorted.length && (sorted[hi] as string) < value) {
    lo = hi + 1;
    hi += step;
    step *= 2;
  }
  return bisect(Math.min(hi, sorted.length), (i) => (sorted[i] as string) < value, lo);
}

/** The entries of a sorted array that begin with `prefix`, in order. */
export function startingWith(sorted: readonly string[], prefix: string): string[] {
  const found: string[] = [];
  for (let i = lowerBound(sorted, prefix); i < sorted.length; i++) {
    const entry = sorted[i] as string;
    if (!entry.startsWith(prefix)) break;
    found.push(entry);
  }
  return found;
}
