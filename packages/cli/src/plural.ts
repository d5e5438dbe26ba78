/** A noun in the forms a language's plural rules choose between; `other` is the fallback. */
export type NounForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rules = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

function cached<T>(map: Map<string, T>, language: string, make: (language: string) => T): T {
  let value = map.get(language);
  if (value === undefined) map.set(language, (value = make(language)));
  return value;
}

function form(count: number, noun: NounForms, language: string): string {
  return noun[cached(rules, language, (l) => new Intl.PluralRules(l)).select(count)] ?? noun.other;
}

/**
 * A count with its noun in the form the language's plural rules choose, the number written as the language
 * writes numbers: `countOf(1, { one: 'Akteur', other: 'Akteure' }, 'de')` is "1 Akteur", 12000 gives "12.000 Akteure".
 */
export function countOf(count: number, noun: NounForms, language: string): string {
  const number = cached(numbers, language, (l) => new Intl.NumberFormat(l)).format(count);
  return `${number} ${form(count, noun, language)}`;
}

/** One count for a line in both languages: `1 Angebot/offer`, `349 Angebote/offers`. */
export function countOfBoth(count: number, de: NounForms, en: NounForms): string {
  return `${countOf(count, de, 'de')}/${form(count, en, 'en')}`;
}

/** The nouns the commands count, in German and English. */
export const nouns = {
  offer: { de: { one: 'Angebot', other: 'Angebote' }, en: { one: 'offer', other: 'offers' } },
  actor: { de: { one: 'Akteur', other: 'Akteure' }, en: { one: 'actor', other: 'actors' } },
  contact: { de: { one: 'Kontakt', other: 'Kontakte' }, en: { one: 'contact', other: 'contacts' } },
  problem: { de: { one: 'Problem', other: 'Probleme' }, en: { one: 'problem', other: 'problems' } },
  row: { de: { one: 'Zeile', other: 'Zeilen' }, en: { one: 'row', other: 'rows' } },
  service: { de: { one: 'Service', other: 'Services' }, en: { one: 'service', other: 'services' } },
  organization: {
    de: { one: 'Organisation', other: 'Organisationen' },
    en: { one: 'organization', other: 'organizations' },
  },
  workshop: {
    de: { one: 'Workshop', other: 'Workshops' },
    en: { one: 'workshop', other: 'workshops' },
  },
  violation: {
    de: { one: 'Regelverstoß', other: 'Regelverstöße' },
    en: { one: 'rule violation', other: 'rule violations' },
  },
  hit: { de: { other: 'Treffer' }, en: { one: 'hit', other: 'hits' } },
  argument: {
    de: { one: 'Angabe', other: 'Angaben' },
    en: { one: 'argument', other: 'arguments' },
  },
} satisfies Record<string, Record<'de' | 'en', NounForms>>;
