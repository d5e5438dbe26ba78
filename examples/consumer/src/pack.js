// @ts-check
// The packages as npm users get them: every public package packed with `npm pack` (its prepack and postpack
// run, as on `npm publish`) and the tarballs installed into a new project outside the repository.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
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
 * untouched while other packages' tests resolve them. One `npm pack` packs them all (running each prepack and
 * postpack), which saves an npm start per package.
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
  const packages = publicPackages();
  const copies = packages.map((pkg) => {
    const copy = join(staging, 'packages', pkg.dir.split(/[/\\]/).pop() ?? pkg.name);
    mkdirSync(copy, { recursive: true });
    const always = ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md'];
    for (const entry of [...always, ...(pkg.manifest.files ?? [])]) {
      if (existsSync(join(pkg.dir, entry)))
        cpSync(join(pkg.dir, entry), join(copy, entry), { recursive: true });
    }
    return copy;
  });
  const { stdout } = await run(
    'npm',
    ['pack', '--json', '--pack-destination', target, '--loglevel', 'error', ...copies],
    { cwd: staging, env: npmEnv, maxBuffer: 64 * 1024 * 1024 },
  );
  /** @type {{ name: string, filename: string, files: { path: string }[], unpackedSize: number, integrity: string }[]} */
  const infos = JSON.parse(stdout.slice(stdout.indexOf('[')));
  return packages.map((pkg) => {
    const info = infos.find((i) => i.name === pkg.name);
    if (!info) throw new Error(`npm pack did not pack ${pkg.name}`);
    return {
      name: pkg.name,
      dir: pkg.dir,
      tarball: join(target, info.filename),
      files: info.files.map((f) => f.path).sort(),
      unpackedSize: info.unpackedSize,
      integrity: info.integrity,
    };
  });
}

/** What the consumer project installs from the registry besides the tarballs (types the server's API uses). */
const registryDependencies = { '@types/node': '^20.19.0' };

/**
 * Installs the tarballs into a project in the system temp folder. Dependencies come from the npm cache or the
 * registry; install scripts do not run (a consumer's bundler or browser never needs them, and better-sqlite3
 * loads its binary only when a database is opened). The installed project is kept for the next run while the
 * tarballs stay byte-identical (npm pack is reproducible), so a rerun after a change elsewhere installs nothing.
 * @param {PackedPackage[]} packed
 * @returns {Promise<{ project: string, reused: boolean }>}
 */
export async function installProject(packed) {
  const hash = (/** @type {unknown} */ value) =>
    createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);
  const key = hash([packed.map((p) => p.integrity).sort(), registryDependencies]);
  // One folder per checkout: runs in other clones on this machine keep their projects.
  const base = join(tmpdir(), `vielfalt-consumer-${hash(repoRoot).slice(0, 8)}`);
  const project = join(base, key);
  if (existsSync(join(project, 'installed'))) return { project, reused: true };
  mkdirSync(base, { recursive: true });
  // Installed in a folder of its own and then moved into place: two runs at once never share a half-installed
  // project. Paths inside are relative (npm's links and lock file too), so the move keeps it working.
  const partial = mkdtempSync(join(base, `${key}.part-`));
  mkdirSync(join(partial, 'tarballs'));
  /** @type {Record<string, string>} */
  const dependencies = { ...registryDependencies };
  for (const pkg of packed) {
    const file = `tarballs/${pkg.tarball.split(/[/\\]/).pop()}`;
    cpSync(pkg.tarball, join(partial, file));
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
  writeFileSync(join(partial, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  try {
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
      { cwd: partial, env: npmEnv },
    );
    writeFileSync(join(partial, 'installed'), new Date().toISOString());
    renameSync(partial, project);
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    // Another run installed the same tarballs first: use that.
    if (existsSync(join(project, 'installed'))) return { project, reused: true };
    throw error;
  }
  // Projects of older tarballs are of no use any more; folders being installed are left alone unless a run
  // that died left them behind over an hour ago.
  for (const old of readdirSync(base)) {
    const stale =
      !old.includes('.part-') || statSync(join(base, old)).mtimeMs < Date.now() - 3_600_000;
    if (old !== key && stale) rmSync(join(base, old), { recursive: true, force: true });
  }
  return { project, reused: false };
}
