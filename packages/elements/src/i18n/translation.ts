import type { deCore } from './de-core.js';
import type { de } from './de.js';
import type { deElements } from './de-elements.js';

/** A text that depends on a count; built on `Intl.PluralRules` so each language gets its own plural forms. */
export type Plural = (n: number) => string;

/**
 * One language's UI texts. German is the source of truth: its object literal defines the shape, so a key
 * missing in any other language is a type error and (for untyped data) a test failure.
 */
export type Translation = Widen<typeof de>;

/** The texts every page with a search or detail needs (common, search, offer, detail). */
export type CoreTexts = Widen<typeof deCore>;

/** The texts of the form, Klimakonferenz and strategy elements, loaded with those elements. */
export type ElementTexts = Widen<typeof deElements>;

/** Turns the literal types of the German object into `string`, keeping functions and nesting. */
export type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { readonly [K in keyof T]: Widen<T[K]> };

/** The seven UI languages, German first. */
export const uiLanguages = ['de', 'en', 'ar', 'uk', 'tr', 'fa', 'ru'] as const;
/** A UI language code. */
export type UiLanguage = (typeof uiLanguages)[number];

/**
 * Builds a plural text from forms keyed by `Intl.PluralRules` category; `other` is required, the rest
 * fall back to it. `#` in a form is replaced by the number formatted for the language.
 */
export function plural(
  lang: string,
  forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
): Plural {
  const rules = new Intl.PluralRules(lang);
  const numbers = new Intl.NumberFormat(lang);
  return (n) => (forms[rules.select(n)] ?? forms.other).replace('#', numbers.format(n));
}
