import { ar } from './ar.js';
import { de } from './de.js';
import { deSimple } from './de-simple.js';
import { en } from './en.js';
import { fa } from './fa.js';
import { ru } from './ru.js';
import { tr } from './tr.js';
import type { Translation, UiLanguage } from './translation.js';
import { uk } from './uk.js';

export { uiLanguages, plural, type Translation, type UiLanguage, type Plural } from './translation.js';
export { deSimple };

/** Every UI language's texts. */
export const translations: Readonly<Record<UiLanguage, Translation>> = { de, en, ar, uk, tr, fa, ru };

/**
 * The texts for a BCP 47 tag: matched on the primary subtag (`ar-SY` → Arabic), German when the language is
 * not one of the seven. With `easyLanguage` the search and detail texts are the Einfache Sprache ones.
 */
export function translationFor(lang: string, easyLanguage = false): Translation {
  const primary = lang.toLowerCase().split('-')[0] ?? 'de';
  const base = (translations as Readonly<Record<string, Translation>>)[primary] ?? translations.de;
  return easyLanguage && base === translations.de ? { ...base, ...deSimple } : base;
}
