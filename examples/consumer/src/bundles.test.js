// @ts-check
// (c) What an app's bundler makes of the packed elements: every `@vielfalt/elements/define/*` entry and the CDN
// file, bundled from the installed tarballs with esbuild and with Vite, served from 127.0.0.1 with a feed and
// opened in Chromium. Each page must register its elements, and the offer search and detail must show offers
// from the feed. (A bundler that dropped a `define()` call would give a page with an unknown tag.)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { build as esbuild } from 'esbuild';
import { launchChromium } from '@vielfalt/testing/chromium';
import { build as vite } from 'vite';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { subpaths } from './subpaths.js';

const { project, work, feed, packed } = inject('consumer');
const elements = packed.find((pkg) => pkg.name === '@vielfalt/elements');
if (!elements) throw new Error('@vielfalt/elements was not packed');

const feedData = JSON.parse(readFileSync(feed, 'utf8'));
const firstOffer = feedData.offers[0];
/** The first offer's German title, which its detail page shows. */
const firstTitle = firstOffer.texts.de.title;

/** The entries: every define module, and the CDN file. */
const entries = subpaths(project, elements)
  .map((s) => s.specifier)
  .filter((specifier) => specifier.includes('/define/') || specifier.endsWith('/cdn'));
const allTags = entries
  .map((specifier) => specifier.split('/define/')[1])
  .filter((name) => name && name !== 'all')
  .map((name) => `vf-${name}`);

/** @param {string} specifier */
const entryName = (specifier) => specifier.split('/').slice(2).join('-');
/** @param {string} specifier @returns {string[]} the tags the entry registers */
const tagsOf = (specifier) => {
  const name = specifier.split('/define/')[1];
  return name && name !== 'all' ? [`vf-${name}`] : allTags;
};

/** @param {string} tag */
const markup = (tag) =>
  tag === 'vf-offer-search'
    ? '<vf-offer-search src="/feed.json" no-url-state></vf-offer-search>'
    : tag === 'vf-offer-detail'
      ? `<vf-offer-detail src="/feed.json" offer-id="${firstOffer.id}"></vf-offer-detail>`
      : `<${tag}></${tag}>`;

/** @param {string} specifier @param {string} script */
const page = (specifier, script) => `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>${specifier}</title>
<script type="module" src="${script}"></script></head>
<body><main><h1>${specifier}</h1>
${tagsOf(specifier).map(markup).join('\n')}
</main></body></html>
`;

const source = join(project, 'checks', 'bundles');
const out = join(work, 'bundles');

/** esbuild, one bundle per entry, as an app would build it (minified, for browsers). */
async function bundleWithEsbuild() {
  await esbuild({
    absWorkingDir: source,
    entryPoints: Object.fromEntries(entries.map((s) => [entryName(s), `./${entryName(s)}.js`])),
    outdir: join(out, 'esbuild'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    logLevel: 'error',
  });
  for (const specifier of entries)
    writeFileSync(
      join(out, 'esbuild', `${entryName(specifier)}.html`),
      page(specifier, `./${entryName(specifier)}.js`),
    );
}

/** Vite, one page per entry, with its defaults. */
async function bundleWithVite() {
  await vite({
    root: source,
    configFile: false,
    // The pages are served from /vite/, not from the root.
    base: './',
    logLevel: 'error',
    build: {
      outDir: join(out, 'vite'),
      emptyOutDir: true,
      chunkSizeWarningLimit: 2048,
      rollupOptions: {
        input: Object.fromEntries(
          entries.map((s) => [entryName(s), join(source, `${entryName(s)}.html`)]),
        ),
      },
    },
  });
}

const types = /** @type {Record<string, string>} */ ({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
});

/** @type {import('node:http').Server} */
let server;
/** @type {import('playwright-core').Browser} */
let browser;
let origin = '';

beforeAll(async () => {
  mkdirSync(source, { recursive: true });
  for (const specifier of entries) {
    writeFileSync(join(source, `${entryName(specifier)}.js`), `import '${specifier}';\n`);
    writeFileSync(
      join(source, `${entryName(specifier)}.html`),
      page(specifier, `./${entryName(specifier)}.js`),
    );
  }
  await Promise.all([bundleWithEsbuild(), bundleWithVite()]);
  server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const file = path === '/feed.json' ? feed : join(out, path);
    try {
      const body = readFileSync(file);
      res.setHeader('content-type', types[extname(file)] ?? 'application/octet-stream');
      res.end(body);
    } catch {
      res.statusCode = 404;
      res.end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
});

describe.each(['esbuild', 'vite'])('bundled with %s', (bundler) => {
  test.each(entries)('%s registers its elements and shows the feed', async (specifier) => {
    const tab = await browser.newPage();
    /** @type {string[]} */
    const errors = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    try {
      await tab.goto(`${origin}/${bundler}/${entryName(specifier)}.html`);
      const tags = tagsOf(specifier);
      // Elements the CDN file loads on demand are registered when their tag is on the page.
      await tab.waitForFunction(
        (names) => names.every((name) => customElements.get(name) !== undefined),
        tags,
        { timeout: 30_000 },
      );
      for (const tag of tags)
        expect(
          await tab.evaluate((name) => document.querySelector(name)?.shadowRoot !== null, tag),
        ).toBe(true);
      if (tags.includes('vf-offer-search')) {
        await tab.locator('vf-offer-search [part~="result"]').first().waitFor({ timeout: 30_000 });
        expect(await tab.locator('vf-offer-search [part~="result"]').count()).toBeGreaterThan(0);
      }
      if (tags.includes('vf-offer-detail')) {
        await tab
          .locator('vf-offer-detail')
          .getByText(firstTitle, { exact: false })
          .first()
          .waitFor({ timeout: 30_000 });
      }
      expect(errors).toEqual([]);
    } finally {
      await tab.close();
    }
  });
});
