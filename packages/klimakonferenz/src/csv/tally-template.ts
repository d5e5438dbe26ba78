import { parseKlimakonferenz } from '../parse.js';
import type { Klimakonferenz } from '../workshop.js';
import { decodeCsv, parseCsv } from '@vielfalt/model/csv';
import { CsvError, formatCsv } from './csv.js';

/** Marker in the first column of the row that holds how many people of each perspective were present. */
export const HEADCOUNT_ROW = '#anwesend';

const FIXED = ['statement', 'wall', 'text'] as const;

/**
 * A paper-tally template for facilitators: one row per statement, one column per perspective (the colours
 * of the paper dots), and a first row for the people present per perspective. Fill in the numbers in a
 * spreadsheet and read it back with {@link importTallyCsv}.
 */
export function tallyTemplateCsv(workshop: Klimakonferenz): string {
  const perspectives = workshop.perspectives.map((p) => p.id);
  return formatCsv([
    [...FIXED, ...perspectives],
    [
      HEADCOUNT_ROW,
      '',
      'Anwesende je Perspektive / present per perspective',
      ...perspectives.map(() => ''),
    ],
    ...workshop.statements.map((s) => [s.id, s.wall, s.text, ...perspectives.map(() => '')]),
  ]);
}

/** Reads the file with `@vielfalt/model`'s CSV reader (UTF-8 with or without BOM, `;` or `,`). */
function readTable(csv: string | Uint8Array): {
  header: string[];
  rows: { row: number; cells: string[] }[];
} {
  const decoded = decodeCsv(csv);
  const parsed = decoded.ok ? parseCsv(decoded.text) : decoded;
  if (!parsed.ok)
    throw new CsvError(parsed.problems.map((p) => `${p.message.de} / ${p.message.en}`).join('\n'));
  return parsed.table;
}

function count(value: string, line: number, column: string): number {
  const trimmed = value.trim();
  if (trimmed === '') return 0;
  if (!/^\d+$/.test(trimmed)) {
    throw new CsvError(
      `Zeile ${line}, Spalte „${column}“: erwartet eine ganze Zahl ab 0, gefunden „${trimmed}“. / Line ${line}, column "${column}": expected a whole number from 0, found "${trimmed}".`,
    );
  }
  return Number(trimmed);
}

/**
 * Reads a filled-in tally back into the workshop as votes at the perspective-count level. With a single
 * `dots` column instead of perspective columns it reads the counts-only level (then the `#anwesend` row
 * gives the participants in its `dots` cell). Unknown columns and statements are refused with the line and
 * column; the result is validated like any workshop, and the vote rules run when it is scored.
 */
export function importTallyCsv(workshop: Klimakonferenz, csv: string | Uint8Array): Klimakonferenz {
  const { header, rows } = readTable(csv);
  if (!header || FIXED.some((name, i) => header[i]?.trim() !== name)) {
    throw new CsvError(
      `Zeile 1: erwartet die Kopfzeile „${FIXED.join(',')},…“, gefunden „${(header ?? []).slice(0, 3).join(',')}“. / Line 1: expected the header "${FIXED.join(',')},…", found "${(header ?? []).slice(0, 3).join(',')}".`,
    );
  }
  const columns = header.slice(FIXED.length).map((c) => c.trim());
  const countsOnly = columns.length === 1 && columns[0] === 'dots';
  const known = new Set(workshop.perspectives.map((p) => p.id));
  const unknown = countsOnly ? undefined : columns.find((c) => !known.has(c));
  if (unknown !== undefined) {
    throw new CsvError(
      `Zeile 1: unbekannte Perspektive „${unknown}“, erwartet eine von ${[...known].join(', ')}. / Line 1: unknown perspective "${unknown}", expected one of ${[...known].join(', ')}.`,
    );
  }
  const headcount: Record<string, number> = {};
  const counts: { statement: string; perspective: string; dots: number }[] = [];
  let participants = 0;
  rows.forEach(({ row: line, cells: row }) => {
    const statement = row[0]?.trim() ?? '';
    const values = columns.map((column, j) => count(row[FIXED.length + j] ?? '', line, column));
    if (statement === HEADCOUNT_ROW) {
      if (countsOnly) participants = values[0] ?? 0;
      else columns.forEach((column, j) => (headcount[column] = values[j] ?? 0));
      return;
    }
    columns.forEach((column, j) => {
      const dots = values[j] ?? 0;
      if (dots > 0) counts.push({ statement, perspective: column, dots });
    });
  });
  const votes = countsOnly
    ? {
        level: 'counts' as const,
        participants,
        counts: counts.map(({ statement, dots }) => ({ statement, dots })),
      }
    : { level: 'perspective-counts' as const, headcount, counts };
  return parseKlimakonferenz({ ...workshop, votes });
}
