import fc from 'fast-check';
import * as z from 'zod';
import { describe, expect, test } from 'vitest';
import { apiRoutes } from '../routes/index.js';
import { ApiError, parseInput } from './problem.js';

/** Cases per schema: a few hundred in `npm test`, FUZZ_RUNS (10,000) in `npm run fuzz`. */
const runs = Number(process.env['FUZZ_RUNS'] ?? 200);
const englishZodText = /Invalid input|expected \w+, received|Too (big|small)|Unrecognized key/;

const hostileString = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'toString', 'x'.repeat(10_000), '\u0000', '', 'true'),
  fc.string({ maxLength: 20 }),
);
const hostile: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constant(null),
    fc.boolean(),
    fc.double(),
    fc.integer(),
    hostileString,
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(hostileString, tie('value'), { maxKeys: 3 }),
  ),
})).value;

/** An object with the schema's own keys (some of them), hostile values, and now and then a stray key. */
function bodyFor(schema: z.ZodType): fc.Arbitrary<unknown> {
  const keys = schema instanceof z.ZodObject ? Object.keys(schema.shape as object) : [];
  const shaped = fc
    .tuple(
      fc
        .subarray(keys)
        .chain((chosen) => fc.tuple(...chosen.map((key) => fc.tuple(fc.constant(key), hostile)))),
      fc.option(fc.tuple(hostileString, hostile), { freq: 4 }),
    )
    .map(([entries, extra]) => {
      const body: Record<string, unknown> = {};
      for (const [key, value] of extra ? [...entries, extra] : entries)
        Object.defineProperty(body, key, {
          value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      return body;
    });
  return fc.oneof({ weight: 4, arbitrary: shaped }, { weight: 1, arbitrary: hostile });
}

const parts = apiRoutes.flatMap((route) =>
  (['body', 'query', 'params'] as const).flatMap((where) => {
    const schema = route[where];
    return schema ? [{ name: `${route.method} ${route.path} ${where}`, where, schema }] : [];
  }),
);

describe('fuzz: API request bodies, queries and path parameters', { timeout: 3_600_000 }, () => {
  test('there are request schemas to fuzz', () => {
    expect(parts.filter((part) => part.where === 'body').length).toBeGreaterThan(5);
  });

  test.each(parts)(
    'fuzz: $name gives its value or a 400 with readable problems',
    ({ where, schema }) => {
      let slowest = 0;
      fc.assert(
        fc.property(bodyFor(schema), (input) => {
          const start = performance.now();
          try {
            parseInput(schema, input, where);
          } catch (error) {
            expect(error).toBeInstanceOf(ApiError);
            const { status, messages, problems } = error as ApiError;
            expect(status).toBe(400);
            expect(messages.de).not.toMatch(englishZodText);
            for (const problem of problems ?? []) {
              expect(problem.message.de).not.toMatch(englishZodText);
              expect(problem.message.de.length).toBeLessThan(1000);
              expect(problem.message.en.length).toBeLessThan(1000);
            }
          }
          const ms = performance.now() - start;
          slowest = Math.max(slowest, ms);
          expect(ms).toBeLessThan(2000);
        }),
        { numRuns: Math.max(20, Math.round(runs / 10)) },
      );
    },
  );
});
