import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recklinghausenProfile } from '@vielfalt/model';
import { recklinghausenSample } from '@vielfalt/sample-data';
import { buildFeed } from '@vielfalt/search';
import { feedBytes } from './feed.js';

describe('writing the feed a slice at a time', () => {
  it('writes the sample feed byte for byte as JSON.stringify does, and again from the kept offers', async () => {
    const feed = buildFeed(recklinghausenSample, recklinghausenProfile, {
      now: new Date('2026-12-05T12:00:00Z'),
    });
    // Enough offers for several slices, with pauses between them.
    const many = { ...feed, offers: Array.from({ length: 3 }, () => feed.offers).flat() };
    const expected = Buffer.from(JSON.stringify(many));
    expect((await feedBytes(many)).equals(expected)).toBe(true);
    expect((await feedBytes(many)).equals(expected)).toBe(true);
  });

  it('writes any JSON-like value as JSON.stringify does', async () => {
    const item = fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.date({ noInvalidDate: true }));
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.string(), fc.oneof(item, fc.array(item, { maxLength: 1200 }))),
        fc.array(fc.dictionary(fc.string(), fc.jsonValue()), { maxLength: 1200 }),
        async (rest, offers) => {
          const feed = { ...rest, offers } as unknown as Parameters<typeof feedBytes>[0];
          expect((await feedBytes(feed)).toString('utf8')).toBe(JSON.stringify(feed));
        },
      ),
      { numRuns: 30 },
    );
  });
});
