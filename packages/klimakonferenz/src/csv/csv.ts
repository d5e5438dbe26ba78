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

/** Thrown for malformed CSV; the message says where, in German and English. */
export class CsvError extends Error {
  /** Error name, for logs and `instanceof`-free checks. */
  override name = 'CsvError';
}

/**
 * Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF, a leading byte-order mark, `;` as
 * separator when the header uses it, as spreadsheet programs in German locales do).
 */
export function parseCsv(text: string): string[][] {
  const source = text.replace(/^\uFEFF/, '');
  const firstLine = source.split(/\r?\n/, 1)[0] ?? '';
  const separator = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"' && field === '') {
      quoted = true;
    } else if (c === separator) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && source[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      line++;
    } else {
      field += c;
    }
  }
  if (quoted)
    throw new CsvError(
      `Zeile ${line}: Anführungszeichen nicht geschlossen. / Line ${line}: unclosed quote.`,
    );
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => !(r.length === 1 && r[0] === ''));
}
