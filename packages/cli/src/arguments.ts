import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { LocalizedMessage } from '@vielfalt/model';
import type { CommandIo } from './command.js';
import { usageError } from './input.js';
import { closest } from './suggest.js';

/** What `parseArgs` from `node:util` returns for the configuration `T`. */
export type ParsedArguments<T extends ParseArgsConfig> = ReturnType<typeof parseArgs<T>>;

/** The first quoted token in one of Node's parseArgs messages (`Unknown option '--verbose'. …`). */
function quoted(message: string): string {
  return /'([^']*)'/.exec(message)?.[1] ?? '';
}

/** Node's untranslated parseArgs error, said in German and English, with "did you mean" for a typo. */
function explain(error: NodeJS.ErrnoException, config: ParseArgsConfig): LocalizedMessage {
  const { code, message } = error;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const option = quoted(message);
    const known = Object.keys(config.options ?? {}).map((name) => `--${name}`);
    const guess = closest(option.split('=')[0] ?? option, [...known, '--help']);
    return guess
      ? {
          de: `unbekannte Option „${option}“. Meinten Sie ${guess}?`,
          en: `unknown option "${option}". Did you mean ${guess}?`,
        }
      : { de: `unbekannte Option „${option}“.`, en: `unknown option "${option}".` };
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const option = quoted(message).split(' ')[0] ?? '';
    return message.includes('argument missing')
      ? { de: `${option} braucht einen Wert.`, en: `${option} needs a value.` }
      : { de: `${option} nimmt keinen Wert an.`, en: `${option} takes no value.` };
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    const argument = quoted(message);
    return {
      de: `unerwartete Angabe „${argument}“: dieser Befehl nimmt nur Optionen.`,
      en: `unexpected argument "${argument}": this command takes options only.`,
    };
  }
  return { de: `ungültiger Aufruf: ${message}`, en: `invalid arguments: ${message}` };
}

/**
 * Parses a command's arguments with `parseArgs` from `node:util`. An unknown option (with the closest known
 * one as a suggestion), a missing value or an unexpected argument is reported as a one-line usage error in
 * German and English, and the exit code 2 is returned instead of the result.
 */
export function parseCommandArgs<T extends ParseArgsConfig>(
  io: CommandIo,
  usage: string,
  config: T,
): ParsedArguments<T> | number {
  try {
    return parseArgs(config);
  } catch (error) {
    return usageError(io, explain(error as NodeJS.ErrnoException, config), usage);
  }
}
