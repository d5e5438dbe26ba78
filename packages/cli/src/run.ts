import type { CommandIo } from './command.js';
import { commands } from './commands.js';

async function help(io: CommandIo): Promise<void> {
  io.stdout.write('vielfalt <command> [options]\n\nCommands:\n');
  for (const [name, load] of Object.entries(commands)) {
    const { command } = await load();
    io.stdout.write(`  ${name.padEnd(12)} ${command.summary}\n`);
  }
  io.stdout.write('\nvielfalt <command> --help shows the options of one command.\n');
}

/** Runs the `vielfalt` command line and returns its exit code (0 ok, 1 problems found, 2 usage error). */
export async function run(argv: string[], io: CommandIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    await help(io);
    return name ? 0 : 2;
  }
  const load = commands[name];
  if (!load) {
    io.stderr.write(
      `Unbekannter Befehl „${name}“. / Unknown command "${name}".\nvielfalt --help lists the commands.\n`,
    );
    return 2;
  }
  const { command } = await load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(`${command.usage}\n`);
    return 0;
  }
  return command.run(rest, io);
}
