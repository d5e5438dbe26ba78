import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** What the size budgets measure: the entry, minified and gzipped, as one browser file. */
export interface BundleSize {
  readonly entry: string;
  readonly minified: number;
  readonly gzipped: number;
}

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Bundles an entry of this package the way the CDN build does (esbuild, minified, ES2022, browser) and measures
 * the main file; lazily loaded language chunks are not counted. `external` leaves packages out, to measure this
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
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['@vielfalt/source'],
    tsconfig: 'tsconfig.json',
    external: [...external],
    charset: 'utf8',
    logLevel: 'error',
  });
  const name = entry.split('/').pop()?.replace(/\.ts$/, '.js') ?? '';
  const main = result.outputFiles.find((f) => f.path.endsWith(`/${name}`));
  if (main === undefined) throw new Error(`no output for ${entry}`);
  return {
    entry,
    minified: main.contents.length,
    gzipped: gzipSync(main.contents, { level: 9 }).length,
  };
}
