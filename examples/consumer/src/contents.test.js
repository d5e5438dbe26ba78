// @ts-check
// (d) What each tarball holds, against the committed list in tarballs/<package>.txt, and what every published
// manifest carries. Content-hashed chunk names (`chunk-ABCD1234.js`) are listed as `chunk-*.js`.
// After a deliberate change: UPDATE_TARBALL_LISTS=1 npm test -w @vielfalt/example-consumer, then review the diff.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { repoRoot } from './pack.js';

const { project, packed } = inject('consumer');
const lists = new URL('../tarballs/', import.meta.url);
const KB = 1024;

/** The file list with content hashes replaced, so a rebuild with other code keeps the same list. */
/** @param {string[]} files */
export const normalized = (files) => [
  ...new Set(
    files.map((file) =>
      file.replace(/-(?=[\w-]{0,7}[A-Z0-9])[\w-]{8}(?=\.js(\.map)?$|\.d\.ts$)/, '-*'),
    ),
  ),
];

/** Unpacked-size ceilings in KB; the model's (issue 14) is the one that matters most. */
const ceilings = /** @type {Record<string, number>} */ ({ '@vielfalt/model': 1536 });

describe.each(packed.map((pkg) => [pkg.name, pkg]))('%s', (name, pkg) => {
  const listFile = new URL(`${name.replace('@vielfalt/', '')}.txt`, lists);

  test('packs exactly the listed files', () => {
    const actual = normalized(pkg.files);
    if (process.env['UPDATE_TARBALL_LISTS']) {
      mkdirSync(lists, { recursive: true });
      writeFileSync(listFile, `${actual.join('\n')}\n`);
    }
    expect(existsSync(listFile), `${listFile.pathname} is missing`).toBe(true);
    const expected = readFileSync(listFile, 'utf8').split('\n').filter(Boolean);
    expect(actual).toEqual(expected);
  });

  test('carries the licence and the metadata npm shows', () => {
    expect(pkg.files).toContain('LICENSE');
    expect(readFileSync(join(project, 'node_modules', name, 'LICENSE'), 'utf8')).toBe(
      readFileSync(join(repoRoot, 'LICENSE'), 'utf8'),
    );
    const manifest = JSON.parse(
      readFileSync(join(project, 'node_modules', name, 'package.json'), 'utf8'),
    );
    expect(manifest.license).toBe('EUPL-1.2');
    expect(manifest.repository?.url).toMatch(/^git\+https:/);
    expect(manifest.repository?.directory).toMatch(/^packages\//);
    expect(manifest.homepage).toMatch(/^https:/);
    expect(manifest.bugs?.url).toMatch(/^https:/);
    expect(manifest.keywords?.length).toBeGreaterThan(2);
  });

  test('stays within its unpacked size', () => {
    console.info(
      `${name}: ${(pkg.unpackedSize / KB).toFixed(1)} KB unpacked, ${pkg.files.length} files`,
    );
    if (ceilings[name] !== undefined)
      expect(pkg.unpackedSize).toBeLessThanOrEqual(ceilings[name] * KB);
  });
});

test('the elements point CDNs and editors at their files', () => {
  const dir = join(project, 'node_modules/@vielfalt/elements');
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  for (const field of ['jsdelivr', 'unpkg', 'web-types', 'customElements'])
    expect(existsSync(join(dir, manifest[field])), field).toBe(true);
  const webTypes = JSON.parse(readFileSync(join(dir, manifest['web-types']), 'utf8'));
  const vscode = JSON.parse(readFileSync(join(dir, 'dist/vscode.html-custom-data.json'), 'utf8'));
  const cem = JSON.parse(readFileSync(join(dir, manifest.customElements), 'utf8'));
  /** @type {any[]} */
  const declared = cem.modules
    .flatMap((/** @type {any} */ m) => m.declarations ?? [])
    .filter((/** @type {any} */ d) => d.customElement && d.tagName);
  const tags = declared.map((d) => d.tagName).sort();
  expect(webTypes.contributions.html.elements.map((/** @type {any} */ e) => e.name).sort()).toEqual(
    tags,
  );
  expect(vscode.tags.map((/** @type {any} */ t) => t.name).sort()).toEqual(tags);
  // Only real events: each one a `vf-` name with its event class.
  const events = declared.flatMap((d) => d.events ?? []);
  expect(events.length).toBeGreaterThan(0);
  for (const event of events) {
    expect(event.name).toMatch(/^vf-[a-z-]+$/);
    expect(event.type?.text).toMatch(/^Vf\w+Event$/);
  }
  // One definition per tag, named by the tag, in its define module.
  const definitions = cem.modules.flatMap((/** @type {any} */ m) =>
    (m.exports ?? []).filter((/** @type {any} */ e) => e.kind === 'custom-element-definition'),
  );
  expect(definitions.map((/** @type {any} */ d) => d.name).sort()).toEqual(tags);
});
