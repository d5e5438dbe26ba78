import { describe, expect, test } from 'vitest';
import { parseCommandArgs } from './arguments.js';
import { testIo } from './test-io.js';

const config = (args: string[]) =>
  ({ args, allowPositionals: true, strict: true, options: { out: { type: 'string' } } }) as const;

describe('parseCommandArgs', () => {
  test('returns the typed values and positionals', () => {
    const io = testIo('.');
    const parsed = parseCommandArgs(io, 'USAGE', config(['data.json', '--out', 'x.json']));
    expect(parsed).toEqual({ values: { out: 'x.json' }, positionals: ['data.json'] });
    expect(io.err()).toBe('');
  });

  test('reports an unknown option in German and English with the usage, and returns exit code 2', () => {
    const io = testIo('.');
    expect(parseCommandArgs(io, 'USAGE', config(['--verbose']))).toBe(2);
    expect(io.err()).toMatch(
      /^Fehler: Ungültiger Aufruf: .*'--verbose'.*\nError: Invalid arguments: /,
    );
    expect(io.err()).toContain('\nUSAGE\n');
  });

  test('reports an option without its value', () => {
    const io = testIo('.');
    expect(parseCommandArgs(io, 'USAGE', config(['--out']))).toBe(2);
    expect(io.err()).toContain("Option '--out <value>' argument missing");
  });
});
