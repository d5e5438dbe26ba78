import { describe, expect, test } from 'vitest';
import { progressBar } from './progress.js';
import { testIo } from './test-io.js';

describe('progressBar', () => {
  test('draws on a terminal, redrawing in place and ending the line when done', () => {
    const io = testIo('.');
    io.stderr.isTTY = true;
    const report = progressBar(io, 'CSV');
    report(1, 2);
    report(2, 2);
    expect(io.err()).toBe(
      `\rCSV [${'#'.repeat(15)}${'.'.repeat(15)}] 50% 1/2\rCSV [${'#'.repeat(30)}] 100% 2/2\n`,
    );
  });

  test('counts nothing to do as done', () => {
    const io = testIo('.');
    io.stderr.isTTY = true;
    progressBar(io, 'Index')(0, 0);
    expect(io.err()).toBe(`\rIndex [${'#'.repeat(30)}] 100% 0/0\n`);
  });

  test('stays silent when stderr is piped', () => {
    const io = testIo('.');
    progressBar(io, 'CSV')(1, 2);
    expect(io.err()).toBe('');
  });
});
