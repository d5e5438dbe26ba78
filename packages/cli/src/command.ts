/** A stream a command writes to: `process.stdout` or a test's collector. */
export interface OutputStream {
  /** Writes text as it is (no newline added). */
  write(text: string): unknown;
  /** Whether a terminal is attached (for colour or progress output). */
  isTTY?: boolean;
}

/** Where a command writes; tests pass their own to read what a command printed. */
export interface CommandIo {
  /** Results and reports. */
  stdout: OutputStream;
  /** Usage errors and diagnostics. */
  stderr: OutputStream;
  /** The directory relative paths on the command line are resolved against. */
  cwd: string;
}

/** One `vielfalt` subcommand. */
export interface Command {
  /** One line for `vielfalt --help`. */
  summary: string;
  /** The full usage text for `vielfalt <command> --help` and usage errors. */
  usage: string;
  /** Runs the command with its arguments (after the command name) and returns the process exit code. */
  run(args: string[], io: CommandIo): Promise<number>;
}

/** Loads the module of a subcommand on demand. */
export type CommandLoader = () => Promise<{ command: Command }>;
