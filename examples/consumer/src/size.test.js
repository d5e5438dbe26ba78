// @ts-check
// Issue 13: what `import { loadOfferIndex } from '@vielfalt/search'` costs a page, bundled from the packed
// package: at most 16 KB gzip, without zod (the feed is checked by its outline, not by the zod schema).
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { expect, inject, test } from 'vitest';

const { project } = inject('consumer');
const KB = 1024;

test('loadOfferIndex alone is at most 16 KB gzip and carries no zod', async () => {
  const dir = join(project, 'checks', 'size');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'search.js'),
    "import { loadOfferIndex } from '@vielfalt/search';\nglobalThis.load = loadOfferIndex;\n",
  );
  const result = await build({
    absWorkingDir: dir,
    entryPoints: ['./search.js'],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'error',
  });
  const code = result.outputFiles[0]?.text ?? '';
  const gzip = gzipSync(code).length;
  console.info(
    `loadOfferIndex from the packed package: ${(gzip / KB).toFixed(1)} KB gzip (${(code.length / KB).toFixed(1)} KB minified)`,
  );
  expect(code).toContain('vielfalt-feed');
  expect(code).not.toContain('$ZodType');
  expect(gzip).toBeLessThanOrEqual(16 * KB);
});
