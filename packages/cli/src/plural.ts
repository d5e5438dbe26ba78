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
