import { describe, expect, test } from 'vitest';
import { dictionaryLanguagesFor, needsTranslator } from './translator.js';

describe('the dictionaries a query needs', () => {
  test('by its letters: Farsi, Arabic, Ukrainian or Russian', () => {
    // Farsi writes letters Arabic has not (ی in "مشاوره برای طلاق", counselling for divorce).
    expect(dictionaryLanguagesFor('مشاوره برای طلاق', 'de')).toEqual(['fa']);
    expect(dictionaryLanguagesFor('استشارة طلاق', 'de')).toEqual(['ar']);
    expect(dictionaryLanguagesFor('мовні курси', 'de')).toEqual(['uk']);
    expect(dictionaryLanguagesFor('языковые курсы', 'de')).toEqual(['ru']);
  });

  test("and the page's language, while a Latin query on a German page needs none", () => {
    expect(dictionaryLanguagesFor('language course', 'en')).toEqual(['en']);
    expect(dictionaryLanguagesFor('کلاس زبان', 'ar')).toEqual(['ar', 'fa']);
    expect(dictionaryLanguagesFor('language course', 'de')).toEqual([]);
    expect(needsTranslator('Sprachkurs', 'de')).toBe(false);
    expect(needsTranslator('کلاس زبان', 'de')).toBe(true);
    expect(needsTranslator('language course', 'en')).toBe(true);
  });

  test("but not the page's dictionary for a query in another script: a German word on an Arabic page", () => {
    expect(dictionaryLanguagesFor('Sprachkurs', 'ar')).toEqual([]);
    expect(needsTranslator('Sprachkurs', 'ar')).toBe(false);
    expect(dictionaryLanguagesFor('Sprachkurs', 'uk')).toEqual([]);
    expect(dictionaryLanguagesFor('мовні курси', 'ar')).toEqual(['uk']);
    expect(dictionaryLanguagesFor('мовні курси', 'uk')).toEqual(['uk']);
    expect(dictionaryLanguagesFor('курси', 'uk')).toEqual(['uk']);
    expect(dictionaryLanguagesFor('dil kursu', 'tr')).toEqual(['tr']);
  });
});
