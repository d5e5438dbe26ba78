import { truncate } from '../problem.js';
import type { Actor, Contact } from '../actor.js';
import { DATASET_SCHEMA_VERSION, type Dataset } from '../dataset.js';
import type { Offer } from '../offer.js';
import type { CountyProfile } from '../profile.js';
import { offerColumns, type OfferColumnKey } from './columns.js';
import { decodeCsv } from './decode.js';
import { parseCsv } from './parse.js';
import { csvProblem, type CsvProblem } from './problem.js';
import { readOfferRow } from './row.js';

/**
 * `all-or-nothing`: one bad row and nothing is imported. `valid-rows`: the valid rows are imported and
 * the invalid ones reported. Problems with the file itself (encoding, quoting, header) stop both.
 */
export type CsvImportMode = 'all-or-nothing' | 'valid-rows';

/** Options of {@link importOffersCsv}. */
export interface CsvImportOptions {
  /** Default `all-or-nothing`. */
  mode?: CsvImportMode;
  /** Checks fields of action, target groups, actor kinds and municipalities against the county, and sets the dataset's profile id. */
  profile?: CountyProfile;
  /** Day of the import, recorded with the contact columns' consent; default today. */
  today?: string;
  /** Called every few hundred rows and at the end, e.g. to draw a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

/** The dataset made from a CSV file, if any may be written, with every problem found. */
export interface CsvImportResult {
  /** Undefined when nothing may be written (any problem in `all-or-nothing` mode, or a file-level problem). */
  dataset: Dataset | undefined;
  /** Every problem found, each with its row and column. */
  problems: CsvProblem[];
  /** How many data rows there were, went in, and were refused. */
  rows: { total: number; imported: number; rejected: number };
}

function matchHeader(header: string[]): {
  columns: Map<OfferColumnKey, number>;
  problems: CsvProblem[];
} {
  const columns = new Map<OfferColumnKey, number>();
  const problems: CsvProblem[] = [];
  const known = new Map(
    offerColumns.flatMap(
      (column) =>
        [
          [column.header.toLowerCase(), column],
          [column.key.toLowerCase(), column],
        ] as const,
    ),
  );
  header.forEach((name, index) => {
    const at = { row: 1, column: index + 1, columnName: name };
    const column = known.get(name.toLowerCase());
    if (!column) {
      problems.push(
        csvProblem('unknown-column', at, {
          de: `Unbekannte Spalte „${truncate(name)}“. Erlaubt sind die Spalten der Vorlage: ${offerColumns.map((c) => c.header).join(', ')}.`,
          en: `Unknown column "${truncate(name)}". Allowed are the template's columns: ${offerColumns.map((c) => c.header).join(', ')}.`,
        }),
      );
    } else if (columns.has(column.key)) {
      problems.push(
        csvProblem('duplicate-column', at, {
          de: `Spalte „${column.header}“ kommt doppelt vor (zuerst in Spalte ${columns.get(column.key)}).`,
          en: `Column "${column.header}" appears twice (first in column ${columns.get(column.key)}).`,
        }),
      );
    } else {
      columns.set(column.key, index + 1);
    }
  });
  for (const column of offerColumns.filter((c) => c.required && !columns.has(c.key))) {
    problems.push(
      csvProblem(
        'missing-column',
        { row: 1 },
        {
          de: `Pflichtspalte „${column.header}“ fehlt in der Kopfzeile.`,
          en: `Required column "${column.header}" is missing from the header row.`,
        },
      ),
    );
  }
  return { columns, problems };
}

/**
 * Imports offers from CSV as German Excel writes it (semicolon or comma, UTF-8 with or without BOM;
 * columns as in the template, see `offerColumns`). Every problem names its row and column in German
 * and English. The result holds a dataset only if it may be written: nothing is ever half-imported.
 */
export function importOffersCsv(
  input: Uint8Array | string,
  options: CsvImportOptions = {},
): CsvImportResult {
  const mode = options.mode ?? 'all-or-nothing';
  const none = (problems: CsvProblem[], total = 0): CsvImportResult => ({
    dataset: undefined,
    problems,
    rows: { total, imported: 0, rejected: total },
  });
  const decoded = decodeCsv(input);
  if (!decoded.ok) return none(decoded.problems);
  const parsed = parseCsv(decoded.text);
  if (!parsed.ok) return none(parsed.problems);
  const { table } = parsed;
  const header = matchHeader(table.header);
  if (header.problems.length > 0) return none(header.problems, table.rows.length);

  const ctx = {
    columns: header.columns,
    profile: options.profile,
    today: options.today ?? new Date().toISOString().slice(0, 10),
  };
  const problems: CsvProblem[] = [];
  const offers: Offer[] = [];
  const contacts: Contact[] = [];
  const actors = new Map<string, Actor & { row: number }>();
  const firstRowOfId = new Map<string, number>();
  const total = table.rows.length;
  for (const [index, { row, cells }] of table.rows.entries()) {
    if (options.onProgress && index % 500 === 0) options.onProgress(index, total);
    const extra = cells.slice(table.header.length).findIndex((cell) => cell.trim() !== '');
    if (extra !== -1) {
      problems.push(
        csvProblem(
          'too-many-cells',
          { row, column: table.header.length + extra + 1 },
          {
            de: `Die Zeile hat mehr Zellen als die Kopfzeile Spalten (${table.header.length}). Oft fehlt ein Anführungszeichen um einen Text mit „${table.delimiter}“.`,
            en: `The row has more cells than the header has columns (${table.header.length}). Often quotes are missing around a text containing "${table.delimiter}".`,
          },
        ),
      );
      continue;
    }
    if (cells.length < table.header.length) {
      // A row cut short (a lost line break, a hand-edited file) would silently lose its last columns.
      const missing = table.header.slice(cells.length);
      problems.push(
        csvProblem(
          'too-few-cells',
          { row, column: cells.length + 1, columnName: truncate(missing[0] ?? '') },
          {
            de: `Die Zeile hat ${cells.length} Zellen, die Kopfzeile ${table.header.length} Spalten; es fehlen: ${truncate(missing.join(', '))}. Oft ist ein Zeilenumbruch in einem Text ohne Anführungszeichen die Ursache.`,
            en: `The row has ${cells.length} cells, the header ${table.header.length} columns; missing: ${truncate(missing.join(', '))}. Often a line break in a text without quotes is the cause.`,
          },
        ),
      );
      continue;
    }
    const result = readOfferRow(row, cells, ctx);
    const rowProblems = [...result.problems];
    const { offer, provider } = result;
    if (offer) {
      const firstRow = firstRowOfId.get(offer.id);
      if (firstRow !== undefined) {
        rowProblems.push(
          csvProblem(
            'duplicate-id',
            { row, column: header.columns.get('id') ?? 1, columnName: 'ID' },
            {
              de: `ID „${offer.id}“ ist schon in Zeile ${firstRow} vergeben. Erwartet: eine eindeutige ID je Angebot.`,
              en: `ID "${offer.id}" is already used in row ${firstRow}. Expected a unique ID per offer.`,
            },
          ),
        );
      } else {
        firstRowOfId.set(offer.id, row);
      }
    }
    const known = provider && actors.get(provider.id);
    if (provider && known && known.name !== provider.name) {
      rowProblems.push(
        csvProblem(
          'provider-conflict',
          { row, column: provider.column, columnName: 'Träger' },
          {
            de: `Träger-ID „${provider.id}“ heißt in Zeile ${known.row} „${truncate(known.name)}“, hier „${truncate(provider.name)}“. Erwartet: derselbe Name.`,
            en: `Provider id "${provider.id}" is named "${truncate(known.name)}" in row ${known.row}, here "${truncate(provider.name)}". Expected the same name.`,
          },
        ),
      );
    }
    if (rowProblems.length > 0 || !offer || !provider) {
      problems.push(...rowProblems);
      continue;
    }
    offers.push(offer);
    if (result.contact) contacts.push(result.contact);
    if (!known)
      actors.set(provider.id, {
        id: provider.id,
        name: provider.name,
        kind: provider.kind,
        staffing: 'staff',
        municipalities: [],
        row,
      });
  }
  options.onProgress?.(total, total);
  const rows = {
    total: table.rows.length,
    imported: offers.length,
    rejected: table.rows.length - offers.length,
  };
  if (table.rows.length === 0) {
    problems.push(
      csvProblem(
        'no-rows',
        { row: 2 },
        {
          de: 'Die Datei enthält nur die Kopfzeile. Erwartet wird mindestens ein Angebot.',
          en: 'The file holds only the header row. Expected at least one offer.',
        },
      ),
    );
  }
  if ((mode === 'all-or-nothing' && problems.length > 0) || offers.length === 0) {
    return { dataset: undefined, problems, rows: { ...rows, imported: 0, rejected: rows.total } };
  }
  const dataset: Dataset = {
    schemaVersion: DATASET_SCHEMA_VERSION,
    profileId: options.profile?.id ?? 'imported',
    actors: [...actors.values()].map(({ row: _row, ...actor }) => actor),
    contacts,
    offers,
    goodPractices: [],
    goals: [],
    actionSteps: [],
    projects: [],
    barriers: [],
  };
  return { dataset, problems, rows };
}
