// @ts-check
// The packages as npm users get them: every public package packed with `npm pack` (its prepack and postpack
// run, as on `npm publish`) and the tarballs installed into a new project outside the repository.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { workspacePackages } from '../../../scripts/lib/workspace.mjs';

const run = promisify(execFile);

/**
 * The environment for the npm commands: without the `npm_*` variables of the `npm test` that started us (such
 * as `npm_config_local_prefix`, which would point npm back at the repository).
 */
export const npmEnv = {
  ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key))),
  npm_config_update_notifier: 'false',
};

/** The repository root. */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * @typedef {object} PackedPackage
 * @property {string} name
 * @property {string} dir the package folder in the repository
 * @property {string} tarball absolute path of the .tgz
 * @property {string[]} files the paths in the tarball, sorted
 * @property {number} unpackedSize bytes
 * @property {string} integrity
 */

/** The public packages of the workspace. */
export function publicPackages() {
  return workspacePackages(repoRoot).filter((pkg) => !pkg.private);
}

/**
 * Packs every public package into `target`. Each is packed from a copy of what `files` names (in a folder
 * that mirrors the repository, so its prepack script finds `scripts/`): the workspace's own manifests stay
 * untouched while other packages' tests resolve them.
 * @param {string} target
 * @returns {Promise<PackedPackage[]>}
 */
export async function packAll(target) {
  const staging = join(target, 'staging');
  mkdirSync(join(staging, 'scripts'), { recursive: true });
  cpSync(
    join(repoRoot, 'scripts/publish-manifest.mjs'),
    join(staging, 'scripts/publish-manifest.mjs'),
  );
  return Promise.all(
    publicPackages().map(async (pkg) => {
      const copy = join(staging, 'packages', pkg.dir.split(/[/\\]/).pop() ?? pkg.name);
      mkdirSync(copy, { recursive: true });
      const always = ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md'];
      for (const entry of [...always, ...(pkg.manifest.files ?? [])]) {
        if (existsSync(join(pkg.dir, entry)))
          cpSync(join(pkg.dir, entry), join(copy, entry), { recursive: true });
      }
      const { stdout } = await run(
        'npm',
        ['pack', '--json', '--pack-destination', target, '--loglevel', 'error'],
        { cwd: copy, env: npmEnv },
      );
      const [info] = JSON.parse(stdout.slice(stdout.indexOf('[')));
      return {
        name: pkg.name,
        dir: pkg.dir,
        tarball: join(target, info.filename),
        files: info.files.map((/** @type {{ path: string }} */ f) => f.path).sort(),
        unpackedSize: info.unpackedSize,
        integrity: info.integrity,
      };
    }),
  );
}

/** What the consumer project installs from the registry besides the tarballs (types the server's API uses). */
const registryDependencies = { '@types/node': '^20.19.0' };

/**
 * Installs the tarballs into a project in the system temp folder and returns its path. Dependencies come from
 * the npm cache or the registry; install scripts do not run (a consumer's bundler or browser never needs
 * them, and better-sqlite3 loads its binary only when a database is opened). The installed project is kept
 * for the next run while the tarballs stay byte-identical (npm pack is reproducible).
 * @param {PackedPackage[]} packed
 * @returns {Promise<string>}
 */
export async function installProject(packed) {
  const key = createHash('sha256')
    .update(JSON.stringify([packed.map((p) => p.integrity).sort(), registryDependencies]))
    .digest('hex')
    .slice(0, 16);
  const base = join(tmpdir(), 'vielfalt-consumer');
  const project = join(base, key);
  if (existsSync(join(project, 'installed'))) return project;
  // Projects of older tarballs are of no use any more.
  if (existsSync(base))
    for (const old of readdirSync(base)) rmSync(join(base, old), { recursive: true, force: true });
  mkdirSync(join(project, 'tarballs'), { recursive: true });
  /** @type {Record<string, string>} */
  const dependencies = { ...registryDependencies };
  for (const pkg of packed) {
    const file = join(project, 'tarballs', pkg.tarball.split(/[/\\]/).pop() ?? '');
    cpSync(pkg.tarball, file);
    dependencies[pkg.name] = `file:${file}`;
  }
  const manifest = {
    name: 'vielfalt-consumer',
    private: true,
    type: 'module',
    dependencies,
    // The packages depend on each other by version (0.0.0); these pin that to the tarballs.
    overrides: Object.fromEntries(packed.map((pkg) => [pkg.name, `$${pkg.name}`])),
  };
  writeFileSync(join(project, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  await run(
    'npm',
    [
      'install',
      '--prefer-offline',
      '--ignore-scripts',
      '--no-audit',
      '--no-fund',
      '--loglevel',
      'error',
    ],
    { cwd: project, env: npmEnv },
  );
  writeFileSync(join(project, 'installed'), new Date().toISOString());
  return project;
}
