import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonBytesOf, jsonWithList } from './json-bytes.js';

describe('JSON bytes kept per value', () => {
  it('writes the same JSON as JSON.stringify, whatever the list and the other fields', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.array(fc.dictionary(fc.string(), fc.jsonValue())),
        fc.dictionary(fc.string(), fc.jsonValue()),
        (key, list, rest) => {
          fc.pre(!(key in rest));
          const bytes = jsonWithList(key, list, rest);
          expect(JSON.parse(bytes.toString('utf8'))).toEqual(
            JSON.parse(JSON.stringify({ [key]: list, ...rest })),
          );
          // Twice the same: the second answer comes from the kept bytes.
          expect(jsonWithList(key, list, rest).equals(bytes)).toBe(true);
        },
      ),
    );
  });

  it('keeps the bytes with the value: a replaced value gets its own', () => {
    const first = { id: 'a', title: 'Deutschkurs für Anfänger – العربية' };
    expect(jsonBytesOf(first)).toBe(jsonBytesOf(first));
    const second = { ...first, title: 'Sprachcafé' };
    expect(JSON.parse(jsonBytesOf(second).toString('utf8'))).toEqual(second);
    expect(jsonBytesOf(first).toString('utf8')).toBe(JSON.stringify(first));
  });
});
