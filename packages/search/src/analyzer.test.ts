import { describe, expect, it } from 'vitest';
import { words } from './analyzer.js';

describe('words', () => {
  it('finds words with their offsets, gender forms and hyphenated compounds', () => {
    expect(words('Berater*innen, Deutsch-Kurs: 3 Äpfel')).toEqual([
      { word: 'Berater*innen', start: 0, end: 13 },
      { word: 'Deutsch-Kurs', start: 15, end: 27 },
      { word: '3', start: 29, end: 30 },
      { word: 'Äpfel', start: 31, end: 36 },
    ]);
  });
});
