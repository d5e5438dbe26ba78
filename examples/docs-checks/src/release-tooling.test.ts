import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pointedFiles } from '../../../scripts/release-check.mjs';
import { markdownTable } from '../../../scripts/lib/table.mjs';
import {
  copyWorkingTree,
  linkNodeModules,
  workspacePackages,
} from '../../../scripts/lib/workspace.mjs';
import { sourceEntryPoints } from '../../../scripts/typedoc-source-entry-points.mjs';

const scratch = mkdtempSync(join(tmpdir(), 'vf-release-tooling-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const exportsField = {
  '.': {
    '@vielfalt/source': './src/index.ts',
    types: './dist/index.d.ts',
    import: './dist/index.js',
  },
  './hsds': {
    '@vielfalt/source': './src/hsds/index.ts',
    types: './dist/hsds.d.ts',
    import: './dist/hsds.js',
  },
  './schemas/*': './schemas/*',
  './package.json': './package.json',
};

describe('sourceEntryPoints (typedoc plugin)', () => {
  it('documents exactly the source files behind the exports, named by import specifier', () => {
    expect(sourceEntryPoints('@vielfalt/model', exportsField)).toEqual([
      { specifier: '@vielfalt/model', source: './src/index.ts' },
      { specifier: '@vielfalt/model/hsds', source: './src/hsds/index.ts' },
    ]);
  });

  it('finds nothing in a package without exports', () => {
    expect(sourceEntryPoints('x', undefined)).toEqual([]);
    expect(sourceEntryPoints('x', './index.js')).toEqual([]);
  });
});

describe('pointedFiles (npm pack check)', () => {
  it('lists every built file the manifest promises, never the workspace sources', () => {
    const files = pointedFiles({
      exports: exportsField,
      bin: { vielfalt: './dist/main.js' },
      types: './dist/index.d.ts',
    });
    expect(files.sort()).toEqual(
      [
        'dist/hsds.d.ts',
        'dist/hsds.js',
        'dist/index.d.ts',
        'dist/index.js',
        'dist/main.js',
        'package.json',
      ].sort(),
    );
  });
});

describe('markdownTable', () => {
  it('pads columns to the widest cell', () => {
    expect(markdownTable(['a', 'long header'], [['wide cell', 'x']])).toBe(
      [
        '| a         | long header |',
        '|-----------|-------------|',
        '| wide cell | x           |',
      ].join('\n'),
    );
  });
});

describe('copyWorkingTree and linkNodeModules', () => {
  it('copies tracked and new files but not ignored ones, and relinks workspace packages into the copy', () => {
    const repo = join(scratch, 'repo');
    mkdirSync(join(repo, 'packages/one/dist'), { recursive: true });
    mkdirSync(join(repo, 'examples'), { recursive: true });
    mkdirSync(join(repo, 'node_modules/@scope'), { recursive: true });
    mkdirSync(join(repo, 'node_modules/left-pad'), { recursive: true });
    writeFileSync(join(repo, '.gitignore'), 'node_modules/\ndist/\n');
    writeFileSync(
      join(repo, 'packages/one/package.json'),
      '{"name":"@scope/one","version":"1.0.0"}',
    );
    writeFileSync(join(repo, 'packages/one/dist/index.js'), 'built');
    writeFileSync(join(repo, 'node_modules/left-pad/index.js'), 'dependency');
    symlinkSync('../../packages/one', join(repo, 'node_modules/@scope/one'));
    execFileSync('git', ['init', '-q'], { cwd: repo });
    execFileSync('git', ['add', '.gitignore', 'packages/one/package.json'], { cwd: repo });
    writeFileSync(join(repo, 'untracked.md'), 'new page');

    const copy = join(scratch, 'copy');
    mkdirSync(copy);
    expect(copyWorkingTree(repo, copy)).toBe(3);
    expect(readFileSync(join(copy, 'untracked.md'), 'utf8')).toBe('new page');
    expect(existsSync(join(copy, 'packages/one/dist'))).toBe(false);

    linkNodeModules(repo, copy);
    expect(realpathSync(join(copy, 'node_modules/@scope/one'))).toBe(
      realpathSync(join(copy, 'packages/one')),
    );
    expect(readFileSync(join(copy, 'node_modules/left-pad/index.js'), 'utf8')).toBe('dependency');
    expect(workspacePackages(copy).map((pkg) => `${pkg.name}@${pkg.version}`)).toEqual([
      '@scope/one@1.0.0',
    ]);
  });
});
