// @ts-check
// (a) Every export subpath of every package loads in Node, with `import` and with `require()` (Node ≥ 20.19
// loads ES modules through require), from the installed tarballs.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, inject, test } from 'vitest';
import { subpaths } from './subpaths.js';

const run = promisify(execFile);
const { project, packed } = inject('consumer');
const all = packed.flatMap((pkg) => subpaths(project, pkg));

/**
 * Loads every subpath in one Node process in the consumer project and returns what failed, by specifier.
 * @param {'import' | 'require'} how
 * @param {string[]} [nodeArgs]
 * @returns {Promise<Record<string, string>>}
 */
async function load(how, nodeArgs = []) {
  const script =
    how === 'import'
      ? `const failed = {};
         for (const { specifier, kind } of JSON.parse(process.argv[1])) {
           try {
             if (kind === 'module') await import(specifier);
             else if (kind === 'json') await import(specifier, { with: { type: 'json' } });
             else await import('node:fs').then((fs) => fs.accessSync(new URL(import.meta.resolve(specifier))));
           } catch (error) { failed[specifier] = String(error?.code ?? '') + ' ' + String(error?.message ?? error).split('\\n')[0]; }
         }
         console.log(JSON.stringify(failed));`
      : `const failed = {};
         for (const { specifier, kind } of JSON.parse(process.argv[1])) {
           try {
             if (kind === 'file') require('node:fs').accessSync(require.resolve(specifier));
             else require(specifier);
           } catch (error) { failed[specifier] = String(error?.code ?? '') + ' ' + String(error?.message ?? error).split('\\n')[0]; }
         }
         console.log(JSON.stringify(failed));`;
  const { stdout } = await run(
    process.execPath,
    [
      '--no-warnings',
      ...nodeArgs,
      ...(how === 'import' ? ['--input-type=module'] : ['--input-type=commonjs']),
      '-e',
      script,
      JSON.stringify(all),
    ],
    { cwd: project, maxBuffer: 16 * 1024 * 1024 },
  );
  return JSON.parse(stdout.trim().split('\n').pop() ?? '{}');
}

describe('every export subpath in Node', () => {
  test('there is something to load: every package, its subpaths and data files', () => {
    expect(new Set(all.map((s) => s.specifier.split('/').slice(0, 2).join('/')))).toEqual(
      new Set(packed.map((p) => p.name)),
    );
    expect(all.map((s) => s.specifier)).toEqual(
      expect.arrayContaining([
        '@vielfalt/search/core',
        '@vielfalt/elements/define/offer-search',
        '@vielfalt/elements/cdn',
        '@vielfalt/model/schemas/dataset.json',
        '@vielfalt/sample-data/recklinghausen-sample.json',
      ]),
    );
  });

  test.concurrent('with import', async ({ expect }) => {
    expect(await load('import')).toEqual({});
  });

  test.concurrent('with require()', async ({ expect }) => {
    expect(await load('require')).toEqual({});
  });

  test.concurrent(
    'with the workspace source condition set: it is not published, so nothing changes',
    async ({ expect }) => {
      for (const pkg of packed) {
        const manifest = JSON.parse(
          readFileSync(join(project, 'node_modules', pkg.name, 'package.json'), 'utf8'),
        );
        expect(JSON.stringify(manifest.exports), pkg.name).not.toContain('@vielfalt/source');
      }
      expect(await load('import', ['--conditions=@vielfalt/source'])).toEqual({});
    },
  );
});
