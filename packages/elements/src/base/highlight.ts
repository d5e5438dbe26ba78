/** A piece of text, marked when it matched the query. */
export interface TextSegment {
  /** The characters, as text. */
  readonly text: string;
  /** Whether they matched the query. */
  readonly mark: boolean;
}

/**
 * Splits `text` at match ranges (`[start, end)` offsets as the search engine reports them) into plain and marked
 * segments. Ranges are clamped, sorted and merged, so overlapping or out-of-bounds offsets from a feed can
 * neither throw nor duplicate text. The result is rendered as text nodes, never as HTML.
 */
export function highlightSegments(
  text: string,
  ranges: ReadonlyArray<readonly [number, number]>,
): TextSegment[] {
  const clamped = ranges
    .map(
      ([s, e]) =>
        [Math.max(0, Math.min(s, text.length)), Math.max(0, Math.min(e, text.length))] as const,
    )
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  const segments: TextSegment[] = [];
  let cursor = 0;
  for (const [start, end] of clamped) {
    if (end <= cursor) continue;
    const from = Math.max(start, cursor);
    if (from > cursor) segments.push({ text: text.slice(cursor, from), mark: false });
    const last = segments.at(-1);
    if (last?.mark === true && from === cursor)
      segments[segments.length - 1] = { text: last.text + text.slice(from, end), mark: true };
    else segments.push({ text: text.slice(from, end), mark: true });
    cursor = end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), mark: false });
  return segments;
}
