// @ts-check
// The workspace as the release tooling sees it: its packages, and a throwaway copy of the working tree.
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  symlinkSync,
} from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * @typedef {object} WorkspacePackage
 * @property {string} dir absolute directory
 * @property {string} name
 * @property {string} version
 * @property {boolean} private
 * @property {Record<string, any>} manifest the parsed package.json
 */

/**
 * The packages under `packages/`, sorted by name.
 * @param {string} root repository root
 * @returns {WorkspacePackage[]}
 */
export function workspacePackages(root) {
  const base = join(root, 'packages');
  return readdirSync(base)
    .map((entry) => join(base, entry))
    .filter((dir) => existsSync(join(dir, 'package.json')))
    .map((dir) => {
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      return {
        dir,
        name: manifest.name,
        version: manifest.version,
        private: manifest.private === true,
        manifest,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Copies what a fresh clone would contain plus uncommitted, non-ignored files (git's view of the working
 * tree), so ignored build output, caches and `node_modules` stay behind.
 * @param {string} root
 * @param {string} target
 * @returns {number} the number of files copied
 */
export function copyWorkingTree(root, target) {
  const listing = execFileSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
    },
  ).toString('utf8');
  let copied = 0;
  for (const file of listing.split('\0')) {
    if (file === '' || !existsSync(join(root, file))) continue; // deleted but still in the index
    mkdirSync(dirname(join(target, file)), { recursive: true });
    cpSync(join(root, file), join(target, file), { verbatimSymlinks: true });
    copied++;
  }
  return copied;
}

/**
 * Gives the copy the installed dependencies without installing again: each entry of every
 * `node_modules` becomes a symlink to the original, except workspace packages, which point into the
 * copy so that builds and packs there see the copy's (version-bumped) sources.
 * @param {string} root
 * @param {string} target
 */
export function linkNodeModules(root, target) {
  const workspaceDirs = [join(root, 'packages'), join(root, 'examples')];
  for (const dir of [
    root,
    ...workspaceDirs.flatMap((base) => readdirSync(base).map((entry) => join(base, entry))),
  ]) {
    const modules = join(dir, 'node_modules');
    if (existsSync(modules)) linkEntries(root, target, modules);
  }
}

/**
 * @param {string} root
 * @param {string} target
 * @param {string} modules an original node_modules directory (or scope directory inside it)
 */
function linkEntries(root, target, modules) {
  const copy = join(target, relative(root, modules));
  mkdirSync(copy, { recursive: true });
  for (const entry of readdirSync(modules)) {
    const original = join(modules, entry);
    if (entry.startsWith('@') && lstatSync(original).isDirectory()) {
      linkEntries(root, target, original);
      continue;
    }
    symlinkSync(workspaceTarget(root, target, original) ?? original, join(copy, entry));
  }
}

/**
 * Where a workspace link should point in the copy, or undefined for ordinary dependencies.
 * @param {string} root
 * @param {string} target
 * @param {string} original
 * @returns {string | undefined}
 */
function workspaceTarget(root, target, original) {
  if (!lstatSync(original).isSymbolicLink()) return undefined;
  const real = realpathSync(resolve(dirname(original), readlinkSync(original)));
  const inside = relative(realpathSync(root), real);
  if (inside.startsWith('..') || inside.split(/[\\/]/).includes('node_modules')) return undefined;
  return join(target, inside);
}
