import { truncate } from '../problem.js';
/**
 * Readers for the kinds of cells in the offer CSV: each returns the value or an error text (German and
 * English) that says what was expected and what was found. The column and row are added by the caller.
 */

/** A cell's value, or what is wrong with it. */
export type CellResult<T> = { value: T } | { error: { de: string; en: string } };

/** What the cell reader found wrong, worded for people filling a spreadsheet. */
export const cellError = (de: string, en: string): { error: { de: string; en: string } } => ({
  error: { de, en },
});

/** Splits a list cell (`de, en, ar`) at commas, dropping empty items. */
export function listCell(cell: string): string[] {
  return cell
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

/** Reads one of several words (German or the code), case-insensitive. */
export function choiceCell<T extends string>(
  cell: string,
  choices: Record<string, T>,
  label: { de: string; en: string },
): CellResult<T> {
  const found = choices[cell.trim().toLocaleLowerCase('de')];
  if (found) return { value: found };
  const allowed = Object.keys(choices).join(', ');
  return cellError(
    `„${truncate(cell)}“ ist keine gültige ${label.de}. Erlaubt: ${allowed}.`,
    `"${truncate(cell)}" is not a valid ${label.en}. Allowed: ${allowed}.`,
  );
}

const yes = new Set(['ja', 'j', 'yes', 'y', 'x', 'true', '1']);
const no = new Set(['nein', 'n', 'no', 'false', '0', '']);

/** Reads ja/nein (also yes/no, x, 1/0); an empty cell is nein. */
export function booleanCell(cell: string): CellResult<boolean> {
  const word = cell.trim().toLowerCase();
  if (yes.has(word)) return { value: true };
  if (no.has(word)) return { value: false };
  return cellError(
    `„${truncate(cell)}“ ist weder ja noch nein.`,
    `"${truncate(cell)}" is neither ja (yes) nor nein (no).`,
  );
}

/** Reads a date as German Excel writes it (`31.12.2026`) or as ISO (`2026-12-31`). */
export function dateCell(cell: string): CellResult<string> {
  const text = cell.trim();
  const german = text.match(/^(\d{1,2})\.(\d{1,2})\.(\d{4})$/);
  const iso = german
    ? `${german[3]}-${german[2]!.padStart(2, '0')}-${german[1]!.padStart(2, '0')}`
    : text;
  const date = new Date(`${iso}T00:00:00Z`);
  if (
    /^\d{4}-\d{2}-\d{2}$/.test(iso) &&
    !Number.isNaN(date.getTime()) &&
    date.toISOString().startsWith(iso)
  )
    return { value: iso };
  return cellError(
    `„${truncate(cell)}“ ist kein gültiges Datum. Erwartet: TT.MM.JJJJ, z. B. 31.12.2026.`,
    `"${truncate(cell)}" is not a valid date. Expected DD.MM.YYYY, e.g. 31.12.2026.`,
  );
}

/** `1250`, `12,50`: digits with an optional decimal comma. */
const plainNumber = /^-?\d+(,\d+)?$/;
/** `1.250,50`, `1.250.000`, `1 250,50`: thousands in groups of three (one separator throughout), decimals after a comma. */
const groupedNumber = /^-?\d{1,3}([. ])\d{3}(\1\d{3})*(,\d+)?$/;
/** `12.5`, `51.6123`: a decimal point, as software writing English numbers does. */
const pointNumber = /^-?\d+\.\d+$/;
/** `1.250`: a thousands point or a decimal point? */
const ambiguousNumber = /^-?\d{1,3}\.\d{3}$/;

/**
 * Reads a number as German spreadsheets write it: decimal comma (`12,50`), thousands separated by a point or a
 * space only in groups of three (`1.250,50`, `1 250`). A decimal point is accepted where it cannot be a
 * thousands point (`12.50`, `51.6123`). `1.250` could be either: it is read the one way that fits the
 * column's range (a latitude `51.612`), and refused with a question where both fit (a price). Anything else
 * (`12 50`, `1,250.50`, `1e3`) is refused rather than read as some other number.
 */
export function numberCell(cell: string, min: number, max: number): CellResult<number> {
  const text = cell.trim().replace(/[\u00a0\u202f]/g, ' ');
  const shown = truncate(cell);
  const fits = (value: number) => Number.isFinite(value) && value >= min && value <= max;
  let value = Number.NaN;
  if (ambiguousNumber.test(text)) {
    const asThousands = Number(text.replace('.', ''));
    const asDecimal = Number(text);
    if (fits(asThousands) && fits(asDecimal)) {
      const [whole = '', fraction = ''] = text.split('.');
      return cellError(
        `„${shown}“ ist mehrdeutig: ${whole}${fraction} oder ${whole},${fraction}? Schreiben Sie ${whole}${fraction} (oder ${text},00) bzw. ${whole},${fraction}.`,
        `"${shown}" is ambiguous: ${whole}${fraction} or ${whole}.${fraction}? Write ${whole}${fraction} (or ${text},00) or ${whole},${fraction}.`,
      );
    }
    value = fits(asThousands) ? asThousands : asDecimal;
  } else if (plainNumber.test(text)) value = Number(text.replace(',', '.'));
  else if (groupedNumber.test(text)) value = Number(text.replace(/[. ]/g, '').replace(',', '.'));
  else if (pointNumber.test(text)) value = Number(text);
  if (fits(value)) return { value };
  return cellError(
    `„${shown}“ ist keine Zahl zwischen ${min} und ${max}. Erwartet: Dezimalkomma, z. B. 12,50 oder 1.250,00.`,
    `"${shown}" is not a number between ${min} and ${max}. Expected a decimal comma, e.g. 12,50 or 1.250,00.`,
  );
}

const days: Record<string, 'mo' | 'tu' | 'we' | 'th' | 'fr' | 'sa' | 'su'> = {
  mo: 'mo',
  di: 'tu',
  mi: 'we',
  do: 'th',
  fr: 'fr',
  sa: 'sa',
  so: 'su',
  montag: 'mo',
  dienstag: 'tu',
  mittwoch: 'we',
  donnerstag: 'th',
  freitag: 'fr',
  samstag: 'sa',
  sonntag: 'su',
};
/** German weekday abbreviations, in the order the export writes them. */
export const germanDays = {
  mo: 'Mo',
  tu: 'Di',
  we: 'Mi',
  th: 'Do',
  fr: 'Fr',
  sa: 'Sa',
  su: 'So',
} as const;

/** Reads weekly times such as `Mo 10:00-12:00, Mi 14:00-16:30`. */
export function timesCell(
  cell: string,
): CellResult<{ day: keyof typeof germanDays; opens: string; closes: string }[]> {
  const slots: { day: keyof typeof germanDays; opens: string; closes: string }[] = [];
  for (const item of listCell(cell)) {
    const match = item.match(
      /^([A-Za-zäöüÄÖÜ]+)\.?\s+(\d{1,2})[:.](\d{2})\s*(?:-|–|bis)\s*(\d{1,2})[:.](\d{2})(?:\s*Uhr)?$/,
    );
    const day = match ? days[match[1]!.toLowerCase()] : undefined;
    const [oh, om, ch, cm] = match
      ? ([match[2]!, match[3]!, match[4]!, match[5]!].map(Number) as [
          number,
          number,
          number,
          number,
        ])
      : [0, 0, 0, 0];
    if (!match || !day || oh > 23 || ch > 23 || om > 59 || cm > 59) {
      return cellError(
        `„${truncate(item)}“ ist keine gültige Zeitangabe. Erwartet: Tag und Uhrzeit von–bis, z. B. „Mo 10:00-12:00, Mi 14:00-16:00“.`,
        `"${truncate(item)}" is not a valid time. Expected a day and a time range, e.g. "Mo 10:00-12:00, Mi 14:00-16:00".`,
      );
    }
    const pad = (n: number) => String(n).padStart(2, '0');
    const opens = `${pad(oh)}:${pad(om)}`;
    const closes = `${pad(ch)}:${pad(cm)}`;
    if (closes <= opens) {
      return cellError(
        `„${truncate(item)}“ endet nicht nach dem Beginn.`,
        `"${truncate(item)}" does not end after it starts.`,
      );
    }
    slots.push({ day, opens, closes });
  }
  return { value: slots };
}
