import { csvProblem, type CsvProblem } from './problem.js';

/** A CSV file split into cells. */
export interface CsvTable {
  /** The delimiter found in the header row. */
  delimiter: ';' | ',';
  /** The column names of the header row, trimmed. */
  header: string[];
  /** Data rows; `row` counts as a spreadsheet does (the header is row 1), so multi-line cells do not shift it. */
  rows: { row: number; cells: string[] }[];
}

/** Either the table or the problems that stopped parsing. */
export type CsvParseResult = { ok: true; table: CsvTable } | { ok: false; problems: CsvProblem[] };

const QUOTE = 34;
const CR = 13;
const LF = 10;

/** Picks `;` (German Excel) or `,` by counting both in the header line, outside quotes. */
export function detectDelimiter(text: string): ';' | ',' {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ';') semicolons++;
    else if (!quoted && char === ',') commas++;
  }
  return commas > semicolons ? ',' : ';';
}

/**
 * Splits CSV text (RFC 4180: quoted cells, doubled quotes, line breaks inside quotes, CRLF or LF) into
 * cells. Quoting errors stop the parse with the row and column where they are. Completely empty rows
 * (which spreadsheets leave at the end) are skipped.
 */
export function parseCsv(
  text: string,
  delimiter: ';' | ',' = detectDelimiter(text),
): CsvParseResult {
  const separator = delimiter.charCodeAt(0);
  const records: { row: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let row = 1;
  let i = 0;
  const length = text.length;
  const endRecord = () => {
    if (cells.some((cell) => cell !== '')) records.push({ row, cells });
    cells = [];
    row++;
  };
  while (i <= length) {
    if (i === length) {
      if (cells.length > 0) endRecord();
      break;
    }
    const column = cells.length + 1;
    if (text.charCodeAt(i) === QUOTE) {
      let value = '';
      let start = i + 1;
      let j = start;
      for (;;) {
        const next = text.indexOf('"', j);
        if (next === -1) {
          return {
            ok: false,
            problems: [
              csvProblem(
                'unclosed-quote',
                { row, column },
                {
                  de: 'Das Anführungszeichen am Anfang dieser Zelle wird nie geschlossen. Erwartet wurde ein schließendes ", gefunden wurde das Dateiende.',
                  en: 'The quote at the start of this cell is never closed. Expected a closing ", found the end of the file.',
                },
              ),
            ],
          };
        }
        if (text.charCodeAt(next + 1) === QUOTE) {
          value += text.slice(start, next + 1);
          j = start = next + 2;
          continue;
        }
        value += text.slice(start, next);
        i = next + 1;
        break;
      }
      const after = text.charCodeAt(i);
      if (i < length && after !== separator && after !== CR && after !== LF) {
        return {
          ok: false,
          problems: [
            csvProblem(
              'text-after-quote',
              { row, column },
              {
                de: `Nach dem schließenden Anführungszeichen steht „${text[i]}“. Erwartet wurde „${delimiter}“ oder ein Zeilenende; Anführungszeichen im Text müssen verdoppelt werden ("").`,
                en: `After the closing quote comes "${text[i]}". Expected "${delimiter}" or a line end; quotes inside a cell must be doubled ("").`,
              },
            ),
          ],
        };
      }
      cells.push(value);
    } else {
      let j = i;
      while (j < length) {
        const code = text.charCodeAt(j);
        if (code === separator || code === CR || code === LF) break;
        if (code === QUOTE) {
          return {
            ok: false,
            problems: [
              csvProblem(
                'quote-in-cell',
                { row, column },
                {
                  de: 'Anführungszeichen mitten in einer Zelle ohne Anführungszeichen am Anfang. Erwartet wurde eine ganz in "…" gesetzte Zelle mit verdoppelten inneren Anführungszeichen.',
                  en: 'A quote in the middle of a cell that does not start with one. Expected the whole cell in "…" with inner quotes doubled.',
                },
              ),
            ],
          };
        }
        j++;
      }
      cells.push(text.slice(i, j));
      i = j;
    }
    const code = text.charCodeAt(i);
    if (code === separator) {
      i++;
      if (i === length) cells.push('');
    } else if (code === CR || code === LF) {
      i += code === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      endRecord();
    }
  }
  const [header, ...rows] = records;
  if (!header) {
    return {
      ok: false,
      problems: [
        csvProblem(
          'empty-file',
          { row: 1 },
          {
            de: 'Die Datei ist leer. Erwartet wurde eine Kopfzeile mit den Spaltennamen.',
            en: 'The file is empty. Expected a header row with the column names.',
          },
        ),
      ],
    };
  }
  return { ok: true, table: { delimiter, header: header.cells.map((cell) => cell.trim()), rows } };
}
