import * as z from 'zod';

/** A message in German (the default) and English. */
export const localizedMessageSchema = z.object({ de: z.string(), en: z.string() });
/** A message in German (the default) and English. */
export type LocalizedMessage = z.infer<typeof localizedMessageSchema>;

/** The languages problem messages are written in. */
export const messageLanguageSchema = z.enum(['de', 'en']);
/** The languages problem messages are written in. */
export type MessageLanguage = z.infer<typeof messageLanguageSchema>;

/**
 * One thing wrong with some data: where (`offers[3].area.ags[0]`), a stable machine-readable code
 * (`unknown-municipality`, `too-small`, …) and a message in German and English that names the place, what
 * was expected and what was found.
 */
export const problemSchema = z.object({
  path: z.string(),
  code: z.string().min(1),
  message: localizedMessageSchema,
});
/** One thing wrong with some data; see {@link problemSchema}. */
export type Problem = z.infer<typeof problemSchema>;

/** A path into some data as zod reports it: object keys and array indexes. */
export type DataPath = readonly PropertyKey[];

const identifier = /^[A-Za-z_$][\w$]*$/;
/** Keys come from outside; a 10,000-character key would make every message about it unreadable. */
const maxKeyShown = 80;

/**
 * Writes a path the way a person would type it into a JavaScript console: `offers[3].area.ags[0]`;
 * keys that are not identifiers are quoted (`texts["de-x-simple"]`), keys over 80 characters cut short.
 */
export function formatPath(path: DataPath): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (typeof key === 'symbol') text += `[${String(key)}]`;
    else if (identifier.test(key) && key.length <= maxKeyShown)
      text += text === '' ? key : `.${key}`;
    else text += `[${JSON.stringify(truncate(key, maxKeyShown))}]`;
  }
  return text;
}

const maxShown = 60;

/** Cuts `text` to at most `max` characters, marking the cut with an ellipsis, so quoted input stays readable. */
export function truncate(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Describes a found value briefly and safely in both languages (long texts are cut, objects summarised). */
export function describeValue(value: unknown): LocalizedMessage {
  if (value === undefined)
    return { de: 'nichts (das Feld fehlt)', en: 'nothing (the field is missing)' };
  if (value === null) return { de: 'null', en: 'null' };
  if (typeof value === 'string') {
    const shown = truncate(value, maxShown);
    return { de: `„${shown}“`, en: JSON.stringify(shown) };
  }
  if (typeof value === 'number' || typeof value === 'boolean')
    return { de: String(value), en: String(value) };
  if (Array.isArray(value)) {
    return {
      de: `eine Liste mit ${value.length} ${value.length === 1 ? 'Eintrag' : 'Einträgen'}`,
      en: `a list of ${value.length} ${value.length === 1 ? 'item' : 'items'}`,
    };
  }
  if (typeof value === 'object') return { de: 'ein Objekt', en: 'an object' };
  return { de: typeof value, en: typeof value };
}

/**
 * Makes a problem whose messages start with the path, so a message read on its own still says where.
 * `de` and `en` are the sentence after the path.
 */
export function problemAt(path: DataPath, code: string, message: LocalizedMessage): Problem {
  const where = formatPath(path);
  return {
    path: where,
    code,
    message: {
      de: `${where === '' ? '(Wurzel)' : where}: ${message.de}`,
      en: `${where === '' ? '(root)' : where}: ${message.en}`,
    },
  };
}

/** One problem as a line of text in the chosen language (German by default), with its code. */
export function formatProblem(problem: Problem, language: MessageLanguage = 'de'): string {
  return `${problem.message[language]} [${problem.code}]`;
}

/** Sorts problems by path (numerically for indexes) so reports read top to bottom through the data. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  const collator = new Intl.Collator('en', { numeric: true });
  return [...problems].sort(
    (a, b) => collator.compare(a.path, b.path) || a.code.localeCompare(b.code),
  );
}

/** How many problems an error message lists; `problems` on the error holds them all. */
const maxListed = 20;

/**
 * An error that carries every {@link Problem} found; its message lists them (the first 20) in German, then in
 * English, under a title in both languages. The model's parsers throw subclasses of it.
 */
export class ProblemsError extends Error {
  /** Everything wrong with the input. */
  readonly problems: readonly Problem[];

  constructor(title: LocalizedMessage, problems: readonly Problem[]) {
    const lines = (language: MessageLanguage) => {
      const listed = problems
        .slice(0, maxListed)
        .map((problem) => `  - ${problem.message[language]}`);
      const more = problems.length - maxListed;
      if (more > 0)
        listed.push(language === 'de' ? `  … und ${more} weitere` : `  … and ${more} more`);
      return listed.join('\n');
    };
    super(`${title.de}\n${lines('de')}\n${title.en}\n${lines('en')}`);
    this.name = 'ProblemsError';
    this.problems = problems;
  }
}
