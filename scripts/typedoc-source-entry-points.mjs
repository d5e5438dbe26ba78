// @ts-check
// A TypeDoc plugin: in packages mode, each package's entry points are the `@vielfalt/source` targets of its
// package.json `exports`, so the API reference documents exactly the public subpaths and never drifts
// from what the package publishes. Wildcard exports (`./schemas/*`, `./data/*`) are data files, not code.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

/** The condition through which workspace packages point at their TypeScript sources. */
export const SOURCE_CONDITION = '@vielfalt/source';

/**
 * Source files behind a package's exports, in export order.
 * @param {unknown} exportsField the package.json `exports` value
 * @returns {string[]} paths relative to the package directory
 */
export function sourceEntryPoints(exportsField) {
  if (exportsField === null || typeof exportsField !== 'object' || Array.isArray(exportsField)) return [];
  /** @type {string[]} */
  const entries = [];
  for (const [subpath, target] of Object.entries(exportsField)) {
    if (subpath.includes('*') || target === null || typeof target !== 'object') continue;
    const source = /** @type {Record<string, unknown>} */ (target)[SOURCE_CONDITION];
    if (typeof source === 'string') entries.push(source);
  }
  return entries;
}

/** @typedef {import('typedoc').OptionsReader} OptionsReader */

/** @implements {OptionsReader} */
class SourceEntryPointsReader {
  // After TypeDoc's own readers (typedoc.json 100, package.json 150, tsconfig 200): a package's explicit
  // `typedocOptions.entryPoints` still wins.
  order = 300;
  supportsPackages = true;
  name = 'vielfalt-source-entry-points';

  /**
   * @param {import('typedoc').Options} container
   * @param {import('typedoc').Logger} _logger
   * @param {string} cwd
   */
  read(container, _logger, cwd) {
    const manifest = join(cwd, 'package.json');
    if (!existsSync(manifest) || container.isSet('entryPoints')) return;
    const entries = sourceEntryPoints(JSON.parse(readFileSync(manifest, 'utf8')).exports);
    if (entries.length > 0) container.setValue('entryPoints', entries, cwd);
  }
}

/**
 * TypeDoc calls this when it loads the plugin.
 * @param {import('typedoc').Application} app
 */
export function load(app) {
  app.options.addReader(new SourceEntryPointsReader());
}
