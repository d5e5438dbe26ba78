import type { CommandLoader } from './command.js';

/**
 * The subcommands, loaded on demand so `vielfalt validate` does not pay for the server or the search engine.
 * Add a command by adding its module under `commands/` and one line here.
 */
export const commands: Record<string, CommandLoader> = {
  validate: () => import('./commands/validate.js'),
  klima: () => import('./commands/klima.js'), // vielfalt klima check|score|report <file> [--format json|md|html] [--seed N] [--out dir]
  index: () => import('./commands/index.js'), // vielfalt index build <dataset> --out feed.json
  search: () => import('./commands/search.js'),
  serve: () => import('./commands/serve.js'),
  user: () => import('./commands/user.js'), // vielfalt user add --role moderator --email …
  import: () => import('./commands/import.js'), // vielfalt import csv|hsds <file> --out dataset.json
  export: () => import('./commands/export.js'), // vielfalt export hsds|jsonld|csv <dataset> --out <dir|file>
};
