import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { closest, editDistance } from './suggest.js';

describe('editDistance', () => {
  test('counts insertions, deletions, substitutions and swapped neighbours', () => {
    expect(editDistance('profile', 'profile')).toBe(0);
    expect(editDistance('profil', 'profile')).toBe(1);
    expect(editDistance('profilx', 'profile')).toBe(1);
    expect(editDistance('porfile', 'profile')).toBe(1);
    expect(editDistance('', 'out')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  test('is symmetric, zero only for equal words, and between the length difference and the longer length', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const d = editDistance(a, b);
        expect(d).toBe(editDistance(b, a));
        expect(d === 0).toBe(a === b);
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
        expect(d).toBeGreaterThanOrEqual(Math.abs(a.length - b.length));
      }),
    );
  });
});

describe('closest', () => {
  const options = ['--profile', '--out', '--json', '--lang'];
  test('finds a typo, a wrong case and an abbreviation', () => {
    expect(closest('--profil', options)).toBe('--profile');
    expect(closest('--Profile', options)).toBe('--profile');
    expect(closest('--prof', options)).toBe('--profile');
    expect(closest('--jsno', options)).toBe('--json');
    expect(closest('--otu', options)).toBe('--out');
  });

  test('suggests nothing for a word that is not close to any', () => {
    expect(closest('--verbose', options)).toBeUndefined();
    expect(closest('--x', options)).toBeUndefined();
  });
});
