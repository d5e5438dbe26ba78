/** Natural log of n! through a sum of logs; exact enough for workshop-sized counts and never overflows. */
function logFactorial(n: number): number {
  let sum = 0;
  for (let i = 2; i <= n; i++) sum += Math.log(i);
  return sum;
}

/** `P(X ≥ k)` for `X ~ Binomial(n, p)`, summed exactly term by term. */
export function binomialUpperTail(k: number, n: number, p: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  const logN = logFactorial(n);
  let total = 0;
  for (let i = k; i <= n; i++) {
    const logTerm =
      logN - logFactorial(i) - logFactorial(n - i) + i * Math.log(p) + (n - i) * Math.log1p(-p);
    total += Math.exp(logTerm);
  }
  return Math.min(1, total);
}

/**
 * Exact one-sided binomial test of a leader against the runner-up: given the `leader + runnerUp` dots the
 * two received, how likely is a split at least this lopsided if both were equally popular (p = ½)?
 * 10 vs 4 → 0.090, 9 vs 5 → 0.212: neither is a clear win.
 */
export function leaderTestPValue(leader: number, runnerUp: number): number {
  return binomialUpperTail(leader, leader + runnerUp, 0.5);
}
