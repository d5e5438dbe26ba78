// How long the CSV import takes for 10,000 offer rows (the target: under 2 s). Prints numbers, asserts nothing.
// Run: esbuild bench/csv-import.ts --bundle --platform=node --format=esm --conditions=@vielfalt/source | node --input-type=module
import { readFileSync } from 'node:fs';
import { exportOffersCsv, importOffersCsv } from '../src/csv/index.js';
import { exportHsds, importHsds } from '../src/hsds/index.js';
import { recklinghausenProfile } from '../src/recklinghausen.js';
import { recklinghausenSample } from '../src/testing/sample.js';

// Read relative to the working directory: the script is bundled and piped into node, so it has no file URL; npm runs it in packages/model.
const template = readFileSync('templates/angebote-vorlage.csv', 'utf8');
const [header = '', example = ''] = template.replace(/^\uFEFF/, '').split('\r\n');
const municipalities = recklinghausenProfile.municipalities.map((municipality) => municipality.ags);
const days = ['Mo', 'Di', 'Mi', 'Do', 'Fr'];

/** 10,000 distinct, valid rows: the template row with its id, title, place and times varied, one in ten with a multi-line quoted description. */
function rows(count: number): string {
  const lines = [header];
  for (let i = 0; i < count; i++) {
    const cells = example.split(';');
    cells[0] = `angebot-${i}`;
    cells[2] = `Sprachcafé Nummer ${i}`;
    cells[4] = i % 10 === 0 ? `"Zeile eins; mit Semikolon\r\nZeile zwei mit ""Zitat"""` : '';
    cells[5] = `traeger-${i % 400}`;
    cells[6] = `Träger ${i % 400}`;
    cells[11] = municipalities[i % municipalities.length] ?? '05562024';
    cells[16] = cells[11];
    cells[25] = `${days[i % 5]} ${String(8 + (i % 10)).padStart(2, '0')}:00-${String(9 + (i % 10)).padStart(2, '0')}:30`;
    lines.push(cells.join(';'));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Prints the median wall-clock time and the median CPU time of this process (the honest figure on a busy machine). */
function measure(name: string, runs: number, work: () => unknown): void {
  work(); // warm-up: the first call compiles zod's parsers
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    work();
    const used = process.cpuUsage(startCpu);
    wall.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
  }
  const median = (values: number[]) =>
    values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  console.log(
    `${name.padEnd(56)} wall ${median(wall).toFixed(0).padStart(5)} ms   cpu ${median(cpu).toFixed(0).padStart(5)} ms`,
  );
}

const bytes = new TextEncoder().encode(rows(10_000));
const check = importOffersCsv(bytes, { profile: recklinghausenProfile });
console.log(
  `CSV: ${(bytes.length / 1e6).toFixed(1)} MB, ${check.rows.imported} of ${check.rows.total} rows valid, ${check.problems.length} problems`,
);
measure('importOffersCsv, 10,000 rows (decode, parse, check, build)', 5, () =>
  importOffersCsv(bytes, { profile: recklinghausenProfile }),
);
measure('exportOffersCsv, sample', 5, () =>
  exportOffersCsv(recklinghausenSample, { statuses: ['published', 'archived'] }),
);
const hsds = JSON.parse(
  JSON.stringify(exportHsds(recklinghausenSample, { profile: recklinghausenProfile })),
) as unknown;
measure(`exportHsds, sample (${recklinghausenSample.offers.length} offers)`, 5, () =>
  exportHsds(recklinghausenSample, { profile: recklinghausenProfile }),
);
measure('importHsds, the sample export', 5, () =>
  importHsds(hsds, { profile: recklinghausenProfile }),
);
