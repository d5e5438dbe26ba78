import type { z } from 'zod';
// The one locale needed for issues we have no wording of our own for, not the namespace of all of them.
import { de as germanLocale } from 'zod/locales';
import { expectedForPattern } from './patterns.js';
import {
  describeValue,
  problemAt,
  truncate,
  type DataPath,
  type LocalizedMessage,
  type Problem,
} from './problem.js';

type Issue = z.core.$ZodIssue;

const typeNames: Record<string, LocalizedMessage> = {
  string: { de: 'einen Text', en: 'a text' },
  number: { de: 'eine Zahl', en: 'a number' },
  int: { de: 'eine ganze Zahl', en: 'a whole number' },
  boolean: { de: 'true oder false', en: 'true or false' },
  array: { de: 'eine Liste', en: 'a list' },
  object: { de: 'ein Objekt', en: 'an object' },
  record: { de: 'ein Objekt', en: 'an object' },
};

const formatNames: Record<string, LocalizedMessage> = {
  email: {
    de: 'eine E-Mail-Adresse (name@beispiel.de)',
    en: 'an e-mail address (name@example.org)',
  },
  url: {
    de: 'eine Web-Adresse mit http:// oder https://',
    en: 'a web address starting with http:// or https://',
  },
  date: {
    de: 'ein Datum JJJJ-MM-TT (z. B. „2026-11-25“)',
    en: 'a date YYYY-MM-DD (e.g. "2026-11-25")',
  },
  datetime: {
    de: 'Datum und Uhrzeit mit Zeitzone (z. B. „2026-11-25T17:00:00+01:00“)',
    en: 'a date and time with offset (e.g. "2026-11-25T17:00:00+01:00")',
  },
};

const germanMessages = germanLocale().localeError;

/** What a custom rule says about itself: `{ code, expected }` (see `timeZoneSchema`). */
function paramsOf(issue: Issue): { code?: unknown; expected?: unknown } | undefined {
  return 'params' in issue ? (issue.params as { code?: unknown; expected?: unknown }) : undefined;
}

function isLocalizedMessage(value: unknown): value is LocalizedMessage {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as LocalizedMessage).de === 'string' &&
    typeof (value as LocalizedMessage).en === 'string'
  );
}

/**
 * What a rule without a wording of ours expects: the rule's own `params.expected` (see `timeZoneSchema`), else
 * zod's German locale for German and zod's message for English, so no English text lands in a German message.
 */
function otherExpected(issue: Issue): LocalizedMessage {
  const expected = paramsOf(issue)?.expected;
  if (isLocalizedMessage(expected)) return expected;
  const german = germanMessages(issue as Parameters<typeof germanMessages>[0]);
  const de = typeof german === 'string' ? german : (german?.message ?? 'einen gültigen Wert');
  return {
    de: `einen gültigen Wert (${truncate(de)})`,
    en: `a valid value (${truncate(issue.message)})`,
  };
}

function quoteList(values: readonly unknown[]): LocalizedMessage {
  return {
    de: values.map((value) => describeValue(value).de).join(', '),
    en: values.map((value) => describeValue(value).en).join(', '),
  };
}

function unitsOf(origin: string, count: number | bigint): LocalizedMessage {
  const one = Number(count) === 1;
  if (origin === 'string') return { de: 'Zeichen', en: one ? 'character' : 'characters' };
  if (origin === 'array' || origin === 'set')
    return { de: one ? 'Eintrag' : 'Einträge', en: one ? 'item' : 'items' };
  return { de: '', en: '' };
}

function sizeOf(input: unknown): number | undefined {
  if (typeof input === 'string' || Array.isArray(input)) return input.length;
  return undefined;
}

function bound(issue: Extract<Issue, { code: 'too_small' | 'too_big' }>): LocalizedMessage {
  const limit = issue.code === 'too_small' ? issue.minimum : issue.maximum;
  const small = issue.code === 'too_small';
  const units = unitsOf(issue.origin, limit);
  if (units.de !== '') {
    const de = small ? 'mindestens' : 'höchstens';
    const en = small ? 'at least' : 'at most';
    return { de: `${de} ${limit} ${units.de}`, en: `${en} ${limit} ${units.en}` };
  }
  if (issue.inclusive === false) {
    return small
      ? { de: `eine Zahl größer als ${limit}`, en: `a number greater than ${limit}` }
      : { de: `eine Zahl kleiner als ${limit}`, en: `a number less than ${limit}` };
  }
  return small
    ? { de: `eine Zahl ab ${limit}`, en: `a number of at least ${limit}` }
    : { de: `eine Zahl bis ${limit}`, en: `a number of at most ${limit}` };
}

function found(issue: Issue): LocalizedMessage {
  const input = 'input' in issue ? issue.input : undefined;
  const size = sizeOf(input);
  if ((issue.code === 'too_small' || issue.code === 'too_big') && size !== undefined) {
    const units = unitsOf(issue.origin, size);
    return { de: `${size} ${units.de}`, en: `${size} ${units.en}` };
  }
  return describeValue(input);
}

function expected(issue: Issue): LocalizedMessage {
  switch (issue.code) {
    case 'invalid_type':
      return (
        typeNames[issue.expected] ?? {
          de: `einen Wert vom Typ ${issue.expected}`,
          en: `a value of type ${issue.expected}`,
        }
      );
    case 'too_small':
    case 'too_big':
      return bound(issue);
    case 'invalid_format':
      return (
        (issue.format === 'regex'
          ? expectedForPattern(issue.pattern)
          : formatNames[issue.format]) ?? {
          de: `das Format ${issue.pattern ?? issue.format}`,
          en: `the format ${issue.pattern ?? issue.format}`,
        }
      );
    case 'invalid_value': {
      const list = quoteList(issue.values);
      return issue.values.length === 1
        ? list
        : { de: `einen von ${list.de}`, en: `one of ${list.en}` };
    }
    case 'invalid_union':
      if ('options' in issue && Array.isArray(issue.options)) {
        const list = quoteList(issue.options);
        return { de: `einen von ${list.de}`, en: `one of ${list.en}` };
      }
      return { de: 'eine der erlaubten Varianten', en: 'one of the allowed variants' };
    case 'not_multiple_of':
      return { de: `ein Vielfaches von ${issue.divisor}`, en: `a multiple of ${issue.divisor}` };
    default:
      return otherExpected(issue);
  }
}

const codes: Partial<Record<Issue['code'], string>> = {
  invalid_type: 'invalid-type',
  too_small: 'too-small',
  too_big: 'too-big',
  invalid_format: 'invalid-format',
  invalid_value: 'invalid-value',
  invalid_union: 'invalid-union',
  not_multiple_of: 'not-multiple-of',
};

function codeOf(issue: Issue): string {
  const own = paramsOf(issue)?.code;
  return typeof own === 'string' ? own : (codes[issue.code] ?? issue.code);
}

function describeIssue(issue: Issue, base: DataPath): Problem[] {
  const path = [...base, ...issue.path];
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) =>
      problemAt([...path, key], 'unknown-key', {
        de: `unbekanntes Feld „${truncate(key)}“; erwartet werden nur die im Schema beschriebenen Felder.`,
        en: `unknown field "${truncate(key)}"; only the fields the schema describes are expected.`,
      }),
    );
  }
  if (issue.code === 'invalid_key') {
    // The key itself is wrong (a record keyed by language code, say): describe the nested key issue.
    const inner = issue.issues[0];
    const wanted = inner ? expected(inner) : { de: 'einen gültigen Schlüssel', en: 'a valid key' };
    const key = describeValue(issue.input);
    return [
      problemAt(path, 'invalid-key', {
        de: `ungültiger Schlüssel: erwartet ${wanted.de}, gefunden ${key.de}.`,
        en: `invalid key: expected ${wanted.en}, found ${key.en}.`,
      }),
    ];
  }
  if (issue.code === 'invalid_type' && ('input' in issue ? issue.input : undefined) === undefined) {
    const wanted = expected(issue);
    return [
      problemAt(path, 'missing', {
        de: `Pflichtfeld fehlt: erwartet ${wanted.de}.`,
        en: `required field is missing: expected ${wanted.en}.`,
      }),
    ];
  }
  const wanted = expected(issue);
  const got = found(issue);
  return [
    problemAt(path, codeOf(issue), {
      de: `erwartet ${wanted.de}, gefunden ${got.de}.`,
      en: `expected ${wanted.en}, found ${got.en}.`,
    }),
  ];
}

/**
 * Turns zod issues into {@link Problem}s with German and English messages that say where, what was expected
 * and what was found. Parse with `{ reportInput: true }` so the found values can be named; `base` is
 * prepended to every path (for a record checked on its own inside a larger document).
 */
export function describeIssues(issues: readonly Issue[], base: DataPath = []): Problem[] {
  return issues.flatMap((issue) => describeIssue(issue, base));
}

/**
 * The first of `issues` as one German and English sentence with its path, for reports that name one reason
 * (`Angebot übersprungen: texts.de.title: Pflichtfeld fehlt: …`).
 */
export function describeFirstIssue(
  issues: readonly Issue[],
  base: DataPath = [],
): LocalizedMessage {
  const [first] = describeIssues(issues.slice(0, 1), base);
  return first?.message ?? { de: 'ungültiger Wert', en: 'invalid value' };
}
