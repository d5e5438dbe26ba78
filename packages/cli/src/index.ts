/**
 * The `vielfalt` command line for county IT staff, callable from code with {@link run}.
 *
 * @packageDocumentation
 */
export { run } from './run.js';
export type { Command, CommandIo, CommandLoader, OutputStream } from './command.js';
