/**
 * CSV import and export of offers in the documented template (German headers, `;` or `,`, UTF-8 with
 * or without BOM). See `templates/angebote-vorlage.csv` and its documentation `templates/angebote-vorlage.md`.
 * @packageDocumentation
 */
export {
  importOffersCsv,
  type CsvImportMode,
  type CsvImportOptions,
  type CsvImportResult,
} from './import.js';
export { exportOffersCsv, type CsvExportOptions } from './export.js';
export { offerColumns, type OfferColumn, type OfferColumnKey } from './columns.js';
export { parseCsv, detectDelimiter, type CsvParseResult, type CsvTable } from './parse.js';
export { decodeCsv, type CsvDecodeResult } from './decode.js';
export { columnLetter, type CsvProblem } from './problem.js';
