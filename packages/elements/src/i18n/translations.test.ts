import { describe, expect, test } from 'vitest';
import { ar } from './ar.js';
import { de } from './de.js';
import { en } from './en.js';
import { fa } from './fa.js';
import { deSimple } from './de-simple.js';
import { deElements } from './de-elements.js';
import {
  addGermanTexts,
  isRightToLeft,
  isTranslationLoaded,
  loadTranslation,
  translationFor,
  uiLanguages,
} from './index.js';
import { ru } from './ru.js';
import { tr } from './tr.js';
import { uk } from './uk.js';

const translations = { de, en, ar, uk, tr, fa, ru };

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
    expect(await loadTranslation('ar-SY')).toBe(translations.ar);
    expect(isRightToLeft('fa-IR')).toBe(true);
    expect(translationFor('ar-SY')).toBe(translations.ar);
    await loadTranslation('uk');
    await loadTranslation('en');
    expect(translationFor('UK')).toBe(translations.uk);
    expect(translationFor('sw')).toBe(translationFor('de'));
    expect(translationFor('en', true)).toBe(translations.en);
  });

  test('German is built in for search and detail; the other elements bring their texts along', () => {
    expect(translationFor('de').search.label).toBe(de.search.label);
    addGermanTexts(deElements);
    expect(translationFor('de')).toEqual(de);
    // Adding them again changes nothing: every element that needs them calls it when it loads.
    const texts = translationFor('de');
    addGermanTexts(deElements);
    expect(translationFor('de')).toBe(texts);
  });

  test('a missing key is caught by the shape comparison', () => {
    const broken = { ...translations.en, search: { ...translations.en.search, label: undefined } };
    expect(shape(broken).sort()).not.toEqual(german);
  });
});
