/** Where a command writes; tests pass their own to read what a command printed. */
export interface CommandIo {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  cwd: string;
}

/** One `vielfalt` subcommand. `run` returns the process exit code. */
export interface Command {
  summary: string;
  usage: string;
  run(args: string[], io: CommandIo): Promise<number>;
}
