import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** What the size budgets measure, in bytes; every file gzipped on its own, as a browser fetches it. */
export interface BundleSize {
  readonly entry: string;
  /** The entry file and every file it imports statically, minified. */
  readonly minified: number;
  /** The same, gzipped: what a page that includes the entry fetches before anything runs. */
  readonly gzipped: number;
  /** Files loaded on demand (gzip): elements registered when their tag appears, and languages other than German. */
  readonly onDemand: number;
}

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Bundles a built file of this package (`dist/…`, what npm publishes, with the other packages' `dist` too) the
 * way an app's bundler would (esbuild, minified, ES2022, browser, split) and measures it with its static
 * imports; chunks loaded on demand are reported apart. `external` leaves packages out, to measure this
 * package's own share.
 */
export async function bundleSize(
  entry: string,
  external: readonly string[] = [],
): Promise<BundleSize> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    splitting: true,
    outdir: 'dist/size-check',
    write: false,
    metafile: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    external: [...external],
    charset: 'utf8',
    logLevel: 'error',
  });
  const outputs = result.metafile.outputs;
  const contents = new Map(
    result.outputFiles.map((f) => [f.path.slice(root.length).replace(/^\/+/, ''), f.contents]),
  );
  const name = entry.split('/').pop() ?? '';
  const main = Object.keys(outputs).find((path) => path.endsWith(`/${name}`));
  if (main === undefined) throw new Error(`no output for ${entry}`);
  const eager = new Set<string>();
  const visit = (path: string): void => {
    if (eager.has(path)) return;
    eager.add(path);
    for (const imported of outputs[path]?.imports ?? [])
      if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
  };
  visit(main);
  const bytes = (path: string) => contents.get(path) ?? new Uint8Array();
  const gzipped = (path: string) => gzipSync(bytes(path), { level: 9 }).length;
  const sum = (paths: string[], size: (path: string) => number) =>
    paths.reduce((total, path) => total + size(path), 0);
  const lazy = Object.keys(outputs).filter((path) => path.endsWith('.js') && !eager.has(path));
  return {
    entry,
    minified: sum([...eager], (path) => bytes(path).length),
    gzipped: sum([...eager], gzipped),
    onDemand: sum(lazy, gzipped),
  };
}
