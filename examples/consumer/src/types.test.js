// @ts-check
// (b) A consumer's TypeScript file typechecks against the installed packages, with moduleResolution
// `bundler` and `nodenext`, and with the library checks on (the published .d.ts files are checked too).
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, inject, test } from 'vitest';
import { subpaths } from './subpaths.js';

const run = promisify(execFile);
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const { project, packed } = inject('consumer');

const modules = packed
  .flatMap((pkg) => subpaths(project, pkg))
  .filter((s) => s.kind === 'module')
  .map((s) => s.specifier);

/** Every code subpath imported as a namespace, and a few calls a consumer makes, with their types. */
const consumer = `${modules.map((specifier, i) => `import * as m${i} from '${specifier}';`).join('\n')}
import type { Dataset, Offer } from '@vielfalt/model';
import { loadOfferIndex, type OfferSearchResult } from '@vielfalt/search';
import { VfOfferSearch } from '@vielfalt/elements';
import '@vielfalt/elements/define/offer-search';

export const loaded = [${modules.map((_, i) => `m${i}`).join(', ')}];

export function search(feed: unknown, text: string): OfferSearchResult {
  return loadOfferIndex(feed).search({ text });
}

export function ids(dataset: Dataset): string[] {
  return dataset.offers.map((offer: Offer) => offer.id);
}

// The define module declares its tag in HTMLElementTagNameMap.
export const element: VfOfferSearch = document.createElement('vf-offer-search');
`;

/**
 * @param {'bundler' | 'nodenext'} resolution
 */
async function typecheck(resolution) {
  // Inside the consumer project, so that TypeScript finds the packages as it would there.
  const dir = join(project, 'checks', `types-${resolution}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'consumer.ts'), consumer);
  const compilerOptions = {
    target: 'ES2022',
    lib: ['ES2023', 'DOM', 'DOM.Iterable'],
    module: resolution === 'bundler' ? 'ESNext' : 'NodeNext',
    moduleResolution: resolution,
    strict: true,
    noEmit: true,
    skipLibCheck: false,
    types: ['node'],
  };
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions, files: ['consumer.ts'] }, null, 2),
  );
  try {
    await run(process.execPath, [tsc, '-p', dir], { cwd: dir, maxBuffer: 16 * 1024 * 1024 });
    return '';
  } catch (error) {
    return String(/** @type {{ stdout?: string }} */ (error).stdout ?? error);
  }
}

describe('a consumer file typechecks', () => {
  test('imports every code subpath', () => {
    expect(modules.length).toBeGreaterThan(15);
  });

  // Two tsc processes at once, one per core; each checks every published .d.ts (about 40 s on a busy 2-core
  // machine), hence the long timeout.
  test.concurrent.for(['bundler', 'nodenext'])(
    'with moduleResolution %s',
    { timeout: 300_000 },
    async (resolution, { expect }) => {
      expect(await typecheck(/** @type {'bundler' | 'nodenext'} */ (resolution))).toBe('');
    },
  );
});
