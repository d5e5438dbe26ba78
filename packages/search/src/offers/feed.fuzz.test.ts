import { describeIssues, recklinghausenProfile as profile } from '@vielfalt/model';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { IndexFormatError } from '../packed.js';
import { buildFeed, loadOfferIndex } from './feed.js';
import { FeedFormatError } from './feed-outline.js';
import { feedSchema } from './feed-schema.js';
import { makeDataset, makeOffer } from './fixtures.js';

/** Cases per property: a few hundred in `npm test`, FUZZ_RUNS (10,000) in `npm run fuzz`. */
const runs = Number(process.env['FUZZ_RUNS'] ?? 200);
const englishZodText = /Invalid input|expected \w+, received|Too (big|small)|Unrecognized key/;

const dataset = makeDataset(
  [
    makeOffer('deutschkurs', 'Deutschkurs am Abend', 'Deutsch lernen für Erwachsene'),
    makeOffer('schwimmen', 'Schwimmen für Frauen', 'Schwimmkurs in Marl', { kind: 'sport' }),
  ],
  [
    {
      id: 'anbieter',
      name: 'VHS',
      kind: 'bildungseinrichtung',
      staffing: 'staff',
      municipalities: [],
    },
  ],
);
const feed: unknown = JSON.parse(JSON.stringify(buildFeed(dataset, profile)));

const hostile = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom('__proto__', 'constructor', 'x'.repeat(10_000), -1, 1e308, Number.NaN, [], {}),
);

/** The feed with one to three values somewhere inside replaced (each step picks a child, modulo their number). */
const mutatedFeed = fc
  .array(fc.tuple(fc.array(fc.nat(), { maxLength: 7 }), hostile), { minLength: 1, maxLength: 3 })
  .map((changes) => {
    const copy = structuredClone(feed) as Record<string, unknown>;
    for (const [path, value] of changes) {
      let node: unknown = copy;
      for (const [depth, step] of path.entries()) {
        if (typeof node !== 'object' || node === null) break;
        const keys = Object.keys(node);
        if (keys.length === 0) break;
        const key = keys[step % keys.length]!;
        if (depth === path.length - 1) (node as Record<string, unknown>)[key] = value;
        else node = (node as Record<string, unknown>)[key];
      }
    }
    return copy;
  });

/** A feed error's message is "German. / English."; both halves readable. */
function expectReadableError(message: string): void {
  const [de = '', en = ''] = message.split(' / ');
  expect(de.trim()).not.toBe('');
  expect(en.trim()).not.toBe('');
  expect(de).not.toMatch(englishZodText);
  expect(message.length).toBeLessThan(1000);
}

describe('fuzz: feeds', { timeout: 3_600_000 }, () => {
  // loadOfferIndex checks only a feed's outline (it keeps zod out of browsers); feeds from elsewhere go through
  // feedSchema first. So: what feedSchema refuses is described readably, and what it accepts loads, or its
  // index is refused with the index's own error.
  test('fuzz: feedSchema describes what it refuses; loadOfferIndex loads what feedSchema accepts', () => {
    let slowest = 0;
    fc.assert(
      fc.property(
        fc.oneof({ weight: 4, arbitrary: mutatedFeed }, { weight: 1, arbitrary: hostile }),
        (input) => {
          const start = performance.now();
          const parsed = feedSchema.safeParse(input, { reportInput: true });
          if (!parsed.success) {
            for (const problem of describeIssues(parsed.error.issues)) {
              expect(problem.message.de).not.toMatch(englishZodText);
              expect(problem.message.de.length).toBeLessThan(1000);
              expect(problem.message.en.length).toBeLessThan(1000);
            }
          } else {
            try {
              loadOfferIndex(input).search({ text: 'Deutschkurs' });
            } catch (error) {
              expect(
                [FeedFormatError, IndexFormatError].some((type) => error instanceof type),
                String(error),
              ).toBe(true);
              expectReadableError((error as Error).message);
            }
          }
          const ms = performance.now() - start;
          slowest = Math.max(slowest, ms);
          expect(ms).toBeLessThan(2000);
        },
      ),
      { numRuns: runs },
    );
    if (process.env['FUZZ_RUNS'] !== undefined)
      console.log(
        `[fuzz] feed (feedSchema, then loadOfferIndex): ${runs} cases, 0 failures, slowest run ${slowest.toFixed(1)} ms`,
      );
  });

  test('fuzz: loadOfferIndex refuses a broken outline with FeedFormatError, in German and English', () => {
    const outline = fc
      .tuple(
        fc.constantFrom(
          'format',
          'version',
          'profileId',
          'generatedAt',
          'profile',
          'offers',
          'actors',
          'index',
        ),
        hostile,
      )
      .map(([key, value]) => ({ ...(feed as Record<string, unknown>), [key]: value }));
    fc.assert(
      fc.property(outline, (input) => {
        try {
          loadOfferIndex(input);
        } catch (error) {
          expect(
            [FeedFormatError, IndexFormatError].some((type) => error instanceof type),
            String(error),
          ).toBe(true);
          expectReadableError((error as Error).message);
        }
      }),
      { numRuns: runs },
    );
  });
});
