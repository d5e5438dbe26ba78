import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hsdsId, sha1, uuidV5, VIELFALT_UUID_NAMESPACE } from './uuid.js';

describe('uuidV5', () => {
  it('matches the RFC example for www.example.com in the DNS namespace', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });

  it('gives stable, distinct ids per record kind', () => {
    expect(hsdsId('offer', 'sprachcafe')).toBe(hsdsId('offer', 'sprachcafe'));
    expect(hsdsId('offer', 'sprachcafe')).not.toBe(hsdsId('actor', 'sprachcafe'));
    expect(hsdsId('offer', 'sprachcafe')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});

describe('sha1', () => {
  it('agrees with node:crypto for any input, including lengths around the 64-byte block edge', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const expected = createHash('sha1').update(bytes).digest('hex');
        expect(Buffer.from(sha1(bytes)).toString('hex')).toBe(expected);
      }),
    );
  });
});

describe('VIELFALT_UUID_NAMESPACE', () => {
  it('is the URL-namespace UUID its comment names', () => {
    expect(uuidV5('https://vielfalt.example/hsds', '6ba7b811-9dad-11d1-80b4-00c04fd430c8')).toBe(
      VIELFALT_UUID_NAMESPACE,
    );
  });
});
