import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { CommandIo } from './command.js';
import { usageError } from './input.js';

/** What `parseArgs` from `node:util` returns for the configuration `T`. */
export type ParsedArguments<T extends ParseArgsConfig> = ReturnType<typeof parseArgs<T>>;

/**
 * Parses a command's arguments with `parseArgs` from `node:util`. An unknown option or a missing value is
 * reported as a usage error in German and English, and the exit code 2 is returned instead of the result.
 */
export function parseCommandArgs<T extends ParseArgsConfig>(
  io: CommandIo,
  usage: string,
  config: T,
): ParsedArguments<T> | number {
  try {
    return parseArgs(config);
  } catch (error) {
    const reason = (error as Error).message;
    return usageError(
      io,
      { de: `Ungültiger Aufruf: ${reason}`, en: `Invalid arguments: ${reason}` },
      usage,
    );
  }
}
