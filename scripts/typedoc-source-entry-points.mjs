// @ts-check
// A TypeDoc plugin: in packages mode, each package's entry points are the `@vielfalt/source` targets of its
// package.json `exports`, so the API reference documents exactly the public subpaths and never drifts
// from what the package publishes. Wildcard exports (`./schemas/*`, `./data/*`) are data files, not code.
// Each module is named by its import specifier (`@vielfalt/model/hsds`), which is what a reader types.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Converter, ReflectionKind } from 'typedoc';

/** The condition through which workspace packages point at their TypeScript sources. */
export const SOURCE_CONDITION = '@vielfalt/source';

/**
 * The source files behind a package's exports, with the import specifier of each, in export order.
 * @param {string} packageName
 * @param {unknown} exportsField the package.json `exports` value
 * @returns {{ specifier: string, source: string }[]} sources relative to the package directory
 */
export function sourceEntryPoints(packageName, exportsField) {
  if (exportsField === null || typeof exportsField !== 'object' || Array.isArray(exportsField))
    return [];
  /** @type {{ specifier: string, source: string }[]} */
  const entries = [];
  for (const [subpath, target] of Object.entries(exportsField)) {
    if (subpath.includes('*') || target === null || typeof target !== 'object') continue;
    const source = /** @type {Record<string, unknown>} */ (target)[SOURCE_CONDITION];
    if (typeof source === 'string')
      entries.push({ specifier: packageName + subpath.slice(1), source });
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

  /** @param {Map<string, string>} specifiers absolute source path → import specifier, filled while reading */
  constructor(specifiers) {
    this.specifiers = specifiers;
  }

  /**
   * @param {import('typedoc').Options} container
   * @param {import('typedoc').Logger} _logger
   * @param {string} cwd
   */
  read(container, _logger, cwd) {
    const manifestPath = join(cwd, 'package.json');
    if (!existsSync(manifestPath) || container.isSet('entryPoints')) return;
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    const entries = sourceEntryPoints(manifest.name, manifest.exports);
    if (entries.length === 0) return;
    for (const entry of entries) this.specifiers.set(resolve(cwd, entry.source), entry.specifier);
    container.setValue(
      'entryPoints',
      entries.map((entry) => entry.source),
      cwd,
    );
  }
}

/**
 * TypeDoc calls this when it loads the plugin.
 * @param {import('typedoc').Application} app
 */
export function load(app) {
  /** @type {Map<string, string>} */
  const specifiers = new Map();
  app.options.addReader(new SourceEntryPointsReader(specifiers));
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (!reflection.kindOf(ReflectionKind.Module)) return;
    const file = context
      .getSymbolFromReflection(reflection)
      ?.declarations?.[0]?.getSourceFile().fileName;
    const specifier = file === undefined ? undefined : specifiers.get(resolve(file));
    // Within a package, TypeDoc names modules by path ("index", "hsds"); the package itself keeps its name.
    if (specifier !== undefined) reflection.name = specifier;
  });
}
