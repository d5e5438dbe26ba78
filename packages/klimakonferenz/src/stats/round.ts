/** Rounds to four decimals: every number of a score or report, so outputs are readable and byte-stable. */
export function round4(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}
