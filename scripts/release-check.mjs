#!/usr/bin/env node
// @ts-check
// `npm run release:check`: rehearses a release on a throwaway copy of the working tree, so nothing here
// touches your checkout. In the copy it applies the pending changesets (versions and CHANGELOGs), builds,
// and checks every public package the way npm users will receive it: the packed file list, publint
// --strict, Are-the-types-wrong (ESM-only profile) and the size budgets. Prints one table; exits 1 when
// any check fails. `--keep` leaves the copy in place for a closer look.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { markdownTable } from './lib/table.mjs';
import { copyWorkingTree, linkNodeModules, workspacePackages } from './lib/workspace.mjs';

/** @typedef {import('./lib/workspace.mjs').WorkspacePackage} WorkspacePackage */

const root = fileURLToPath(new URL('..', import.meta.url));
const keep = process.argv.includes('--keep');

/**
 * @typedef {{ ok: boolean, text: string, output?: string }} Verdict
 * @typedef {{ code: number, output: string }} Finished
 */

/**
 * Runs a command and collects stdout and stderr together, never throwing.
 * @param {string} command
 * @param {string[]} args
 * @param {string} cwd
 * @returns {Promise<Finished>}
 */
function exec(command, args, cwd) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ code: 127, output: String(error) }));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/**
 * @param {string} step
 * @param {Finished} result
 */
function requireSuccess(step, result) {
  if (result.code === 0) return;
  console.error(result.output);
  throw new Error(`${step} failed (exit ${result.code}) / ${step} ist fehlgeschlagen`);
}

/**
 * `npm pack --dry-run`: the tarball has the README, and every file the manifest points at.
 * @param {string} dir
 * @param {Record<string, any>} manifest
 * @returns {Promise<Verdict>}
 */
async function checkPack(dir, manifest) {
  const result = await exec('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], dir);
  if (result.code !== 0) return { ok: false, text: 'npm pack failed', output: result.output };
  const [pack] = JSON.parse(result.output.slice(result.output.indexOf('[')));
  const files = new Set(pack.files.map((/** @type {{path: string}} */ file) => file.path));
  const wanted = ['README.md', ...pointedFiles(manifest)];
  const missing = wanted.filter((file) => !files.has(file));
  const size = `${files.size} files, ${(pack.size / 1024).toFixed(1)} kB`;
  return missing.length === 0
    ? { ok: true, text: size }
    : { ok: false, text: `missing ${missing.join(', ')}`, output: [...files].join('\n') };
}

/**
 * Files named by `exports` (every condition but the workspace source one), `bin` and `types`.
 * @param {Record<string, any>} manifest
 * @returns {string[]}
 */
export function pointedFiles(manifest) {
  /** @type {string[]} */
  const found = [];
  /** @param {unknown} value */
  const visit = (value) => {
    if (typeof value === 'string') {
      if (!value.includes('*')) found.push(value.replace(/^\.\//, ''));
    } else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value))
        if (key !== '@vielfalt/source') visit(inner);
    }
  };
  visit(manifest.exports);
  visit(manifest.bin);
  visit(manifest.types);
  return [...new Set(found)];
}

/**
 * @param {string} copyRoot
 * @param {string} dir
 * @returns {Promise<Verdict>}
 */
async function checkPublint(copyRoot, dir) {
  const result = await exec(
    join(copyRoot, 'node_modules/.bin/publint'),
    ['run', '--strict', '.'],
    dir,
  );
  return {
    ok: result.code === 0,
    text: result.code === 0 ? 'clean' : 'problems',
    output: result.output,
  };
}

/**
 * @param {string} copyRoot
 * @param {string} dir
 * @returns {Promise<Verdict>}
 */
async function checkTypes(copyRoot, dir) {
  const args = [
    '--pack',
    '.',
    '--profile',
    'esm-only',
    '--format',
    'table',
    '--no-emoji',
    '--no-color',
  ];
  const result = await exec(join(copyRoot, 'node_modules/.bin/attw'), args, dir);
  return {
    ok: result.code === 0,
    text: result.code === 0 ? 'clean' : 'problems',
    output: result.output,
  };
}

/**
 * The package's own size budgets are the contract: its `size` script when it has one, else its size tests
 * (`*size*.test.ts` under src). A package with neither gets the gzip size of its built JavaScript reported,
 * without a budget.
 * @param {string} copyRoot
 * @param {WorkspacePackage} pkg
 * @returns {Promise<Verdict>}
 */
async function checkSize(copyRoot, pkg) {
  if (typeof pkg.manifest.scripts?.size === 'string') {
    const result = await exec('npm', ['run', 'size'], pkg.dir);
    return {
      ok: result.code === 0,
      text: `npm run size ${result.code === 0 ? 'passed' : 'failed'}`,
      output: result.output,
    };
  }
  const tests = findFiles(join(pkg.dir, 'src'), (name) => /size[\w.-]*\.test\.ts$/.test(name));
  if (tests.length > 0) {
    const files = tests.map((file) => relative(pkg.dir, file));
    const result = await exec(
      join(copyRoot, 'node_modules/.bin/vitest'),
      ['run', ...files],
      pkg.dir,
    );
    return {
      ok: result.code === 0,
      text: `${files.join(', ')} ${result.code === 0 ? 'passed' : 'failed'}`,
      output: result.output,
    };
  }
  const scripts = findFiles(join(pkg.dir, 'dist'), (name) => name.endsWith('.js'));
  const bytes = scripts.reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0);
  return {
    ok: scripts.length > 0,
    text: `${(bytes / 1024).toFixed(1)} kB gzip in dist (no budget)`,
  };
}

/**
 * @param {string} dir
 * @param {(name: string) => boolean} accept
 * @returns {string[]}
 */
function findFiles(dir, accept) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory())
      return entry === 'node_modules' ? [] : findFiles(path, accept);
    return accept(entry) ? [path] : [];
  });
}

async function main() {
  const copyRoot = mkdtempSync(join(tmpdir(), 'vielfalt-release-'));
  let failed = false;
  try {
    const files = copyWorkingTree(root, copyRoot);
    linkNodeModules(root, copyRoot);
    console.log(`Copied ${files} files to ${copyRoot}`);
    const before = new Map(workspacePackages(copyRoot).map((pkg) => [pkg.name, pkg.version]));

    console.log('changeset version …');
    requireSuccess(
      'changeset version',
      await exec(join(copyRoot, 'node_modules/.bin/changeset'), ['version'], copyRoot),
    );
    console.log('npm run build …');
    requireSuccess('npm run build', await exec('npm', ['run', 'build'], copyRoot));

    const packages = workspacePackages(copyRoot).filter((pkg) => !pkg.private);
    const rows = await Promise.all(
      packages.map(async (pkg) => {
        const previous = before.get(pkg.name) ?? '(new)';
        const bumped = previous !== pkg.version;
        const changelog = existsSync(join(pkg.dir, 'CHANGELOG.md'));
        /** @type {Verdict} */
        const version =
          bumped && !changelog
            ? { ok: false, text: `${previous} → ${pkg.version}, no CHANGELOG.md` }
            : {
                ok: true,
                text: bumped ? `${previous} → ${pkg.version}` : `${pkg.version} (unchanged)`,
              };
        const [pack, publint, types] = await Promise.all([
          checkPack(pkg.dir, pkg.manifest),
          checkPublint(copyRoot, pkg.dir),
          checkTypes(copyRoot, pkg.dir),
        ]);
        const size = await checkSize(copyRoot, pkg);
        return { name: pkg.name, verdicts: [version, pack, publint, types, size] };
      }),
    );

    for (const row of rows) {
      for (const verdict of row.verdicts.filter((v) => !v.ok && v.output)) {
        console.error(`\n--- ${row.name}: ${verdict.text}\n${verdict.output}`);
      }
    }
    const table = rows.map((row) => [
      row.name,
      ...row.verdicts.map((verdict) => `${verdict.ok ? '✓' : '✗'} ${verdict.text}`),
    ]);
    console.log(
      '\n' +
        markdownTable(
          ['package', 'version', 'npm pack', 'publint --strict', 'attw esm-only', 'size'],
          table,
        ),
    );
    failed = rows.some((row) => row.verdicts.some((verdict) => !verdict.ok));
    console.log(
      failed
        ? '\nRelease check failed. / Release-Prüfung fehlgeschlagen.'
        : '\nRelease check passed. / Release-Prüfung bestanden.',
    );
  } finally {
    if (keep) console.log(`Kept ${copyRoot}`);
    else rmSync(copyRoot, { recursive: true, force: true });
  }
  process.exitCode = failed ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
