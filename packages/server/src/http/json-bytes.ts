/** UTF-8 JSON of values that are never changed once made (published offers), kept while each value lives. */
const encoded = new WeakMap<object, Buffer>();
const COMMA = Buffer.from(',');

/**
 * The JSON of `value` as UTF-8 bytes, written on first use and kept with the value. Only for values nobody
 * changes afterwards: the published offers the server holds are replaced, never edited, when they change.
 */
export function jsonBytesOf(value: object): Buffer {
  let bytes = encoded.get(value);
  if (!bytes) {
    bytes = Buffer.from(JSON.stringify(value));
    encoded.set(value, bytes);
  }
  return bytes;
}

/**
 * `{ [key]: list, ...rest }` as JSON bytes, each item of the list from {@link jsonBytesOf}: an answer that
 * repeats offers other answers held already costs copying bytes, not writing and encoding them again.
 */
export function jsonWithList(
  key: string,
  list: readonly object[],
  rest: Record<string, unknown>,
): Buffer {
  const parts: Buffer[] = [Buffer.from(`{${JSON.stringify(key)}:[`)];
  list.forEach((item, i) => {
    if (i > 0) parts.push(COMMA);
    parts.push(jsonBytesOf(item));
  });
  const tail = JSON.stringify(rest);
  parts.push(Buffer.from(tail === '{}' ? ']}' : `],${tail.slice(1)}`));
  return Buffer.concat(parts);
}
