/**
 * Timing benchmark: scores all eight sample workshops and builds the county map with 10,000 Monte Carlo
 * draws per wall, several times, and prints the times. Target: ≤ 1 s.
 */
import { countyMap, scoreWorkshop } from '../src/index.js';
import { recklinghausenSample } from '../src/sample.js';

const RUNS = 7;
const times: number[] = [];
let walls = 0;
for (let run = 0; run < RUNS; run++) {
  const started = performance.now();
  const scores = recklinghausenSample.workshops.map((w) =>
    scoreWorkshop(w, { draws: 10_000, seed: run + 1 }),
  );
  countyMap(scores);
  times.push(performance.now() - started);
  walls = scores.reduce((s, w) => s + w.walls.length, 0);
}
const sorted = [...times].sort((a, b) => a - b);
const ms = (x: number | undefined): string => `${(x ?? 0).toFixed(0)} ms`;
console.log(
  `\nscoring 8 sample workshops (${walls} walls) + county map, 10,000 draws per wall, ${RUNS} runs:`,
);
console.log(
  `  first (cold) ${ms(times[0])} · median ${ms(sorted[Math.floor(RUNS / 2)])} · best ${ms(sorted[0])} · worst ${ms(sorted[RUNS - 1])}  (target ≤ 1000 ms)`,
);
