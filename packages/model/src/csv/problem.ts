/** A problem in a CSV file, at a row and (where it concerns one cell) a column, in German and English. */
export interface CsvProblem {
  /** Row as a spreadsheet shows it: the header is row 1, the first offer row 2. */
  row: number;
  /** Column number from 1, if the problem concerns one column. */
  column?: number;
  /** Column letter as a spreadsheet shows it (`A`, `B`, … `AA`). */
  columnLetter?: string;
  /** Column header, if known. */
  columnName?: string;
  /** Stable code for programs, e.g. `required`, `unknown-column`, `wrong-encoding`. */
  code: string;
  /** The whole message including where, what was expected and what was found. */
  message: { de: string; en: string };
}

/** Spreadsheet column letter of a 1-based column number (1 → A, 27 → AA). */
export function columnLetter(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/** Builds a problem whose message starts with the place, e.g. „Zeile 5, Spalte C (Titel): …“. */
export function csvProblem(
  code: string,
  at: { row: number; column?: number; columnName?: string },
  detail: { de: string; en: string },
): CsvProblem {
  const letter = at.column === undefined ? '' : columnLetter(at.column);
  const name = at.columnName ? ` (${at.columnName})` : '';
  const whereDe = letter ? `Zeile ${at.row}, Spalte ${letter}${name}` : `Zeile ${at.row}`;
  const whereEn = letter ? `Row ${at.row}, column ${letter}${name}` : `Row ${at.row}`;
  return {
    row: at.row,
    ...(at.column !== undefined && { column: at.column, columnLetter: letter }),
    ...(at.columnName !== undefined && { columnName: at.columnName }),
    code,
    message: { de: `${whereDe}: ${detail.de}`, en: `${whereEn}: ${detail.en}` },
  };
}
