import { describe, expect, it } from 'vitest';
import { combineCollections } from './collection.js';
import { KlimaInputError } from './parse.js';
import { recklinghausenFollowUp, recklinghausenSample } from './sample.js';

describe('combineCollections', () => {
  it('puts the workshops of several files together and keeps labels and the fictional mark', () => {
    const both = combineCollections([recklinghausenFollowUp, recklinghausenSample]);
    expect(both.workshops).toHaveLength(9);
    expect(both.county?.name).toBe('Kreis Recklinghausen');
    expect(both.fictional).toBe(true);
  });

  it('refuses the same workshop twice and an empty list, in German and English', () => {
    expect(() => combineCollections([recklinghausenSample, recklinghausenSample])).toThrow(
      /„rek-2017-wohnen“ kommt mehrfach vor.*\n?.*/,
    );
    expect(() => combineCollections([])).toThrow(KlimaInputError);
  });
});
