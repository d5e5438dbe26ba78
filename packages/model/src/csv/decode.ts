import { detectDelimiter, parseCsv } from './parse.js';
import { csvProblem, type CsvProblem } from './problem.js';

/** The text of a CSV file, or why it could not be read as UTF-8. */
export type CsvDecodeResult = { ok: true; text: string } | { ok: false; problems: CsvProblem[] };

/** Index of the first byte that is not part of a valid UTF-8 sequence, or -1. */
function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i]!;
    const length =
      byte < 0x80
        ? 1
        : byte >= 0xc2 && byte <= 0xdf
          ? 2
          : byte >= 0xe0 && byte <= 0xef
            ? 3
            : byte >= 0xf0 && byte <= 0xf4
              ? 4
              : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
    }
    i += length;
  }
  return -1;
}

/** Where a byte offset lies, as row and column of the CSV (read as Windows-1252, one byte per character). */
function locate(
  bytes: Uint8Array,
  offset: number,
): { row: number; column: number; columnName?: string } {
  const whole = new TextDecoder('windows-1252').decode(bytes);
  const delimiter = detectDelimiter(whole);
  // Parse the text up to the bad byte; the last record and its cell count tell row and column.
  const parsed = parseCsv(`${whole.slice(0, offset)}x`, delimiter);
  const at = !parsed.ok
    ? { row: parsed.problems[0]?.row ?? 1, column: parsed.problems[0]?.column ?? 1 }
    : parsed.table.rows.length > 0
      ? {
          row: parsed.table.rows.at(-1)?.row ?? 2,
          column: parsed.table.rows.at(-1)?.cells.length ?? 1,
        }
      : { row: 1, column: parsed.table.header.length };
  // Windows-1252 decodes every byte to one character, so offsets agree; the header names the column.
  const full = parseCsv(whole, delimiter);
  const columnName = at.row > 1 && full.ok ? full.table.header[at.column - 1] : undefined;
  return columnName ? { ...at, columnName } : at;
}

/**
 * Reads CSV bytes as UTF-8, with or without the byte-order mark German Excel writes ("CSV UTF-8").
 * A file saved as Windows-1252/ANSI or Latin-1 (plain "CSV" in Excel) or as UTF-16 ("Unicode text") is
 * refused with a message that names the first broken character and how to save the file instead:
 * guessing would turn umlauts into wrong letters without anyone noticing.
 */
export function decodeCsv(input: Uint8Array | string): CsvDecodeResult {
  if (typeof input === 'string') return { ok: true, text: input.replace(/^\uFEFF/, '') };
  if ((input[0] === 0xff && input[1] === 0xfe) || (input[0] === 0xfe && input[1] === 0xff)) {
    return {
      ok: false,
      problems: [
        csvProblem(
          'wrong-encoding',
          { row: 1 },
          {
            de: 'Die Datei ist als UTF-16 („Unicode-Text“) gespeichert. Erwartet wird UTF-8: in Excel „Speichern unter“ → „CSV UTF-8 (durch Trennzeichen getrennt)“.',
            en: 'The file is saved as UTF-16 ("Unicode text"). Expected UTF-8: in Excel use "Save as" → "CSV UTF-8 (comma delimited)".',
          },
        ),
      ],
    };
  }
  const bytes =
    input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf ? input.subarray(3) : input;
  const invalid = firstInvalidUtf8Byte(bytes);
  if (invalid === -1) return { ok: true, text: new TextDecoder('utf-8').decode(bytes) };
  const character = new TextDecoder('windows-1252').decode(bytes.subarray(invalid, invalid + 1));
  const hex = bytes[invalid]!.toString(16).toUpperCase().padStart(2, '0');
  return {
    ok: false,
    problems: [
      csvProblem('wrong-encoding', locate(bytes, invalid), {
        de: `Die Datei ist nicht UTF-8-kodiert, vermutlich Windows-1252/ANSI oder Latin-1 (Byte 0x${hex}, wohl „${character}“). Erwartet wird UTF-8: in Excel „Speichern unter“ → „CSV UTF-8 (durch Trennzeichen getrennt)“. Es wurde nichts importiert.`,
        en: `The file is not UTF-8 encoded, probably Windows-1252/ANSI or Latin-1 (byte 0x${hex}, likely "${character}"). Expected UTF-8: in Excel use "Save as" → "CSV UTF-8 (comma delimited)". Nothing was imported.`,
      }),
    ],
  };
}
