import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { KlimaInputError, parseCollection, parseKlimakonferenz } from './parse.js';
import { smallWorkshop } from './testing/fixture.js';

/** Cases per property: a few hundred in `npm test`, FUZZ_RUNS (10,000) in `npm run fuzz`. */
const runs = Number(process.env['FUZZ_RUNS'] ?? 200);
/** zod's English wording; the German message comes from zod's German locale and must not contain it. */
const englishZodText = /Invalid input|expected \w+, received|Too (big|small)|Unrecognized key/;

/** Anything JavaScript can hold, BigInt, functions' absence of JSON, odd prototypes and all. */
const hostile = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withUnicodeString: true,
  maxDepth: 3,
});

/** `base` with members here and there swapped for hostile values, so cases reach the rules deep inside. */
function perturbed(base: unknown): fc.Arbitrary<unknown> {
  if (Array.isArray(base))
    return fc.oneof(
      { weight: 4, arbitrary: fc.tuple(...base.slice(0, 6).map(perturbed)) },
      { weight: 1, arbitrary: hostile },
    );
  if (typeof base === 'object' && base !== null)
    return fc.oneof(
      {
        weight: 4,
        arbitrary: fc.record(
          Object.fromEntries(Object.entries(base).map(([key, value]) => [key, perturbed(value)])),
        ),
      },
      { weight: 1, arbitrary: hostile },
    );
  return fc.oneof({ weight: 3, arbitrary: fc.constant(base) }, { weight: 1, arbitrary: hostile });
}

describe('fuzz: Klimakonferenz input', { timeout: 3_600_000 }, () => {
  test('fuzz: parseKlimakonferenz and parseCollection give a workshop or KlimaInputError', () => {
    const workshop = smallWorkshop();
    const collection = { schemaVersion: 1, workshops: [workshop] };
    let slowest = 0;
    fc.assert(
      fc.property(fc.oneof(perturbed(workshop), perturbed(collection), hostile), (input) => {
        for (const parse of [parseKlimakonferenz, parseCollection]) {
          const start = performance.now();
          try {
            parse(input);
          } catch (error) {
            expect(error).toBeInstanceOf(KlimaInputError);
            for (const issue of (error as KlimaInputError).issues) {
              expect(issue.de.trim()).not.toBe('');
              expect(issue.en.trim()).not.toBe('');
              expect(issue.de).not.toMatch(englishZodText);
              expect(issue.de.length).toBeLessThan(1000);
              expect(issue.en.length).toBeLessThan(1000);
            }
          }
          const ms = performance.now() - start;
          slowest = Math.max(slowest, ms);
          expect(ms).toBeLessThan(2000);
        }
      }),
      { numRuns: runs },
    );
    if (process.env['FUZZ_RUNS'] !== undefined)
      console.log(
        `[fuzz] Klimakonferenz (parseKlimakonferenz + parseCollection): ${runs} cases, 0 failures, slowest run ${slowest.toFixed(1)} ms`,
      );
  });
});
