/**
 * Calibration benchmark: simulates workshops with known true shares (30 voters, 10 statements, one dot
 * each), scores them with the package's rank simulation and checks how often the 80% rank intervals hold
 * the true rank and how often a "clear winner" (P(top) ≥ 0.9) is the true top. Prints numbers; asserts nothing.
 */
import { createRandom, type Random, simulateRanks } from '../src/index.js';

const WORKSHOPS = 2000;
const VOTERS = 30;
const STATEMENTS = 10;
const DRAWS = 4000;

/** Gamma(shape) by Marsaglia-Tsang, for drawing true shares; independent of the package's sampler. */
function gammaDraw(shape: number, random: Random): number {
  if (shape < 1) return gammaDraw(shape + 1, random) * Math.pow(random(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const u1 = random();
    const u2 = random();
    const x = Math.sqrt(-2 * Math.log(u1 || 1e-300)) * Math.cos(2 * Math.PI * u2);
    const v = (1 + c * x) ** 3;
    if (v <= 0) continue;
    if (Math.log(random()) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

interface Scenario {
  name: string;
  trueShares: (random: Random) => number[];
}

const dirichlet =
  (alpha: number) =>
  (random: Random): number[] => {
    const g = Array.from({ length: STATEMENTS }, () => gammaDraw(alpha, random));
    const sum = g.reduce((a, b) => a + b, 0);
    return g.map((x) => x / sum);
  };

const scenarios: Scenario[] = [
  { name: 'acceptance scenario: true shares ~ Dirichlet(1) (flat)', trueShares: dirichlet(1) },
  {
    name: 'stress test: true shares ~ Dirichlet(0.5) (a few favourites)',
    trueShares: dirichlet(0.5),
  },
  {
    name: 'stress test: true shares ~ Dirichlet(3) (close race, prior mismatched)',
    trueShares: dirichlet(3),
  },
];

function run(scenario: Scenario, seed: number): void {
  const random = createRandom(seed);
  let covered = 0;
  let intervals = 0;
  let clearCalls = 0;
  let clearRight = 0;
  let observedTopRight = 0;
  let widthSum = 0;
  for (let w = 0; w < WORKSHOPS; w++) {
    const shares = scenario.trueShares(random);
    const counts = new Array<number>(STATEMENTS).fill(0);
    for (let v = 0; v < VOTERS; v++) {
      let r = random();
      let i = 0;
      while (i < STATEMENTS - 1 && (r -= shares[i] ?? 0) > 0) i++;
      counts[i] = (counts[i] ?? 0) + 1;
    }
    const trueRank = shares.map((s) => 1 + shares.filter((o) => o > s).length);
    const sim = simulateRanks(counts, { draws: DRAWS, seed: seed * 100_000 + w });
    for (let i = 0; i < STATEMENTS; i++) {
      intervals++;
      const low = sim.rankLow[i] ?? 1;
      const high = sim.rankHigh[i] ?? STATEMENTS;
      widthSum += high - low + 1;
      if ((trueRank[i] ?? 0) >= low && (trueRank[i] ?? 0) <= high) covered++;
      if ((sim.pTop[i] ?? 0) >= 0.9) {
        clearCalls++;
        if (trueRank[i] === 1) clearRight++;
      }
    }
    const maxCount = Math.max(...counts);
    const observedTop = counts.indexOf(maxCount);
    if (trueRank[observedTop] === 1) observedTopRight++;
  }
  const pct = (x: number): string => `${(100 * x).toFixed(1)} %`;
  console.log(
    `\n${scenario.name}: ${WORKSHOPS} workshops × ${VOTERS} voters × ${STATEMENTS} statements, ${DRAWS} draws each`,
  );
  console.log(
    `  80% rank intervals cover the true rank:       ${pct(covered / intervals)}  (target ≥ 78 %; mean width ${(widthSum / intervals).toFixed(2)} ranks)`,
  );
  console.log(
    `  "clear winner" (P(top) ≥ 0.9) is the true top: ${clearCalls ? pct(clearRight / clearCalls) : 'n/a'}  (target ≥ 90 %; ${clearCalls} calls, ${pct(clearCalls / WORKSHOPS)} of workshops)`,
  );
  console.log(
    `  naive: observed top (first in ties) is the true top: ${pct(observedTopRight / WORKSHOPS)}`,
  );
}

const started = performance.now();
scenarios.forEach((s, i) => run(s, i + 1));
console.log(`\ncalibration took ${((performance.now() - started) / 1000).toFixed(1)} s`);
