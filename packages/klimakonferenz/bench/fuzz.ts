/**
 * Fuzz run: 10,000 schema-valid workshops at every input level, impossible counts included, each scored in
 * lenient and strict mode into a report. Fails (exit 1) on the first NaN, share outside [0, 1], count above
 * its voters or report failing its own schema; `npm test` runs the same property a few hundred times.
 */
import fc from 'fast-check';
import { anyLevelWorkshopArbitrary } from '../src/testing/any-level.js';
import { reportProblems } from '../src/testing/sane-report.js';

const runs = Number(process.env['FUZZ_RUNS'] ?? 10_000);
const started = performance.now();
let coarse = 0;
fc.assert(
  fc.property(anyLevelWorkshopArbitrary, (workshop) => {
    const problems = reportProblems(workshop, 50);
    if (problems.length > 0) throw new Error(problems.join('\n'));
    if (workshop.votes.level !== 'dots') coarse++;
  }),
  { numRuns: runs, seed: Number(process.env['FUZZ_SEED'] ?? Date.now() % 2 ** 31) },
);
console.log(
  `fuzz: ${runs} schema-valid workshops (${coarse} at the count levels), no NaN, no share outside [0, 1], every report valid (${((performance.now() - started) / 1000).toFixed(0)} s)`,
);
