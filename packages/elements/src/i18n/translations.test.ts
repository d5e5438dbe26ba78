import { describe, expect, test } from 'vitest';
import { ar } from './ar.js';
import { arElements } from './ar-elements.js';
import { de } from './de.js';
import { deElements } from './de-elements.js';
import { deSimple } from './de-simple.js';
import { useElementTexts } from './element-texts.js';
import { en } from './en.js';
import { enElements } from './en-elements.js';
import { fa } from './fa.js';
import { faElements } from './fa-elements.js';
import {
  isRightToLeft,
  isTranslationLoaded,
  loadTranslation,
  translationFor,
  uiLanguages,
} from './index.js';
import { ru } from './ru.js';
import { ruElements } from './ru-elements.js';
import { tr } from './tr.js';
import { trElements } from './tr-elements.js';
import { uk } from './uk.js';
import { ukElements } from './uk-elements.js';

/** Every language whole: the texts of search and detail with those of the other elements. */
const translations = {
  de,
  en: { ...en, ...enElements },
  ar: { ...ar, ...arElements },
  uk: { ...uk, ...ukElements },
  tr: { ...tr, ...trElements },
  fa: { ...fa, ...faElements },
  ru: { ...ru, ...ruElements },
};

/** Every key path of a translation with the kind of its value ("string" or "function"). */
function shape(value: unknown, path = ''): string[] {
  if (typeof value === 'string' || typeof value === 'function') return [`${path}:${typeof value}`];
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) =>
      shape(inner, path === '' ? key : `${path}.${key}`),
    );
  }
  return [`${path}:${typeof value}`];
}

describe('translations', () => {
  const german = shape(translations.de).sort();

  test.each(uiLanguages.filter((l) => l !== 'de'))(
    '%s has exactly the German keys, with the same kinds',
    (lang) => {
      expect(shape(translations[lang]).sort()).toEqual(german);
    },
  );

  test.each(uiLanguages)(
    '%s has no empty text and its plural and parameter texts show the number',
    (lang) => {
      const t = translations[lang];
      for (const line of shape(t)) expect(line.endsWith(':undefined')).toBe(false);
      expect(t.$code).toBe(lang);
      expect(t.search.resultCount(7)).toMatch(/7|٧|۷/);
      expect(t.search.resultCount(1).length).toBeGreaterThan(3);
      expect(t.search.page(2, 5)).toContain('5');
      expect(t.form.errors.tooShort(3)).toContain('3');
    },
  );

  test('Arabic and Farsi are right to left, the rest left to right', () => {
    for (const lang of uiLanguages)
      expect(translations[lang].$dir).toBe(lang === 'ar' || lang === 'fa' ? 'rtl' : 'ltr');
  });

  test('Einfache Sprache covers every search and detail key', async () => {
    expect(shape(deSimple.search).sort()).toEqual(shape(translations.de.search).sort());
    expect(shape(deSimple.detail).sort()).toEqual(shape(translations.de.detail).sort());
    // Loaded on demand like another language: German until then, the same object on every call after.
    expect(isTranslationLoaded('de', true)).toBe(false);
    expect(translationFor('de', true)).toBe(translationFor('de'));
    await loadTranslation('de', true);
    expect(translationFor('de', true).search.label).toBe(deSimple.search.label);
    expect(translationFor('de', true)).toBe(translationFor('de', true));
    expect(translationFor('de').search.label).not.toBe(deSimple.search.label);
  });

  test('a language tag is matched on its primary subtag, unknown ones fall back to German', async () => {
    expect(isTranslationLoaded('ar')).toBe(false);
    expect(translationFor('ar-SY')).toBe(translationFor('de'));
    expect(await loadTranslation('ar-SY')).toEqual(ar);
    expect(isRightToLeft('fa-IR')).toBe(true);
    expect(translationFor('ar-SY')).toEqual(ar);
    expect(translationFor('ar-SY')).toBe(translationFor('ar'));
    await loadTranslation('uk');
    await loadTranslation('en');
    expect(translationFor('UK')).toEqual(uk);
    expect(translationFor('sw')).toBe(translationFor('de'));
    expect(translationFor('en', true)).toBe(translationFor('en'));
  });

  test('search and detail texts come alone; the other elements bring theirs, in every language', async () => {
    // Loaded before any form, Klimakonferenz or strategy element: no element texts at all.
    expect(translationFor('uk').form).toBeUndefined();
    expect(translationFor('de')).toEqual({
      ...de,
      form: undefined,
      klima: undefined,
      strategy: undefined,
    });
    useElementTexts();
    // German at once; a language loaded before stands in with German element texts until its own arrive.
    expect(translationFor('de')).toEqual(de);
    expect(isTranslationLoaded('de')).toBe(true);
    expect(isTranslationLoaded('uk')).toBe(false);
    expect(translationFor('uk').form).toEqual(deElements.form);
    await loadTranslation('uk');
    expect(isTranslationLoaded('uk')).toBe(true);
    expect(translationFor('uk')).toEqual(translations.uk);
    // A language first asked for now comes whole.
    expect(await loadTranslation('fa')).toEqual(translations.fa);
    // Registering again changes nothing: every element that needs the texts calls it when it loads.
    const texts = translationFor('uk');
    useElementTexts();
    expect(translationFor('uk')).toBe(texts);
    expect(isTranslationLoaded('uk')).toBe(true);
  });

  test('a missing key is caught by the shape comparison', () => {
    const broken = { ...translations.en, search: { ...translations.en.search, label: undefined } };
    expect(shape(broken).sort()).not.toEqual(german);
  });
});
