import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
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

/** One file of the CDN build as a browser fetches it. */
export interface CdnFile {
  /** Path relative to this package, e.g. `dist/cdn/chunks/elements-XYZ.js`. */
  readonly path: string;
  /** Its bytes on disk, gzipped on their own. */
  readonly gzipped: number;
  /** Fetched by every page that names the script (the loader, the main chunk and its static imports). */
  readonly firstLoad: boolean;
  /** The files it imports statically: fetched with it. */
  readonly imports: readonly string[];
  readonly text: string;
}

/**
 * The CDN build in `dir` (run after `npm run build`) as a page loads it: `vielfalt-elements.js`, the main chunk it
 * imports, and everything that imports statically are the first load; every file reachable only through an
 * `import()` (elements registered when their tag appears, other languages, the translators) is loaded on
 * demand. Files left over in the folder from older builds are not reachable and not listed.
 */
export async function cdnFiles(dir = 'dist/cdn'): Promise<CdnFile[]> {
  const loader = `${dir}/vielfalt-elements.js`;
  const read = (path: string) => readFile(`${root}/${path}`);
  const main = /["']\.\/(chunks\/[\w.-]+\.js)["']/.exec((await read(loader)).toString())?.[1];
  if (main === undefined) throw new Error(`${loader} names no main chunk`);
  // esbuild follows the chunks' imports; its metafile says which are static and which are import().
  const { metafile } = await build({
    absWorkingDir: root,
    entryPoints: [`${dir}/${main}`],
    bundle: true,
    splitting: true,
    format: 'esm',
    outdir: 'dist/size-check',
    write: false,
    metafile: true,
    logLevel: 'error',
  });
  const reach = (from: string, kinds: readonly string[], seen = new Set<string>()) => {
    if (seen.has(from)) return seen;
    seen.add(from);
    for (const imported of metafile.inputs[from]?.imports ?? [])
      if (kinds.includes(imported.kind)) reach(imported.path, kinds, seen);
    return seen;
  };
  const first = reach(`${dir}/${main}`, ['import-statement']);
  const all = reach(`${dir}/${main}`, ['import-statement', 'dynamic-import']);
  return Promise.all(
    [loader, ...all].map(async (path) => {
      const bytes = await read(path);
      return {
        path,
        gzipped: gzipSync(bytes, { level: 9 }).length,
        firstLoad: path === loader || first.has(path),
        imports: (metafile.inputs[path]?.imports ?? [])
          .filter((i) => i.kind === 'import-statement')
          .map((i) => i.path),
        text: bytes.toString(),
      };
    }),
  );
}

/**
 * What a page showing one element fetches from the CDN build: the first load, the element's chunk (the file whose
 * name starts with `element`, e.g. `offer-search`) and everything it imports statically.
 */
export function filesForElement(files: readonly CdnFile[], element: string): CdnFile[] {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const start = files.find((f) => new RegExp(`/chunks/${element}-\\w+\\.js$`).test(f.path));
  if (start === undefined) throw new Error(`no chunk for ${element}`);
  const seen = new Set(files.filter((f) => f.firstLoad).map((f) => f.path));
  const visit = (file: CdnFile): void => {
    if (seen.has(file.path) && file !== start) return;
    seen.add(file.path);
    for (const path of file.imports) {
      const next = byPath.get(path);
      if (next !== undefined) visit(next);
    }
  };
  visit(start);
  return [...seen].map((path) => byPath.get(path)!);
}
