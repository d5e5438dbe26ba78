/**
 * The outline of JSON an element relies on, for data a server already validated in full (profiles, strategies,
 * workshops): a type per key, `key?` for an optional key, `[item]` for a list of items. Checking the outline is
 * enough to render safely and to say what is wrong with a broken file, without zod (~30 KB gzip) on the page.
 * `text` is a text per language (`{ "de": "…" }`), `any` anything.
 */
export type Outline =
  | 'string'
  | 'number'
  | 'boolean'
  | 'text'
  | 'any'
  | readonly [Outline]
  | { readonly [key: string]: Outline };

const expected: Record<string, readonly [de: string, en: string]> = {
  string: ['einen Text', 'a string'],
  number: ['eine Zahl', 'a number'],
  boolean: ['wahr oder falsch', 'true or false'],
  text: ['Texte je Sprache', 'texts per language'],
  list: ['eine Liste', 'an array'],
  object: ['ein Objekt', 'an object'],
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function shown(value: unknown): string {
  if (value === undefined) return 'nichts / nothing';
  if (Array.isArray(value)) return `[…] (${value.length})`;
  if (isObject(value)) return '{…}';
  return JSON.stringify(value).slice(0, 40);
}

/** The first place where `value` differs from `outline`: its path, what was expected there and what was found. */
export function outlineMismatch(
  value: unknown,
  outline: Outline,
  path = '',
): { path: string; expected: readonly [string, string]; found: string } | undefined {
  const wrong = (kind: string) => ({
    path: path || '(root)',
    expected: expected[kind]!,
    found: shown(value),
  });
  if (outline === 'any') return undefined;
  if (outline === 'string' || outline === 'number' || outline === 'boolean')
    return typeof value === outline ? undefined : wrong(outline);
  if (outline === 'text')
    return isObject(value) && Object.values(value).every((t) => typeof t === 'string')
      ? undefined
      : wrong('text');
  if (Array.isArray(outline)) {
    if (!Array.isArray(value)) return wrong('list');
    for (const [i, item] of value.entries()) {
      const mismatch = outlineMismatch(item, outline[0] as Outline, `${path}[${i}]`);
      if (mismatch) return mismatch;
    }
    return undefined;
  }
  if (!isObject(value)) return wrong('object');
  for (const [key, inner] of Object.entries(outline as Record<string, Outline>)) {
    const optional = key.endsWith('?');
    const name = optional ? key.slice(0, -1) : key;
    if (optional && value[name] === undefined) continue;
    const mismatch = outlineMismatch(value[name], inner, path ? `${path}.${name}` : name);
    if (mismatch) return mismatch;
  }
  return undefined;
}
