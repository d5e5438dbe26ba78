import { readFile, readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import {
  messageLanguageSchema,
  validateDataset,
  type CountyProfile,
  type Dataset,
  type MessageLanguage,
} from '@vielfalt/model';
import type { Command, CommandIo } from '../command.js';
import { parseCommandArgs } from '../arguments.js';
import { failure, loadProfile, readJsonFile, usageError } from '../input.js';
import { countOf, nouns } from '../plural.js';
import { progressBar } from '../progress.js';
import { writeAtomically } from '../write-atomically.js';

const usage = `vielfalt import csv|hsds <file> --out dataset.json [--profile recklinghausen|<profile.json>] [--mode all-or-nothing|valid-rows] [--lang de|en]

  Liest Angebote aus einer CSV-Datei nach der Vorlage (packages/model/templates/angebote-vorlage.csv)
  oder aus HSDS-3.0-JSON (Einzeldatensatz, Liste, API-Seite, Tabellenform oder ein Verzeichnis aus
  vielfalt export hsds) und schreibt einen Datensatz.
  Reads offers from a CSV file in the template's columns or from HSDS 3.0 JSON and writes a dataset.

  --out      Zieldatei; wird nur bei Erfolg geschrieben (atomar) / target file, written only on success (atomically)
  --profile  prüft gegen das Kreisprofil / checks against the county profile (recklinghausen or *.json)
  --mode     all-or-nothing (Standard/default): ein Fehler, nichts importiert / one error, nothing imported
             valid-rows: gültige Zeilen übernehmen, ungültige melden / import valid rows, report the others
  --lang     Sprache des Berichts / report language: de (Standard/default), en

  Exit: 0 importiert/imported · 1 Probleme, Ziel unverändert oder nur gültige Zeilen / problems, target untouched
  or valid rows only · 2 Aufruffehler/usage error`;

/** Reads an HSDS file, or the files `vielfalt export hsds` writes into a directory, as one JSON value. */
async function readHsds(
  path: string,
  cwd: string,
): Promise<{ ok: true; value: unknown } | { ok: false; message: { de: string; en: string } }> {
  const full = resolve(cwd, path);
  const info = await stat(full).catch(() => undefined);
  if (!info?.isDirectory()) return readJsonFile(path, cwd);
  const tables: Record<string, unknown> = {};
  for (const name of (await readdir(full)).filter((entry) => entry.endsWith('.json')).sort()) {
    const table = await readJsonFile(join(full, name), cwd);
    if (!table.ok) return table;
    tables[name.replace(/\.json$/, '')] = table.value;
  }
  return { ok: true, value: tables };
}

function say(language: MessageLanguage, de: string, en: string): string {
  return language === 'de' ? de : en;
}

/** Runs the CSV import; returns the dataset to write (if any) and the exit code. */
async function importCsv(
  file: string,
  io: CommandIo,
  language: MessageLanguage,
  profile: CountyProfile | undefined,
  mode: 'all-or-nothing' | 'valid-rows',
): Promise<{ dataset?: Dataset; code: number }> {
  const { importOffersCsv } = await import('@vielfalt/model/csv');
  let bytes: Uint8Array;
  try {
    bytes = await readFile(resolve(io.cwd, file));
  } catch (error) {
    io.stderr.write(
      `Fehler: Datei nicht lesbar: ${file}\nError: cannot read file: ${file} (${(error as Error).message})\n`,
    );
    return { code: 2 };
  }
  const result = importOffersCsv(bytes, {
    mode,
    ...(profile && { profile }),
    onProgress: progressBar(io, 'CSV'),
  });
  for (const problem of result.problems) io.stdout.write(`  ✗ ${problem.message[language]}\n`);
  const { total, imported, rejected } = result.rows;
  if (!result.dataset) {
    const count = result.problems.length;
    const rowsDe = total > 0 ? ` (${countOf(total, nouns.row.de, 'de')})` : '';
    const rowsEn = total > 0 ? ` (${countOf(total, nouns.row.en, 'en')})` : '';
    io.stdout.write(
      say(
        language,
        `${file}: ${countOf(count, nouns.problem.de, 'de')}, nichts importiert${rowsDe}. Die Zieldatei bleibt unverändert.\n`,
        `${file}: ${countOf(count, nouns.problem.en, 'en')}, nothing imported${rowsEn}. The target file is left untouched.\n`,
      ),
    );
    return { code: 1 };
  }
  io.stdout.write(
    say(
      language,
      `${file}: ${imported} von ${countOf(total, nouns.row.de, 'de')} importiert${rejected > 0 ? `, ${rejected} abgelehnt` : ''}.\n`,
      `${file}: ${imported} of ${countOf(total, nouns.row.en, 'en')} imported${rejected > 0 ? `, ${rejected} rejected` : ''}.\n`,
    ),
  );
  return { dataset: result.dataset, code: rejected > 0 ? 1 : 0 };
}

/** Runs the HSDS import and prints its report: notes, then unmapped fields counted per field. */
async function importHsdsFile(
  file: string,
  io: CommandIo,
  language: MessageLanguage,
  profile: CountyProfile | undefined,
): Promise<{ dataset?: Dataset; code: number }> {
  const { importHsds, HsdsInputError } = await import('@vielfalt/model/hsds');
  const data = await readHsds(file, io.cwd);
  if (!data.ok) {
    return { code: failure(io, data.message, 2) };
  }
  let imported: ReturnType<typeof importHsds>;
  try {
    imported = importHsds(data.value, {
      ...(profile && { profile }),
      onProgress: progressBar(io, 'HSDS'),
    });
  } catch (error) {
    if (!(error instanceof HsdsInputError)) throw error;
    const count = error.problems.length;
    for (const problem of error.problems)
      io.stderr.write(`  ✗ ${problem.message.de}\n    ${problem.message.en}\n`);
    return {
      code: failure(io, {
        de: `${file} ist keine lesbare HSDS-Eingabe (${count} ${count === 1 ? 'Problem' : 'Probleme'}); nichts importiert.`,
        en: `${file} is not readable as HSDS (${count} ${count === 1 ? 'problem' : 'problems'}); nothing imported.`,
      }),
    };
  }
  const { dataset, report } = imported;
  for (const note of report.notes) io.stdout.write(`  • ${note.path}: ${note.message[language]}\n`);
  const byField = new Map<string, { count: number; path: string }>();
  for (const entry of report.unmapped) {
    const known = byField.get(entry.field);
    byField.set(entry.field, { count: (known?.count ?? 0) + 1, path: known?.path ?? entry.path });
  }
  if (byField.size > 0) {
    io.stdout.write(
      say(
        language,
        'Nicht übernommene HSDS-Felder (kein Platz im Modell):\n',
        'HSDS fields not carried over (no place in the model):\n',
      ),
    );
    for (const [field, { count, path }] of byField)
      io.stdout.write(`  - ${field} ×${count} (${say(language, 'z. B.', 'e.g.')} ${path})\n`);
  }
  const { counts } = report;
  io.stdout.write(
    say(
      language,
      `${file}: ${countOf(counts.offers, nouns.offer.de, 'de')}, ${countOf(counts.actors, nouns.actor.de, 'de')}, ${countOf(counts.contacts, nouns.contact.de, 'de')} übernommen (${countOf(counts.services, nouns.service.de, 'de')}, ${countOf(counts.organizations, nouns.organization.de, 'de')} gelesen).\n`,
      `${file}: ${countOf(counts.offers, nouns.offer.en, 'en')}, ${countOf(counts.actors, nouns.actor.en, 'en')}, ${countOf(counts.contacts, nouns.contact.en, 'en')} imported (${countOf(counts.services, nouns.service.en, 'en')}, ${countOf(counts.organizations, nouns.organization.en, 'en')} read).\n`,
    ),
  );
  return { dataset, code: 0 };
}

/** `vielfalt import`: turns a CSV or HSDS file into a dataset, writing the target only on success. */
export const command: Command = {
  summary: 'Angebote importieren / import offers from CSV or HSDS 3.0',
  usage,
  async run(args, io) {
    const parsed = parseCommandArgs(io, usage, {
      args,
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string' },
        profile: { type: 'string' },
        mode: { type: 'string' },
        lang: { type: 'string' },
      },
    });
    if (typeof parsed === 'number') return parsed;
    const { positionals, values } = parsed;
    const [format, file] = positionals;
    if ((format !== 'csv' && format !== 'hsds') || file === undefined || positionals.length !== 2) {
      return usageError(
        io,
        {
          de: `erwartet: import csv|hsds <datei>, gefunden: ${positionals.join(' ') || 'nichts'}.`,
          en: `expected: import csv|hsds <file>, found: ${positionals.join(' ') || 'nothing'}.`,
        },
        usage,
      );
    }
    if (!values.out)
      return usageError(
        io,
        {
          de: '--out fehlt: in welche Datei soll der Datensatz?',
          en: '--out is missing: which file should the dataset go to?',
        },
        usage,
      );
    const mode = values.mode ?? 'all-or-nothing';
    if (mode !== 'all-or-nothing' && mode !== 'valid-rows') {
      return usageError(
        io,
        {
          de: `--mode: erwartet all-or-nothing oder valid-rows, gefunden „${mode}“.`,
          en: `--mode: expected all-or-nothing or valid-rows, found "${mode}".`,
        },
        usage,
      );
    }
    const language = messageLanguageSchema.safeParse(values.lang ?? 'de');
    if (!language.success) {
      return usageError(
        io,
        {
          de: `--lang: erwartet de oder en, gefunden „${values.lang}“.`,
          en: `--lang: expected de or en, found "${values.lang}".`,
        },
        usage,
      );
    }
    let profile: CountyProfile | undefined;
    if (values.profile) {
      const loaded = await loadProfile(values.profile, io.cwd);
      if (!loaded.ok) return usageError(io, loaded.message, usage, loaded.problems);
      profile = loaded.value;
    }
    const lang = language.data;
    const result =
      format === 'csv'
        ? await importCsv(file, io, lang, profile, mode)
        : await importHsdsFile(file, io, lang, profile);
    if (!result.dataset) return result.code;
    if (profile && format === 'csv') {
      // The CSV checks cover the profile's terms; the full dataset rules (distances, references) run here.
      const checked = validateDataset(profile, result.dataset);
      if (!checked.ok) {
        for (const problem of checked.problems)
          io.stdout.write(`  ✗ ${problem.path}: ${problem.message[lang]}\n`);
        io.stdout.write(
          say(
            lang,
            'Datensatz verletzt das Kreisprofil: nichts geschrieben.\n',
            'The dataset breaks the county profile: nothing written.\n',
          ),
        );
        return 1;
      }
    }
    const target = resolve(io.cwd, values.out);
    try {
      await writeAtomically(target, `${JSON.stringify(result.dataset, null, 2)}\n`);
    } catch (error) {
      io.stderr.write(
        `Fehler: Schreiben nach ${target} fehlgeschlagen.\nError: writing to ${target} failed: ${(error as Error).message}\n`,
      );
      return 1;
    }
    io.stdout.write(`✓ ${say(lang, 'geschrieben', 'written')}: ${target}\n`);
    return result.code;
  },
};
