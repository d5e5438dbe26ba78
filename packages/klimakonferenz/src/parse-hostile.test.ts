import { describe, expect, test } from 'vitest';
import { KlimaInputError, parseCollection, parseKlimakonferenz } from './parse.js';

const cycle: Record<string, unknown> = { id: 'kk' };
cycle['self'] = cycle;

describe('parseKlimakonferenz and parseCollection with values JSON cannot hold', () => {
  test.each([
    ['a BigInt', 1n],
    ['a BigInt inside', { id: 1n, votes: [1n] }],
    ['a function', () => 1],
    ['a symbol', Symbol('kk')],
    ['a cycle', cycle],
  ])('%s gives KlimaInputError in German and English', (_name, value) => {
    for (const parse of [parseKlimakonferenz, parseCollection]) {
      let error: unknown;
      try {
        parse(value);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(KlimaInputError);
      for (const issue of (error as KlimaInputError).issues) {
        expect(issue.de).not.toMatch(/Invalid input|received/);
        expect(issue.en.length).toBeGreaterThan(0);
      }
    }
  });

  test('a 10,000-character key or text is cut short in every message', () => {
    const long = 'y'.repeat(10_000);
    for (const value of [{ [long]: 1 }, { id: long, title: long }]) {
      try {
        parseKlimakonferenz(value);
      } catch (error) {
        for (const issue of (error as KlimaInputError).issues) {
          expect(issue.de.length).toBeLessThan(300);
          expect(issue.en.length).toBeLessThan(300);
        }
      }
    }
  });
});
