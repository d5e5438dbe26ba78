import { describe, expect, test } from 'vitest';
import { formatDuration, progressBar } from './progress.js';
import { testIo } from './test-io.js';

/** A clock the test moves by hand. */
function clock() {
  let time = 1000;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

describe('progressBar', () => {
  test('draws on a terminal with the time so far and an estimate of the rest, ending the line when done', () => {
    const io = testIo('.');
    io.stderr.isTTY = true;
    const { now, advance } = clock();
    const report = progressBar(io, 'CSV', now);
    advance(2000);
    report(1, 4);
    advance(2000);
    report(4, 4);
    expect(io.err()).toBe(
      `\rCSV [${'#'.repeat(8)}${'.'.repeat(22)}] 25% 1/4 · 2.0 s · noch/left ~6.0 s\x1b[K` +
        `\rCSV [${'#'.repeat(30)}] 100% 4/4 · 4.0 s\n`,
    );
  });

  test('redraws at most ten times a second, however often it is called, and always draws the end', () => {
    const io = testIo('.');
    io.stderr.isTTY = true;
    const { now, advance } = clock();
    const report = progressBar(io, 'Index', now);
    // 10,000 offers in 2 s: one call every 0.2 ms.
    for (let done = 1; done <= 10_000; done++) {
      advance(0.2);
      report(done, 10_000);
    }
    const draws = io.err().split('\r').length - 1;
    expect(draws).toBeGreaterThanOrEqual(19);
    expect(draws).toBeLessThanOrEqual(22);
    expect(io.err().length).toBeLessThan(2000);
    expect(io.err()).toMatch(/100% 10000\/10000 · 2\.0 s\n$/);
  });

  test('counts nothing to do as done', () => {
    const io = testIo('.');
    io.stderr.isTTY = true;
    progressBar(io, 'Index', () => 0)(0, 0);
    expect(io.err()).toBe(`\rIndex [${'#'.repeat(30)}] 100% 0/0 · 0.0 s\n`);
  });

  test('piped into a log, writes only one line at the end', () => {
    const io = testIo('.');
    const { now, advance } = clock();
    const report = progressBar(io, 'CSV', now);
    report(1, 2);
    expect(io.err()).toBe('');
    advance(1500);
    report(2, 2);
    expect(io.err()).toBe('CSV: 2/2 · 1.5 s\n');
  });
});

describe('formatDuration', () => {
  test('writes tenths below ten seconds, whole seconds below a minute, then minutes', () => {
    expect(formatDuration(400)).toBe('0.4 s');
    expect(formatDuration(12_300)).toBe('12 s');
    expect(formatDuration(125_000)).toBe('2 min 05 s');
  });
});
