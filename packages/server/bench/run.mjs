// Bundles a benchmark written in TypeScript (workspace packages from their sources) and runs it with
// plain Node, so `npm run bench` needs no prior build. Usage: node bench/run.mjs bench/load.ts
import { mkdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const entry = process.argv[2] ?? 'bench/load.ts';
mkdirSync('node_modules/.cache', { recursive: true });
const outfile = `node_modules/.cache/bench-${entry.replace(/\W+/g, '-')}.mjs`;
await build({
  entryPoints: [entry],
  outfile,
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
await import(pathToFileURL(outfile).href);
