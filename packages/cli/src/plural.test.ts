import { describe, expect, test } from 'vitest';
import { countOf, countOfBoth } from './plural.js';

describe('countOf', () => {
  const actor = { one: 'Akteur', other: 'Akteure' };
  test('picks the singular for one and the plural for zero and many, as German and English do', () => {
    expect(countOf(1, actor, 'de')).toBe('1 Akteur');
    expect(countOf(0, actor, 'de')).toBe('0 Akteure');
    expect(countOf(2, actor, 'de')).toBe('2 Akteure');
    expect(countOf(1, { one: 'actor', other: 'actors' }, 'en')).toBe('1 actor');
  });

  test('writes the number as the language does', () => {
    expect(countOf(12000, actor, 'de')).toBe('12.000 Akteure');
    expect(countOf(12000, { one: 'actor', other: 'actors' }, 'en')).toBe('12,000 actors');
  });

  test('uses the forms a language has beyond one and other, falling back to other', () => {
    const file = { one: 'ملف', two: 'ملفان', few: 'ملفات', other: 'ملفًا' };
    expect(countOf(2, file, 'ar')).toMatch(/ملفان$/);
    expect(countOf(3, file, 'ar')).toMatch(/ملفات$/);
    expect(countOf(2, { other: 'x' }, 'ar')).toMatch(/ x$/);
  });
});

describe('countOfBoth', () => {
  test('gives each language its own form of the noun', () => {
    const offer = [
      { one: 'Angebot', other: 'Angebote' },
      { one: 'offer', other: 'offers' },
    ] as const;
    expect(countOfBoth(1, ...offer)).toBe('1 Angebot/offer');
    expect(countOfBoth(349, ...offer)).toBe('349 Angebote/offers');
  });
});
