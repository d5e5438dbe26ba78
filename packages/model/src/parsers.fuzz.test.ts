import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { importOffersCsv } from './csv/index.js';
import { exportHsds, HsdsInputError, importHsds } from './hsds/index.js';
import {
  CountyProfileError,
  datasetSchema,
  defineCountyProfile,
  migrateDataset,
  recklinghausenProfile,
  validateCountyProfile,
  validateDataset,
  validateOffer,
  type CountyProfileInput,
  type Problem,
} from './index.js';
import { testDataset } from './test-dataset.js';
import {
  expectReadable,
  fuzzRuns,
  fuzzStats,
  hostileString,
  hostileValue,
  mutated,
  reportFuzz,
  timed,
} from './testing/fuzz.js';

const dataset = datasetSchema.parse(testDataset());
const template = readFileSync(
  fileURLToPath(new URL('../templates/angebote-vorlage.csv', import.meta.url)),
  'utf8',
);
const [headerLine = '', exampleLine = ''] = template.replace(/^\uFEFF/, '').split('\r\n');

function expectProblems(problems: readonly Problem[]): void {
  for (const problem of problems) expectReadable(problem.message);
}

// Each property: only the documented outcome (a result, problems, or the parser's own error type) with
// readable messages in both languages, and no run over 2 s. FUZZ_RUNS=10000 in `npm run fuzz`.
describe('fuzz: the model parsers survive hostile input', { timeout: 3_600_000 }, () => {
  test('fuzz: migrateDataset and validateDataset', () => {
    const stats = fuzzStats('dataset (migrateDataset + validateDataset)');
    fc.assert(
      fc.property(fc.oneof(mutated(testDataset()), hostileValue), (input) => {
        timed(stats, () => {
          const migrated = migrateDataset(input);
          if (!migrated.ok) return expectReadable(migrated.problem.message);
          const result = validateDataset(recklinghausenProfile, migrated.data);
          if (result.ok) expect(datasetSchema.safeParse(result.dataset).success).toBe(true);
          else expectProblems(result.problems);
        });
      }),
      { numRuns: fuzzRuns },
    );
    reportFuzz(stats);
  });

  test('fuzz: validateOffer', () => {
    const stats = fuzzStats('offer (validateOffer)');
    fc.assert(
      fc.property(fc.oneof(mutated(dataset.offers[0]), hostileValue), (input) => {
        timed(stats, () => {
          const result = validateOffer(recklinghausenProfile, input);
          if (!result.ok) expectProblems(result.problems);
        });
      }),
      { numRuns: fuzzRuns },
    );
    reportFuzz(stats);
  });

  test('fuzz: validateCountyProfile and defineCountyProfile', () => {
    const stats = fuzzStats('profile (validateCountyProfile + defineCountyProfile)');
    fc.assert(
      fc.property(fc.oneof(mutated(recklinghausenProfile), hostileValue), (input) => {
        timed(stats, () => {
          const result = validateCountyProfile(input);
          if (!result.ok) expectProblems(result.problems);
          try {
            defineCountyProfile(input as CountyProfileInput);
            expect(result.ok).toBe(true);
          } catch (error) {
            expect(error).toBeInstanceOf(CountyProfileError);
            expectProblems((error as CountyProfileError).problems);
          }
        });
      }),
      { numRuns: fuzzRuns },
    );
    reportFuzz(stats);
  });

  const csvCell = fc.oneof(
    hostileString,
    fc.constantFrom('ja', 'nein', 'kostenlos', '12,50', 'Mo 10:00-12:00'),
  );
  const csvText = fc.oneof(
    // The template's example row with some cells replaced, some rows cut short or lengthened.
    fc.array(fc.tuple(fc.nat(), csvCell), { maxLength: 6 }).chain((changes) =>
      fc.integer({ min: -3, max: 2 }).map((lengthChange) => {
        const cells = exampleLine.split(';');
        for (const [index, cell] of changes)
          cells[index % cells.length] = cell.includes(';') ? `"${cell.replace(/"/g, '""')}"` : cell;
        const length = Math.max(1, cells.length + lengthChange);
        return `${headerLine}\r\n${[...cells, '', ''].slice(0, length).join(';')}`;
      }),
    ),
    fc.string({
      unit: fc.constantFrom(';', ',', '"', '\n', '\r', 'a', '1', '.', ' ', 'ü'),
      maxLength: 200,
    }),
    fc.string({ maxLength: 300 }).map((rest) => `${headerLine}\r\n${rest}`),
  );
  const csvInput = fc.oneof(
    csvText,
    fc.uint8Array({ maxLength: 300 }),
    csvText.map((text) => new TextEncoder().encode(text)),
  );

  test('fuzz: importOffersCsv', () => {
    const stats = fuzzStats('CSV (importOffersCsv)');
    fc.assert(
      fc.property(
        csvInput,
        fc.constantFrom('all-or-nothing' as const, 'valid-rows' as const),
        (input, mode) => {
          timed(stats, () => {
            const result = importOffersCsv(input, {
              mode,
              profile: recklinghausenProfile,
              today: '2026-11-25',
            });
            for (const problem of result.problems) expectReadable(problem.message);
            if (result.dataset) expect(datasetSchema.safeParse(result.dataset).success).toBe(true);
            expect(result.rows.imported + result.rows.rejected).toBe(result.rows.total);
          });
        },
      ),
      { numRuns: fuzzRuns },
    );
    reportFuzz(stats);
  });

  const hsds = JSON.parse(
    JSON.stringify(exportHsds(dataset, { profile: recklinghausenProfile })),
  ) as Record<string, unknown[]>;
  const hsdsInput = fc.oneof(
    mutated(hsds),
    mutated(hsds['services']),
    // The tabular form: one list of rows per CSV file name.
    mutated(
      Object.fromEntries(Object.entries(hsds).map(([table, rows]) => [`${table}.csv`, rows])),
    ),
    hostileValue,
  );

  test('fuzz: importHsds', () => {
    const stats = fuzzStats('HSDS (importHsds)');
    fc.assert(
      fc.property(hsdsInput, (input) => {
        timed(stats, () => {
          try {
            const { dataset: imported, report } = importHsds(input, {
              profile: recklinghausenProfile,
              today: '2026-11-25',
            });
            expect(datasetSchema.safeParse(imported).success).toBe(true);
            for (const note of report.notes) expectReadable(note.message);
          } catch (error) {
            expect(error).toBeInstanceOf(HsdsInputError);
            expectProblems((error as HsdsInputError).problems);
          }
        });
      }),
      { numRuns: fuzzRuns },
    );
    reportFuzz(stats);
  });
});
