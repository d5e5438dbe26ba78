// Bundles the benchmarks written in TypeScript (workspace packages from their sources) and runs one with
// plain Node, so `npm run bench` needs no prior build. Every bench/*.ts is bundled beside the others, so a
// benchmark can start another as its own process (the server under test). Usage: node bench/run.mjs bench/load.ts
import { mkdirSync, readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const entry = process.argv[2] ?? 'bench/load.ts';
const outdir = 'node_modules/.cache/bench';
mkdirSync(outdir, { recursive: true });
await build({
  entryPoints: readdirSync('bench')
    .filter((file) => file.endsWith('.ts'))
    .map((file) => `bench/${file}`),
  outdir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  conditions: ['@vielfalt/source'],
  external: ['better-sqlite3', 'pg', 'autocannon'],
  banner: {
    js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
await import(pathToFileURL(`${outdir}/${basename(entry, '.ts')}.mjs`).href);
