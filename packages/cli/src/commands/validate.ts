import {
  formatProblem,
  migrateDataset,
  messageLanguageSchema,
  validateDataset,
  type Dataset,
  type DatasetValidation,
  type MessageLanguage,
  type Problem,
} from '@vielfalt/model';
import type { Command, CommandIo } from '../command.js';
import { parseCommandArgs } from '../arguments.js';
import { readJsonFile, resolveProfile, usageError } from '../input.js';
import { countOf, nouns, type NounForms } from '../plural.js';

const usage = `vielfalt validate <dataset.json> [--profile recklinghausen|<profile.json>] [--json] [--lang de|en]

  Prüft einen Datensatz gegen ein Kreisprofil und listet jedes Problem mit seinem Pfad.
  Checks a dataset against a county profile and lists every problem with its path.

  --profile  recklinghausen oder/or a profile file *.json (Standard/default: profileId des Datensatzes/of the dataset)
  --json     maschinenlesbare Ausgabe / machine-readable output
  --lang     Sprache des Berichts / report language: de, en (Standard: beide / default: both)

  Exit: 0 gültig/valid · 1 Probleme gefunden/problems found · 2 Aufruffehler/usage error`;

type Part = 'offers' | 'actors' | 'contacts' | 'goodPractices' | 'goals' | 'actionSteps';

/** The nouns of the dataset's parts, in the forms `Intl.PluralRules` chooses between. */
const parts: Record<MessageLanguage, Record<Part, NounForms>> = {
  de: {
    offers: nouns.offer.de,
    actors: nouns.actor.de,
    contacts: nouns.contact.de,
    goodPractices: { one: 'Good-Practice-Beispiel', other: 'Good-Practice-Beispiele' },
    goals: { one: 'Ziel', other: 'Ziele' },
    actionSteps: { one: 'Handlungsschritt', other: 'Handlungsschritte' },
  },
  en: {
    offers: nouns.offer.en,
    actors: nouns.actor.en,
    contacts: nouns.contact.en,
    goodPractices: { one: 'good-practice example', other: 'good-practice examples' },
    goals: { one: 'goal', other: 'goals' },
    actionSteps: { one: 'action step', other: 'action steps' },
  },
};

function counts(dataset: Dataset, language: MessageLanguage): string {
  return Object.entries(parts[language])
    .map(([key, noun]) => countOf(dataset[key as Part].length, noun, language))
    .join(', ');
}

/** A summary line per problem code, most frequent first, so a long report starts with the big picture. */
function summary(problems: readonly Problem[]): string {
  const byCode = new Map<string, number>();
  for (const problem of problems) byCode.set(problem.code, (byCode.get(problem.code) ?? 0) + 1);
  return [...byCode]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([code, count]) => `${count}× ${code}`)
    .join(', ');
}

function report(
  io: CommandIo,
  file: string,
  profileId: string,
  problems: readonly Problem[],
  language: MessageLanguage,
  bilingual: boolean,
): void {
  const header =
    language === 'de'
      ? `${file}: ${countOf(problems.length, nouns.problem.de, 'de')} (Profil ${profileId})`
      : `${file}: ${countOf(problems.length, nouns.problem.en, 'en')} (profile ${profileId})`;
  // Without --lang every problem also comes in English, for whoever reads the report next.
  const lines = problems.map(
    (problem) =>
      `  ✗ ${formatProblem(problem, language)}${bilingual ? `\n    ${formatProblem(problem, 'en')}` : ''}`,
  );
  const footer = `${language === 'de' ? 'Zusammenfassung' : 'Summary'}: ${summary(problems)}`;
  io.stdout.write(`${header}\n${lines.join('\n')}\n\n${footer}\n`);
}

/** `vielfalt validate`: checks a dataset file and reports every problem. */
export const command: Command = {
  summary: 'Datensatz prüfen / validate a dataset against a county profile',
  usage,
  async run(args, io) {
    const parsed = parseCommandArgs(io, usage, {
      args,
      allowPositionals: true,
      strict: true,
      options: {
        profile: { type: 'string' },
        json: { type: 'boolean' },
        lang: { type: 'string' },
      },
    });
    if (typeof parsed === 'number') return parsed;
    const { positionals, values } = parsed;
    const file = positionals[0];
    if (positionals.length !== 1 || file === undefined) {
      return usageError(
        io,
        {
          de: `erwartet genau eine Datensatzdatei, gefunden ${positionals.length}.`,
          en: `expected exactly one dataset file, found ${positionals.length}.`,
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
    const data = await readJsonFile(file, io.cwd);
    if (!data.ok) return usageError(io, data.message, usage);
    const profile = await resolveProfile(values.profile, data.value, io.cwd);
    if (!profile.ok) return usageError(io, profile.message, usage, profile.problems);

    // Older formats are brought up to date first; a newer format is refused with a clear reason.
    const migrated = migrateDataset(data.value);
    const result: DatasetValidation = migrated.ok
      ? validateDataset(profile.value, migrated.data)
      : { ok: false, problems: [migrated.problem] };
    const profileId = profile.value.id;
    if (values.json) {
      const output = result.ok
        ? { ok: true, file, profile: profileId, problems: [] }
        : { ok: false, file, profile: profileId, problems: result.problems };
      io.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
    } else if (result.ok) {
      const ok = language.data === 'de' ? 'ist gültig' : 'is valid';
      const profileWord = language.data === 'de' ? 'Profil' : 'profile';
      io.stdout.write(
        `✓ ${file} ${ok} (${profileWord} ${profileId}): ${counts(result.dataset, language.data)}\n`,
      );
    } else {
      report(io, file, profileId, result.problems, language.data, values.lang === undefined);
    }
    return result.ok ? 0 : 1;
  },
};
