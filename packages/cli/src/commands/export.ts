import { join, resolve } from 'node:path';
import {
  offerStatusSchema,
  validateDataset,
  type CountyProfile,
  type Dataset,
  type OfferStatus,
  migrateDataset,
  type DatasetValidation,
} from '@vielfalt/model';
import type { Command } from '../command.js';
import { parseCommandArgs } from '../arguments.js';
import { failure, readJsonFile, resolveProfile, usageError } from '../input.js';
import { countOf, countOfBoth, nouns } from '../plural.js';
import { writeAtomically } from '../write-atomically.js';

const usage = `vielfalt export hsds|jsonld|csv <dataset.json> --out <dir|file> [--profile recklinghausen|<profile.json>] [--status published,archived]

  Exportiert die Angebote eines Datensatzes / exports the offers of a dataset:
    hsds    Open Referral HSDS 3.0, ein Verzeichnis mit / a directory with organizations.json, services.json,
            locations.json, service_at_locations.json, taxonomies.json, taxonomy_terms.json
    jsonld  schema.org JSON-LD, eine Datei mit einem Dokument je Angebot / one file, one document per offer
    csv     CSV nach der Importvorlage (UTF-8 mit BOM, Semikolon) / CSV in the import template's columns

  --out      Zielverzeichnis (hsds) oder -datei / target directory (hsds) or file
  --profile  recklinghausen oder/or a profile file *.json (Standard/default: profileId des Datensatzes/of the dataset)
  --status   welche Angebote / which offers (Standard/default: published)

  Kontakte erscheinen nur mit Einwilligung und nur mit freigegebenen Feldern.
  Contacts appear only with consent and only with their released fields.
  Dateien werden atomar geschrieben (temporäre Datei, dann Umbenennen) und bei Fehlern nicht angerührt.
  Files are written atomically (temporary file, then rename) and left untouched on failure.

  Exit: 0 exportiert/exported · 1 Datensatz ungültig/dataset invalid · 2 Aufruffehler/usage error`;

const formats = ['hsds', 'jsonld', 'csv'] as const;
type Format = (typeof formats)[number];

function parseStatuses(value: string | undefined): OfferStatus[] | undefined {
  if (value === undefined) return ['published'];
  const statuses = value.split(',').map((status) => offerStatusSchema.safeParse(status.trim()));
  return statuses.every((status) => status.success)
    ? statuses.map((status) => status.data as OfferStatus)
    : undefined;
}

/** What every format needs to render. */
interface RenderOptions {
  profile: CountyProfile;
  statuses: OfferStatus[];
}

/** The files a format produces, relative to `--out` (a directory for HSDS, `''` for the file itself otherwise). */
async function render(
  format: Format,
  dataset: Dataset,
  options: RenderOptions,
): Promise<[string, string][]> {
  if (format === 'hsds') {
    const { exportHsds } = await import('@vielfalt/model/hsds');
    return Object.entries(exportHsds(dataset, options)).map(([table, records]) => [
      `${table}.json`,
      `${JSON.stringify(records, null, 2)}\n`,
    ]);
  }
  if (format === 'jsonld') {
    const { datasetJsonLd } = await import('@vielfalt/model/jsonld');
    return [['', `${JSON.stringify(datasetJsonLd(dataset, options), null, 2)}\n`]];
  }
  const { exportOffersCsv } = await import('@vielfalt/model/csv');
  return [['', exportOffersCsv(dataset, options)]];
}

/** `vielfalt export`: writes a dataset as HSDS 3.0, schema.org JSON-LD or CSV. */
export const command: Command = {
  summary: 'Angebote exportieren / export offers as HSDS 3.0, JSON-LD or CSV',
  usage,
  async run(args, io) {
    const parsed = parseCommandArgs(io, usage, {
      args,
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string' },
        profile: { type: 'string' },
        status: { type: 'string' },
      },
    });
    if (typeof parsed === 'number') return parsed;
    const { positionals, values } = parsed;
    const [format, file] = positionals;
    if (!formats.includes(format as Format) || file === undefined || positionals.length !== 2) {
      return usageError(
        io,
        {
          de: `erwartet: export hsds|jsonld|csv <datensatz.json>, gefunden: ${positionals.join(' ') || 'nichts'}.`,
          en: `expected: export hsds|jsonld|csv <dataset.json>, found: ${positionals.join(' ') || 'nothing'}.`,
        },
        usage,
      );
    }
    if (!values.out)
      return usageError(
        io,
        {
          de: '--out fehlt: wohin soll exportiert werden?',
          en: '--out is missing: where should the export go?',
        },
        usage,
      );
    const statuses = parseStatuses(values.status);
    if (!statuses) {
      return usageError(
        io,
        {
          de: `--status: erwartet eine Liste aus ${offerStatusSchema.options.join(', ')}, gefunden „${values.status}“.`,
          en: `--status: expected a list of ${offerStatusSchema.options.join(', ')}, found "${values.status}".`,
        },
        usage,
      );
    }
    const data = await readJsonFile(file, io.cwd);
    if (!data.ok) return usageError(io, data.message, usage);
    const profile = await resolveProfile(values.profile, data.value, io.cwd);
    if (!profile.ok) return usageError(io, profile.message, usage, profile.problems);
    // Older dataset formats are migrated first; a file from a newer vielfalt is refused.
    const migrated = migrateDataset(data.value);
    const checked: DatasetValidation = migrated.ok
      ? validateDataset(profile.value, migrated.data)
      : { ok: false, problems: [migrated.problem] };
    if (!checked.ok) {
      const lines = checked.problems
        .slice(0, 20)
        .map((problem) => `  ✗ ${problem.message.de}\n    ${problem.message.en}`);
      return failure(io, {
        de: `${file} ist kein gültiger Datensatz (${countOf(checked.problems.length, nouns.problem.de, 'de')}, vielfalt validate zeigt alle); nichts exportiert.\n${lines.join('\n')}`,
        en: `${file} is not a valid dataset (${countOf(checked.problems.length, nouns.problem.en, 'en')}, vielfalt validate lists them all); nothing exported.`,
      });
    }
    const outputs = await render(format as Format, checked.dataset, {
      profile: profile.value,
      statuses,
    });
    const target = resolve(io.cwd, values.out);
    try {
      for (const [name, content] of outputs)
        await writeAtomically(name ? join(target, name) : target, content);
    } catch (error) {
      const reason = (error as Error).message;
      return failure(io, {
        de: `Schreiben nach ${target} fehlgeschlagen: ${reason}`,
        en: `Writing to ${target} failed: ${reason}`,
      });
    }
    const count = checked.dataset.offers.filter((offer) => statuses.includes(offer.status)).length;
    io.stdout.write(
      `✓ ${countOfBoth(count, nouns.offer.de, nouns.offer.en)} exportiert nach / exported to ${target}${format === 'hsds' ? `/ (${outputs.map(([name]) => name).join(', ')})` : ''}\n`,
    );
    return 0;
  },
};
