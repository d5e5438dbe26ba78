/**
 * `compute` with its answers remembered, up to `limit` distinct inputs; then the memory starts afresh.
 * Words repeat (Zipf), so indexing and query expansion meet most words again and again; clearing instead of
 * evicting one by one keeps each call to a single map lookup.
 */
export function withBoundedCache(
  compute: (word: string) => string,
  limit: number,
): (word: string) => string {
  const cache = new Map<string, string>();
  return (word) => {
    let result = cache.get(word);
    if (result === undefined) {
      if (cache.size >= limit) cache.clear();
      result = compute(word);
      cache.set(word, result);
    }
    return result;
  };
}
