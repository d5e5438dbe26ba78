import { describe, expect, it } from 'vitest';
import { CONCEPTS } from './concepts.js';
import {
  concepts,
  createLexicon,
  detectScript,
  germanLexicon,
  languageFromLetters,
  lexiconLanguages,
} from './index.js';

describe('lexicon', () => {
  it('maps at least 150 concepts, each with German and all six languages', () => {
    expect(concepts.length).toBeGreaterThanOrEqual(150);
    for (const line of CONCEPTS.split('\n')) expect(line.split('|'), line).toHaveLength(7);
    for (const concept of concepts)
      for (const language of lexiconLanguages)
        expect(concept.names[language].length, `${concept.german} ${language}`).toBeGreaterThan(0);
  });

  it('carries "language course" in every language to German, and names the language', () => {
    const cases: [string, string][] = [
      ['language course', 'en'],
      ['دورة لغة', 'ar'],
      ['курси мови', 'uk'],
      ['курсы немецкого', 'ru'],
      ['Almanca kursu', 'tr'],
      ['کلاس زبان', 'fa'],
    ];
    for (const [query, language] of cases)
      expect(germanLexicon.translate(query), query).toEqual({
        text: 'Deutschkurs',
        concepts: 1,
        language,
        untranslated: [],
      });
  });

  it('matches inflected forms and Arabic with article or vowel marks, keeps unknown words', () => {
    expect(germanLexicon.translate('دورات اللغة الألمانية').text).toBe('Deutschkurs');
    expect(germanLexicon.translate('courses').text).toBe('Kurs');
    expect(germanLexicon.translate('help with homework for Ali')).toMatchObject({
      text: 'Hausaufgabenhilfe ali',
      language: 'en',
    });
    // Arabic words differing in an ending are one word ("مدرستي", my school); in a root letter, two
    // ("إعانة", benefit, is not "إعاقة", disability).
    expect(germanLexicon.translate('مدرستي').text).toBe('Schule');
    expect(germanLexicon.translate('إعانة').text).not.toContain('Behinderung');
  });

  it('matches long endings of agglutinating and inflecting languages, but not in English', () => {
    expect(germanLexicon.translate('Almanca nerede öğrenebilirim').text).toBe('Deutsch Lernen');
    expect(germanLexicon.translate('помощь с документами').text).toBe('Hilfe Unterlagen');
    expect(germanLexicon.translate('безкоштовна юридична допомога').text).toBe(
      'kostenlos Rechtsberatung',
    );
    expect(germanLexicon.translate('ищу работу').text).toBe('suchen Arbeit');
    // Cyrillic endings of three letters ("нещасного випадку", genitive of "нещасний випадок").
    expect(germanLexicon.translate('нещасного випадку на роботі').text).toBe('Arbeitsunfall');
    expect(germanLexicon.translate('несчастного случая на работе').text).toBe('Arbeitsunfall');
    // An English entry does not swallow the German word it begins.
    expect(germanLexicon.translate('Integrationskurs').concepts).toBe(0);
  });

  it('knows the languages people ask for, and everyday words for a course', () => {
    expect(germanLexicon.translate('doctor who speaks Arabic').text).toBe(
      'Arzt Arabisch who speaks',
    );
    expect(germanLexicon.translate('лікар українською').text).toBe('Arzt Ukrainisch');
    expect(germanLexicon.translate('врач по-русски').text).toBe('Arzt Russisch');
    expect(germanLexicon.translate('پزشک فارسی').text).toBe('Arzt Farsi');
    // Colloquial Arabic says كورس; Ukrainian counts women in the genitive after "для".
    expect(germanLexicon.translate('كورس لغة').text).toBe('Deutschkurs');
    expect(germanLexicon.translate('курси для жінок').text).toBe('Kurs Frauen');
  });

  it('prefers the entry written like the query over one it merely begins with', () => {
    expect(germanLexicon.translate('nursery').text).toBe('Kita');
    expect(germanLexicon.translate('مهد کودک').text).toBe('Kita');
  });

  it('does not take a function word for a concept of another language ("is" is not Turkish "iş")', () => {
    expect(germanLexicon.translate('What is a bank account').text).not.toContain('Arbeit');
    expect(germanLexicon.translate('iş').text).toBe('Arbeit');
  });

  it('leaves German words alone', () => {
    expect(germanLexicon.translate('Kinder').concepts).toBe(0);
    expect(germanLexicon.translate('Welche Beratung').concepts).toBe(0);
  });

  it('tells scripts and letters apart', () => {
    expect(['hello', 'مرحبا', 'привіт', '你好'].map(detectScript)).toEqual([
      'latin',
      'arabic',
      'cyrillic',
      'other',
    ]);
    expect(
      ['چطور', 'їжа', 'ёлка', 'şehir', 'مدرسة', 'مرحبا', 'Haus'].map(languageFromLetters),
    ).toEqual(['fa', 'uk', 'ru', 'tr', 'ar', undefined, undefined]);
    // An Arabic question whose only concept is in the Persian column is still Arabic: its letters say so.
    expect(
      germanLexicon.translate('ما هي أنواع المدارس الموجودة بعد المرحلة الابتدائية في بافاريا؟')
        .language,
    ).toBe('ar');
    expect(createLexicon([]).translate('anything')).toEqual({
      text: 'anything',
      concepts: 0,
      untranslated: ['anything'],
    });
  });
});
