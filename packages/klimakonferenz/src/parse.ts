import type * as z from 'zod';
// The one locale this needs, not the namespace of all of them (keeps the browser bundle small).
import { de as germanLocale } from 'zod/locales';
import {
  type Klimakonferenz,
  type KlimakonferenzCollection,
  klimakonferenzCollectionSchema,
  klimakonferenzSchema,
  COLLECTION_SCHEMA_VERSION,
} from './workshop.js';

/** One problem found in input data, in German and English, with where it is. */
export interface InputIssue {
  /** Path into the data, e.g. `workshops[2].statements[5].wall`. */
  path: string;
  /** The problem in German. */
  de: string;
  /** The problem in English. */
  en: string;
}

/** Thrown when workshop data does not match the schema; `issues` says where, what was expected and found. */
export class KlimaInputError extends Error {
  /** Error name, for logs and `instanceof`-free checks. */
  override name = 'KlimaInputError';
  /**
   * @param issues Every problem found, not just the first.
   */
  constructor(readonly issues: readonly InputIssue[]) {
    super(issues.map((i) => `${i.path || '(root)'}: ${i.de} / ${i.en}`).join('\n'));
  }
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) =>
      typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key),
    '',
  );
}

/** Cuts a text to `max` characters: zod lists unknown keys in full, and a key may be 10,000 characters long. */
function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 3)}...` : text;
}

function found(input: unknown): string {
  if (input === undefined) return '';
  let shown: string | undefined;
  try {
    shown = JSON.stringify(input);
  } catch {
    // Not JSON at all (a BigInt, a cycle): name its kind instead of failing with a TypeError.
    shown = typeof input;
  }
  return shown === undefined ? '' : ` (${cut(shown, 60)})`;
}

function parseBilingual<S extends z.ZodType>(schema: S, data: unknown): z.infer<S> {
  const english = schema.safeParse(data, { reportInput: true });
  if (english.success) return english.data;
  const german = schema.safeParse(data, { reportInput: true, error: germanLocale().localeError });
  const germanIssues = german.success ? [] : german.error.issues;
  throw new KlimaInputError(
    english.error.issues.map((issue, i) => ({
      path: formatPath(issue.path),
      de: `${cut(germanIssues[i]?.message ?? issue.message, 200)}${found(issue.input)}`,
      en: `${cut(issue.message, 200)}${found(issue.input)}`,
    })),
  );
}

/** Validates one workshop; throws {@link KlimaInputError} with German and English messages. */
export function parseKlimakonferenz(data: unknown): Klimakonferenz {
  return parseBilingual(klimakonferenzSchema, data);
}

/**
 * Validates a collection file. A single workshop object (one with `votes`) is accepted too and wrapped
 * into a collection, so the CLI takes either.
 */
export function parseCollection(data: unknown): KlimakonferenzCollection {
  if (typeof data === 'object' && data !== null && 'votes' in data && !('workshops' in data)) {
    return parseBilingual(klimakonferenzCollectionSchema, {
      schemaVersion: COLLECTION_SCHEMA_VERSION,
      workshops: [data],
    });
  }
  return parseBilingual(klimakonferenzCollectionSchema, data);
}
