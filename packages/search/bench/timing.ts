/** Measuring helpers shared by the benchmark and the quick timing script. */

/** A forced garbage collection when node runs with `--expose-gc`, else nothing. */
export const gc: () => void = (globalThis as { gc?: () => void }).gc ?? (() => {});

/** The value at percentile `p` (0–100) of ascending numbers. */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** Wall and CPU milliseconds of a function (CPU of this process only, which other processes do not inflate). */
export function timed<T>(run: () => T): { value: T; ms: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const value = run();
  return { value, ms: performance.now() - started, cpuMs: process.cpuUsage(cpu).user / 1000 };
}

/** A Markdown table with right-aligned cells, as the benchmarks print their results. */
export function markdownTable(header: readonly string[], rows: readonly string[][]): string {
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c, i) => c.padStart(widths[i] ?? 0)).join(' | ')} |`;
  return [
    line(header),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}
