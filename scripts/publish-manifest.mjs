#!/usr/bin/env node
// @ts-check
// `prepack` / `postpack` of every public package: the workspace resolves `@vielfalt/*` to TypeScript source
// through the `@vielfalt/source` export condition, but `src/` is not published, so a consumer that sets that
// condition would get ERR_MODULE_NOT_FOUND. `prepack` keeps the workspace manifest aside and writes the
// published one (every `@vielfalt/source` condition removed); `postpack` puts the workspace manifest back.
// npm runs both around `npm pack` and `npm publish` (and so around `changeset publish` and `attw --pack`).
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The export condition that only the workspace uses. */
export const SOURCE_CONDITION = '@vielfalt/source';

/** Where `prepack` keeps the workspace manifest until `postpack` (git-ignored, never in `files`). */
export const KEPT_MANIFEST = '.workspace-package.json';

/**
 * The manifest as published: the same, without the workspace source condition anywhere in `exports`.
 * @param {Record<string, any>} manifest
 * @returns {Record<string, any>}
 */
export function publishedManifest(manifest) {
  /** @param {unknown} value @returns {unknown} */
  const strip = (value) => {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== SOURCE_CONDITION)
        .map(([key, inner]) => [key, strip(inner)]),
    );
  };
  return manifest.exports === undefined
    ? manifest
    : { ...manifest, exports: strip(manifest.exports) };
}

/** @param {string} dir */
function prepack(dir) {
  const file = join(dir, 'package.json');
  const kept = join(dir, KEPT_MANIFEST);
  // A pack that died before postpack left the workspace manifest aside: that one is the truth.
  if (existsSync(kept)) renameSync(kept, file);
  const text = readFileSync(file, 'utf8');
  writeFileSync(kept, text);
  // Written beside and renamed over: tests and bundlers that read the manifest while another test packs the
  // package (the consumer stage runs beside the others) must never find it empty.
  const next = `${file}.next`;
  writeFileSync(next, `${JSON.stringify(publishedManifest(JSON.parse(text)), null, 2)}\n`);
  renameSync(next, file);
}

/** @param {string} dir */
function postpack(dir) {
  const kept = join(dir, KEPT_MANIFEST);
  if (existsSync(kept)) renameSync(kept, join(dir, 'package.json'));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const step = process.argv[2];
  if (step === 'prepack') prepack(process.cwd());
  else if (step === 'postpack') postpack(process.cwd());
  else {
    console.error(
      'Aufruf / usage: node scripts/publish-manifest.mjs prepack|postpack (im Paketordner / in the package folder)',
    );
    process.exitCode = 2;
  }
}
