import { readFile } from 'node:fs/promises';
import type { Command, CommandIo, CommandLoader } from './command.js';
import { commands as shippedCommands } from './commands.js';
import { closest } from './suggest.js';

/** This package's version, from its package.json (one folder up from both `src/` and `dist/`). */
async function version(): Promise<string> {
  const manifest = JSON.parse(
    await readFile(new URL('../package.json', import.meta.url), 'utf8'),
  ) as { version: string };
  return manifest.version;
}

/**
 * The package a command needs that is not installed, if that is why it did not load. `@vielfalt/server` is an
 * optional dependency: where its database driver cannot be built, the other commands still work.
 */
function missingPackage(error: unknown): string | undefined {
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (code !== 'ERR_MODULE_NOT_FOUND' || typeof message !== 'string') return undefined;
  return /'(@vielfalt\/server|better-sqlite3)'/.exec(message)?.[1];
}

function notInstalled(name: string, missing: string): string {
  return (
    `„vielfalt ${name}“ braucht ${missing}, das nicht installiert ist: npm install @vielfalt/server / ` +
    `"vielfalt ${name}" needs ${missing}, which is not installed: npm install @vielfalt/server\n`
  );
}

async function help(io: CommandIo, commands: Record<string, CommandLoader>): Promise<void> {
  io.stdout.write('vielfalt <command> [options]\n\nCommands:\n');
  for (const [name, load] of Object.entries(commands)) {
    let summary: string;
    try {
      summary = (await load()).command.summary;
    } catch (error) {
      const missing = missingPackage(error);
      if (missing === undefined) throw error;
      summary = `(braucht / needs ${missing}: npm install @vielfalt/server)`;
    }
    io.stdout.write(`  ${name.padEnd(12)} ${summary}\n`);
  }
  io.stdout.write(
    '\nvielfalt <command> --help shows the options of one command; vielfalt --version the version.\n',
  );
}

/**
 * Runs the `vielfalt` command line and returns its exit code (0 ok, 1 problems found, 2 usage error).
 * `commands` replaces the shipped subcommands, e.g. to add a county's own.
 */
export async function run(
  argv: string[],
  io: CommandIo,
  commands: Record<string, CommandLoader> = shippedCommands,
): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    await help(io, commands);
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`vielfalt ${await version()}\n`);
    return 0;
  }
  const load = commands[name];
  if (!load) {
    const guess = closest(name, Object.keys(commands));
    const [de, en] = guess ? [` Meinten Sie ${guess}?`, ` Did you mean ${guess}?`] : ['', ''];
    io.stderr.write(
      `Fehler: unbekannter Befehl „${name}“.${de} / Error: unknown command "${name}".${en}\n` +
        'vielfalt --help zeigt alle Befehle / lists every command.\n',
    );
    return 2;
  }
  let command: Command;
  try {
    ({ command } = await load());
  } catch (error) {
    const missing = missingPackage(error);
    if (missing === undefined) throw error;
    io.stderr.write(notInstalled(name, missing));
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(`${command.usage}\n`);
    return 0;
  }
  return command.run(rest, io);
}
