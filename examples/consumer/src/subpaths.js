// @ts-check
// The export subpaths of an installed package, as import specifiers a consumer would write.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @typedef {object} Subpath
 * @property {string} specifier e.g. `@vielfalt/search/core`
 * @property {'module' | 'json' | 'file'} kind how a consumer loads it: as code, as JSON, or only by path
 */

/**
 * Every subpath in `exports`; a pattern (`./schemas/*`) stands for every packed file it matches.
 * @param {string} project
 * @param {{ name: string, files: string[] }} pkg
 * @returns {Subpath[]}
 */
export function subpaths(project, pkg) {
  const manifest = JSON.parse(
    readFileSync(join(project, 'node_modules', pkg.name, 'package.json'), 'utf8'),
  );
  /** @type {Subpath[]} */
  const found = [];
  for (const [key, target] of Object.entries(manifest.exports ?? {})) {
    const file = typeof target === 'string' ? target : (target.default ?? target.import);
    if (key.includes('*')) {
      const [before, after] = file.replace(/^\.\//, '').split('*');
      for (const packed of pkg.files.filter((f) => f.startsWith(before) && f.endsWith(after)))
        found.push(
          entry(
            `${pkg.name}/${key.slice(2).replace('*', packed.slice(before.length, packed.length - after.length))}`,
            packed,
          ),
        );
    } else {
      found.push(entry(key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`, file));
    }
  }
  return found;
}

/**
 * @param {string} specifier
 * @param {string} file
 * @returns {Subpath}
 */
function entry(specifier, file) {
  const kind = /\.[cm]?js$/.test(file) ? 'module' : file.endsWith('.json') ? 'json' : 'file';
  return { specifier, kind };
}
