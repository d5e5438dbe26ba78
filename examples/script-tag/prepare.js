// Puts next to index.html what a webmaster would get from the county: the elements bundle (normally from a
// CDN or the county's server) and the feed that `vielfalt index build` writes from the county's dataset.
import { cp } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '@vielfalt/cli';

const here = dirname(fileURLToPath(import.meta.url));
const resolveFile = (specifier) => fileURLToPath(import.meta.resolve(specifier));

/**
 * Copies the CDN bundle and builds `feed.json` with `vielfalt index build` into `dir`, from the sample dataset or
 * the dataset file given.
 */
export async function prepareAssets(
  dir = here,
  dataset = resolveFile('@vielfalt/sample-data/recklinghausen-sample.json'),
) {
  const elements = dirname(resolveFile('@vielfalt/elements/package.json'));
  // The bundle and the chunks it loads on demand (languages, the lexicon, the elements that validate data).
  await cp(join(elements, 'dist/cdn/vielfalt-elements.js'), join(dir, 'vielfalt-elements.js'));
  await cp(join(elements, 'dist/cdn/chunks'), join(dir, 'chunks'), { recursive: true });
  const code = await run(['index', 'build', dataset, '--out', join(dir, 'feed.json')], {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: dir,
  });
  if (code !== 0) throw new Error(`vielfalt index build failed with exit code ${code}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await prepareAssets();
