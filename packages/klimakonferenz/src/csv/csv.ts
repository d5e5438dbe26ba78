/** Formats rows as RFC 4180 CSV: fields with commas, quotes or line breaks are quoted, lines end in CRLF. */
export function formatCsv(rows: readonly (readonly (string | number)[])[]): string {
  return rows
    .map((row) =>
      row
        .map((value) => {
          const text = String(value);
          return /[",\r\n]/.test(text) || /^\s|\s$/.test(text)
            ? `"${text.replace(/"/g, '""')}"`
            : text;
        })
        .join(','),
    )
    .map((line) => `${line}\r\n`)
    .join('');
}

/** Thrown for a malformed or unexpected tally CSV; the message says where, in German and English. */
export class CsvError extends Error {
  /** Error name, for logs and `instanceof`-free checks. */
  override name = 'CsvError';
}
