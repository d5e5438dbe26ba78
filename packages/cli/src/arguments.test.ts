import { describe, expect, test } from 'vitest';
import { parseCommandArgs } from './arguments.js';
import { testIo } from './test-io.js';

const config = (args: string[]) =>
  ({ args, allowPositionals: true, strict: true, options: { out: { type: 'string' } } }) as const;

const usage = 'vielfalt export hsds|jsonld|csv <dataset.json> --out <dir|file>\n\n  …';

describe('parseCommandArgs', () => {
  test('returns the typed values and positionals', () => {
    const io = testIo('.');
    const parsed = parseCommandArgs(io, usage, config(['data.json', '--out', 'x.json']));
    expect(parsed).toEqual({ values: { out: 'x.json' }, positionals: ['data.json'] });
    expect(io.err()).toBe('');
  });

  test('reports an unknown option in one German and English line with a hint, not the whole usage', () => {
    const io = testIo('.');
    expect(parseCommandArgs(io, usage, config(['--verbose']))).toBe(2);
    expect(io.err()).toBe(
      'Fehler: unbekannte Option „--verbose“. / Error: unknown option "--verbose".\n' +
        'vielfalt export --help zeigt alle Optionen / shows every option.\n',
    );
  });

  test('suggests the closest known option for a typo', () => {
    const io = testIo('.');
    expect(parseCommandArgs(io, usage, config(['data.json', '--otu', 'x.json']))).toBe(2);
    expect(io.err().split('\n')[0]).toBe(
      'Fehler: unbekannte Option „--otu“. Meinten Sie --out? / Error: unknown option "--otu". Did you mean --out?',
    );
    const equals = testIo('.');
    parseCommandArgs(equals, usage, config(['--ot=x.json']));
    expect(equals.err()).toContain('Did you mean --out?');
  });

  test('reports an option without its value, and a value for a switch', () => {
    const io = testIo('.');
    expect(parseCommandArgs(io, usage, config(['--out']))).toBe(2);
    expect(io.err().split('\n')[0]).toBe(
      'Fehler: --out braucht einen Wert. / Error: --out needs a value.',
    );
    const flag = testIo('.');
    const switchConfig = { args: ['--json=yes'], options: { json: { type: 'boolean' } } } as const;
    expect(parseCommandArgs(flag, usage, switchConfig)).toBe(2);
    expect(flag.err().split('\n')[0]).toBe(
      'Fehler: --json nimmt keinen Wert an. / Error: --json takes no value.',
    );
  });

  test('reports an argument a command without positionals does not take', () => {
    const io = testIo('.');
    const noPositionals = { args: ['extra'], strict: true, options: {} } as const;
    expect(parseCommandArgs(io, usage, noPositionals)).toBe(2);
    expect(io.err().split('\n')[0]).toBe(
      'Fehler: unerwartete Angabe „extra“: dieser Befehl nimmt nur Optionen. / Error: unexpected argument "extra": this command takes options only.',
    );
  });
});
