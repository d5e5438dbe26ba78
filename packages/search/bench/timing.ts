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
