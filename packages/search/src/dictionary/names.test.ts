import { describe, expect, it } from 'vitest';
import { foreignSkeleton, latinSkeleton, nameMatcher } from './names.js';

describe('names in another script', () => {
  it('gives a name and its transliterations the same skeleton', () => {
    expect(latinSkeleton('Condrobs')).toBe('kntrbs');
    expect(foreignSkeleton('كوندروبس')).toBe('kntrbs');
    expect(foreignSkeleton('Кондробс')).toBe('kntrbs');
    expect(latinSkeleton('Schengen')).toBe(foreignSkeleton('شنغن'));
    expect(latinSkeleton('Musenkuss')).toBe(foreignSkeleton('موسنكوس'));
    // The article is no part of a name.
    expect(foreignSkeleton('الكوندروبس')).toBe('kntrbs');
  });

  const titles = [
    'Condrobs Suchtberatungsstellen',
    '3. Dublin-Verfahren',
    'FamAra - Migrationsberatung',
    'Laden und Café',
    'JuLes - Freizeitgruppe',
    'JuLeZ - Drop-in-Angebot',
    'Münchner Kammerspiele',
    'Stadtplan',
  ];
  const ordinary = new Set(['laden', 'café', 'verfahren']);
  const name = nameMatcher(titles, (w) => ordinary.has(w.toLowerCase()));

  it('finds the name of a title, also with a Slavic case ending', () => {
    expect(name('كوندروبس')).toEqual(['Condrobs']);
    expect(name('Дублінську')).toEqual(['Dublin']);
    expect(name('فامارا')).toEqual(['FamAra']);
  });

  it('gives every name whose skeleton the word has, and German ch and sp as spoken', () => {
    expect(name('جولس')).toEqual(['JuLes', 'JuLeZ']);
    // "ch" after n as in "ich" (ش), the first "st" as "scht" (шт).
    expect(name('مونشنر')).toEqual(['Münchner']);
    expect(name('Штадтплан')).toEqual(['Stadtplan']);
    expect(name('Стадтплан')).toEqual(['Stadtplan']);
  });

  it('takes three sounds for a name only, and other endings for no name', () => {
    // "لادن" sounds like Laden, an ordinary word a dictionary translates.
    expect(name('لادن')).toEqual([]);
    // Dublin with an ending that is no case ending.
    expect(name('Дублінтака')).toEqual([]);
    expect(name('مرحبا')).toEqual([]);
  });
});
