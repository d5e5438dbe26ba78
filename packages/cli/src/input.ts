import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  recklinghausenProfile,
  validateCountyProfile,
  type CountyProfile,
  type LocalizedMessage,
  type Problem,
} from '@vielfalt/model';
import type { CommandIo } from './command.js';
import { countOf, nouns } from './plural.js';

/** Profiles that ship with the packages, selectable by name with `--profile`. */
export const builtInProfiles: Readonly<Record<string, CountyProfile>> = {
  recklinghausen: recklinghausenProfile,
};

/** Reading input either works or explains, in German and English, why not. */
export type InputResult<T> =
  { ok: true; value: T } | { ok: false; message: LocalizedMessage; problems?: Problem[] };

/** Reads and parses a JSON file given on the command line, relative to the working directory. */
export async function readJsonFile(file: string, cwd: string): Promise<InputResult<unknown>> {
  const path = resolve(cwd, file);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      return {
        ok: false,
        message: { de: `Datei nicht gefunden: ${path}`, en: `File not found: ${path}` },
      };
    }
    if (code === 'EISDIR') {
      return {
        ok: false,
        message: {
          de: `Erwartet eine Datei, gefunden ein Verzeichnis: ${path}`,
          en: `Expected a file, found a directory: ${path}`,
        },
      };
    }
    const reason = (error as Error).message;
    return {
      ok: false,
      message: {
        de: `Datei nicht lesbar: ${path} (${reason})`,
        en: `Cannot read file: ${path} (${reason})`,
      },
    };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const reason = (error as Error).message;
    return {
      ok: false,
      message: {
        de: `Kein gültiges JSON in ${path}: ${reason}`,
        en: `Not valid JSON in ${path}: ${reason}`,
      },
    };
  }
}

/** Loads a county profile by built-in name (`recklinghausen`) or from a JSON file, validated. */
export async function loadProfile(
  nameOrFile: string,
  cwd: string,
): Promise<InputResult<CountyProfile>> {
  // Own keys only: `--profile constructor` must not find Object.prototype's constructor.
  const builtIn = Object.hasOwn(builtInProfiles, nameOrFile)
    ? builtInProfiles[nameOrFile]
    : undefined;
  if (builtIn) return { ok: true, value: builtIn };
  if (!nameOrFile.endsWith('.json')) {
    const names = Object.keys(builtInProfiles).join(', ');
    return {
      ok: false,
      message: {
        de: `Unbekanntes Profil „${nameOrFile}“: erwartet ${names} oder eine Profildatei *.json.`,
        en: `Unknown profile "${nameOrFile}": expected ${names} or a profile file *.json.`,
      },
    };
  }
  const data = await readJsonFile(nameOrFile, cwd);
  if (!data.ok) return data;
  const profile = validateCountyProfile(data.value);
  if (profile.ok) return { ok: true, value: profile.profile };
  return {
    ok: false,
    message: {
      de: `Ungültiges Kreisprofil in ${nameOrFile} (${countOf(profile.problems.length, nouns.problem.de, 'de')}):`,
      en: `Invalid county profile in ${nameOrFile} (${countOf(profile.problems.length, nouns.problem.en, 'en')}):`,
    },
    problems: profile.problems,
  };
}

/**
 * The county profile a dataset is checked against. There is no default county: `--profile` (a built-in name
 * or a file) when given, else the built-in profile the dataset names in its `profileId`; a dataset of another
 * county has to bring its profile file.
 */
export async function resolveProfile(
  option: string | undefined,
  dataset: unknown,
  cwd: string,
): Promise<InputResult<CountyProfile>> {
  if (option !== undefined) return loadProfile(option, cwd);
  const named = (dataset as { profileId?: unknown } | null)?.profileId;
  if (typeof named !== 'string') {
    return {
      ok: false,
      message:
        dataset === undefined
          ? {
              de: '--profile fehlt: welches Kreisprofil? --profile <name|profil.json> angeben.',
              en: '--profile is missing: which county profile? Pass --profile <name|profile.json>.',
            }
          : {
              de: 'der Datensatz nennt kein Profil (profileId): --profile <name|profil.json> angeben.',
              en: 'the dataset names no profile (profileId): pass --profile <name|profile.json>.',
            },
    };
  }
  const builtIn = builtInProfiles[named];
  if (builtIn) return { ok: true, value: builtIn };
  const names = Object.keys(builtInProfiles).join(', ');
  return {
    ok: false,
    message: {
      de: `der Datensatz nennt das Profil „${named}“, das nicht eingebaut ist (eingebaut: ${names}): --profile <profil.json> angeben.`,
      en: `the dataset names the profile "${named}", which is not built in (built in: ${names}): pass --profile <profile.json>.`,
    },
  };
}

/** Reports a failed command in German and English and returns its exit code (1 unless told otherwise). */
export function failure(io: CommandIo, message: LocalizedMessage, code = 1): number {
  io.stderr.write(`Fehler: ${message.de}\nError: ${message.en}\n`);
  return code;
}

/** The hint under a usage error: where the full usage is (`vielfalt validate --help`). */
function helpHint(usage: string): string {
  const command = /^vielfalt [a-z-]+/.exec(usage)?.[0] ?? 'vielfalt';
  return `${command} --help zeigt alle Optionen / shows every option.`;
}

/**
 * Reports a usage error in German and English (the chosen language may itself be the mistake) and returns
 * exit code 2: one line with the message, the problems if there are any, and a hint where the usage is,
 * instead of the whole usage text that would bury the message.
 */
export function usageError(
  io: CommandIo,
  message: LocalizedMessage,
  usage: string,
  problems: readonly Problem[] = [],
): number {
  const details = problems
    .map((problem) => `  - ${problem.message.de}\n    ${problem.message.en}\n`)
    .join('');
  io.stderr.write(`Fehler: ${message.de} / Error: ${message.en}\n${details}${helpHint(usage)}\n`);
  return 2;
}
