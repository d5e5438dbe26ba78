/** Concentration of a wall's dots: the Herfindahl-Hirschman index and the effective number of priorities. */
export interface Concentration {
  /** Σ share² over statements; 1 when all dots went to one statement. */
  hhi: number;
  /** 1 / HHI: how many equally popular statements would give the same concentration. */
  effectiveNumber: number;
}

/** Concentration of the dot counts of one wall; a wall without dots has neither index (null). */
export function concentration(counts: readonly number[]): Concentration | null {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  const hhi = counts.reduce((sum, c) => sum + (c / total) ** 2, 0);
  return { hhi, effectiveNumber: 1 / hhi };
}
