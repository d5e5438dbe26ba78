/**
 * `P(X ≥ k)` for `X ~ Binomial(n, p)`, summed exactly term by term. The logs of the factorials come from one
 * running sum of logs (exact enough for workshop-sized counts, and it never overflows), made once per call.
 */
export function binomialUpperTail(k: number, n: number, p: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  const logFactorial = [0];
  for (let i = 1; i <= n; i++) logFactorial.push((logFactorial[i - 1] as number) + Math.log(i));
  const logN = logFactorial[n] as number;
  let total = 0;
  for (let i = k; i <= n; i++) {
    const logTerm =
      logN -
      (logFactorial[i] as number) -
      (logFactorial[n - i] as number) +
      i * Math.log(p) +
      (n - i) * Math.log1p(-p);
    total += Math.exp(logTerm);
  }
  return Math.min(1, total);
}

/**
 * Exact binomial test of a leader against the runner-up: given the `leader + runnerUp` dots the two
 * received, how likely is a split at least this lopsided, either way, if both were equally popular
 * (p = ½)? The test is two-sided because the leader is chosen after counting: a one-sided test on the
 * larger count rejects twice as often as it claims (10 % at a nominal 5 % with two statements).
 * 10 vs 4 → 0.180, 9 vs 5 → 0.424: neither is a clear win.
 */
export function leaderTestPValue(leader: number, runnerUp: number): number {
  const high = Math.max(leader, runnerUp);
  return Math.min(1, 2 * binomialUpperTail(high, leader + runnerUp, 0.5));
}
