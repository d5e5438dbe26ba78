/**
 * Support for the fuzz tests (`*.fuzz.test.ts`): hostile values, mutations of valid documents, and the checks
 * every refusal must pass. Not part of the package's API. `npm test` runs a few hundred cases per parser,
 * `npm run fuzz` sets FUZZ_RUNS=10000.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import type { LocalizedMessage } from '../problem.js';

/** Cases per property: a few hundred in `npm test`, what FUZZ_RUNS says in `npm run fuzz`. */
export const fuzzRuns = Number(process.env['FUZZ_RUNS'] ?? 200);

/** No single run may take longer: a parser that needs more on a small input is as good as hung. */
export const maxRunMs = 2000;

/** A message over this many characters is not read; 80-character quotes and a long path fit well below. */
export const maxMessageLength = 1000;

/** Phrases of zod's English messages: a German message that contains one shows zod's text raw. */
export const englishZodText =
  /Invalid input|Invalid (string|option|element|key|union|enum|type)|expected \w+, received|Too (big|small)|Unrecognized key|must match pattern|must be (at least|at most)/;

/** Asserts a message pair is what a person can read: both languages present, German not zod's English, short. */
export function expectReadable(message: LocalizedMessage): void {
  expect(message.de.trim(), 'German message').not.toBe('');
  expect(message.en.trim(), 'English message').not.toBe('');
  expect(message.de, 'German message with English zod text').not.toMatch(englishZodText);
  expect(message.de.length, `German message too long: ${message.de.slice(0, 200)}`).toBeLessThan(
    maxMessageLength,
  );
  expect(message.en.length, `English message too long: ${message.en.slice(0, 200)}`).toBeLessThan(
    maxMessageLength,
  );
}

/** Slowest run and run count of one property, for the summary `npm run fuzz` prints. */
export interface FuzzStats {
  name: string;
  runs: number;
  slowestMs: number;
}

/** Runs `parse` once, failing the case if it takes longer than {@link maxRunMs}. */
export function timed<T>(stats: FuzzStats, parse: () => T): T {
  const start = performance.now();
  try {
    return parse();
  } finally {
    const ms = performance.now() - start;
    stats.runs += 1;
    stats.slowestMs = Math.max(stats.slowestMs, ms);
    expect(ms, `${stats.name}: one run took ${Math.round(ms)} ms`).toBeLessThan(maxRunMs);
  }
}

/** A fresh counter for one property. */
export function fuzzStats(name: string): FuzzStats {
  return { name, runs: 0, slowestMs: 0 };
}

/** Prints a summary line of one property (only in `npm run fuzz`, to keep `npm test` quiet). */
export function reportFuzz(stats: FuzzStats): void {
  if (process.env['FUZZ_RUNS'] === undefined) return;
  console.log(
    `[fuzz] ${stats.name}: ${stats.runs} runs (with shrinking), 0 failures, slowest run ${stats.slowestMs.toFixed(1)} ms`,
  );
}

/** Keys that name members of `Object.prototype`. */
export const prototypeKeys = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty'];

/** Texts that have broken parsers before: prototype keys, 10,000 characters, NUL, numbers in disguise. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    ...prototypeKeys,
    '',
    ' ',
    '\u0000',
    'x'.repeat(10_000),
    'Europe/Berlinn',
    '1.250',
    '12,50',
    '-0',
    'NaN',
    '1e400',
    '2026-02-31',
    '<script>',
    '"',
    ';',
    '\r\n',
    '\uFEFF',
    '\uD800',
    'de',
    'sprachcafe-marl',
    '05562024',
  ),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);

/** Any JSON-like value built from hostile texts and keys, plus numbers JSON cannot hold (NaN, ±Infinity, -0). */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    fc.double(),
    fc.integer(),
    hostileString,
    fc.array(tie('value'), { maxLength: 4 }),
    fc
      .array(fc.tuple(fc.oneof(hostileString, fc.constantFrom(...prototypeKeys)), tie('value')), {
        maxLength: 4,
      })
      .map(objectOf),
  ),
})).value;

/** An object with these own keys, `__proto__` included (an object literal would set the prototype instead). */
function objectOf(entries: ReadonlyArray<readonly [string, unknown]>): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const [key, value] of entries)
    Object.defineProperty(object, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return object;
}

type Mutation =
  | { kind: 'replace'; at: number[]; value: unknown }
  | { kind: 'delete'; at: number[] }
  | { kind: 'add'; at: number[]; key: string; value: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('replace' as const),
    at: fc.array(fc.nat(), { maxLength: 8 }),
    value: hostileValue,
  }),
  fc.record({
    kind: fc.constant('delete' as const),
    at: fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
  }),
  fc.record({
    kind: fc.constant('add' as const),
    at: fc.array(fc.nat(), { maxLength: 8 }),
    key: fc.oneof(hostileString, fc.constantFrom(...prototypeKeys)),
    value: hostileValue,
  }),
);

function isContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  return typeof value === 'object' && value !== null;
}

/** Follows `at` (each step picks a child, modulo their number) as far as there are children. */
function walk(
  root: unknown,
  at: readonly number[],
): {
  parent: Record<string, unknown> | unknown[] | undefined;
  key: string | number | undefined;
  node: unknown;
} {
  let node = root;
  let parent: Record<string, unknown> | unknown[] | undefined;
  let key: string | number | undefined;
  for (const step of at) {
    if (!isContainer(node)) break;
    const keys: Array<string | number> = Array.isArray(node)
      ? node.map((_, i) => i)
      : Object.keys(node);
    if (keys.length === 0) break;
    parent = node;
    key = keys[step % keys.length]!;
    node = (node as Record<string | number, unknown>)[key];
  }
  return { parent, key, node };
}

function apply(root: unknown, change: Mutation): unknown {
  const { parent, key, node } = walk(root, change.at);
  if (change.kind === 'add') {
    if (isContainer(node) && !Array.isArray(node))
      Object.defineProperty(node, change.key, {
        value: change.value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else if (Array.isArray(node)) node.push(change.value);
    return root;
  }
  if (parent === undefined || key === undefined)
    return change.kind === 'replace' ? change.value : root;
  if (change.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key as string];
  } else (parent as Record<string | number, unknown>)[key] = change.value;
  return root;
}

/**
 * Valid `base` with one to four changes deep inside (a value replaced by a hostile one, a member deleted, a
 * hostile key added), so the cases get past the first check and reach the rules behind it.
 */
export function mutated(base: unknown): fc.Arbitrary<unknown> {
  return fc
    .array(mutation, { minLength: 1, maxLength: 4 })
    .map((changes) =>
      changes.reduce<unknown>((value, change) => apply(value, change), structuredClone(base)),
    );
}
