/**
 * Timing benchmark: a county of 10 cities × 8 fields (the eight sample workshops, once per city) scored
 * with Monte Carlo ranks (10,000 draws per wall) and label stability, plus the county map. Prints the CPU
 * time (process.cpuUsage, user + system), which a busy machine disturbs less than wall time. Target ≤ 1 s.
 * It runs the published build (`dist`), as a county's code would.
 */
import { countyMap, type Klimakonferenz, scoreWorkshop } from '@vielfalt/klimakonferenz';
import { recklinghausenSample } from '@vielfalt/klimakonferenz/sample';

const cities = (recklinghausenSample.county?.municipalities ?? []).slice(0, 10).map((m) => m.ags);
const county: Klimakonferenz[] = cities.flatMap((ags) =>
  recklinghausenSample.workshops.map((w) => ({ ...w, id: `${w.id}-${ags}`, municipality: ags })),
);
const RUNS = 3;
const cpu: number[] = [];
const wall: number[] = [];
let wallCount = 0;
for (let run = 0; run < RUNS; run++) {
  const started = process.cpuUsage();
  const startedAt = performance.now();
  const scores = county.map((w) => scoreWorkshop(w, { seed: run + 1 }));
  countyMap(scores);
  const used = process.cpuUsage(started);
  cpu.push((used.user + used.system) / 1000);
  wall.push(performance.now() - startedAt);
  wallCount = scores.reduce((s, w) => s + w.walls.length, 0);
}
const sorted = [...cpu].sort((a, b) => a - b);
const ms = (x: number | undefined): string => `${(x ?? 0).toFixed(0)} ms`;
console.log(
  `\nscoring ${cities.length} cities × ${recklinghausenSample.workshops.length} fields = ${county.length} workshops (${wallCount} walls), 10,000 draws per wall + stability, county map, ${RUNS} runs:`,
);
const wallTimes = [...wall].sort((a, b) => a - b);
console.log(
  `  CPU time:  first ${ms(cpu[0])} · best ${ms(sorted[0])} · worst ${ms(sorted[RUNS - 1])}  (target ≤ 1000 ms)`,
);
console.log(
  `  wall time: first ${ms(wall[0])} · best ${ms(wallTimes[0])} · worst ${ms(wallTimes[RUNS - 1])}  (a busy machine stretches this)`,
);
