import { build } from 'esbuild';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { launchChromium } from '@vielfalt/testing/chromium';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { sampleFeed, sampleOffers } from './testing/offers.js';

/**
 * Acceptance 7 end to end: the CDN file exactly as a webmaster uses it (one script tag on a plain page served
 * from 127.0.0.1), in headless Chromium. Every request the browser makes is recorded at the network level.
 */
let server: Server;
let browser: Browser;
let origin = '';

beforeAll(async () => {
  const bundle = await build({
    absWorkingDir: new URL('..', import.meta.url).pathname,
    entryPoints: { 'vielfalt-elements': 'src/cdn.ts' },
    outdir: '/vielfalt',
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    charset: 'utf8',
    write: false,
    conditions: ['@vielfalt/source'],
    chunkNames: 'chunks/[name]-[hash]',
    logLevel: 'error',
  });
  const files = new Map<string, { body: string | Uint8Array; type: string }>(
    bundle.outputFiles.map((f) => [f.path, { body: f.contents, type: 'text/javascript' }]),
  );
  files.set('/vielfalt/feed.json', {
    body: JSON.stringify(sampleFeed(sampleOffers(30))),
    type: 'application/json',
  });
  files.set('/', {
    type: 'text/html',
    body: `<!doctype html><html lang="ar"><head><meta charset="utf-8"><title>Angebote</title>
      <script type="module" src="/vielfalt/vielfalt-elements.js"></script></head>
      <body><main><h1>Angebote</h1>
      <vf-offer-search src="/vielfalt/feed.json" detail-url="/angebote/{id}"></vf-offer-search>
      <vf-offer-detail src="/vielfalt/feed.json" offer-id="angebot-3"></vf-offer-detail>
      </main></body></html>`,
  });
  files.set('/mitmachen', {
    type: 'text/html',
    body: `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Mitmachen</title>
      <script type="module" src="/vielfalt/vielfalt-elements.js"></script></head>
      <body><main><h1>Mitmachen</h1><vf-offer-form endpoint="/api/offers"></vf-offer-form></main></body></html>`,
  });
  server = createServer((req, res) => {
    const file = files.get(new URL(req.url ?? '/', 'http://x').pathname);
    res.statusCode = file ? 200 : 404;
    res.setHeader('content-type', file?.type ?? 'text/plain');
    res.end(file?.body ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

test('one script tag registers the elements; the page requests only its own origin and sets no cookie', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto(origin);
  await page.locator('vf-offer-search [part~="result"]').first().waitFor();
  await page.locator('vf-offer-search input[role="combobox"]').pressSequentially('Deutsch');
  await page.locator('vf-offer-detail [part="map-link"]').waitFor();
  expect(await page.locator('vf-offer-search [part="base"]').getAttribute('dir')).toBe('rtl');
  expect(
    await page.locator('vf-offer-search input[role="combobox"]').getAttribute('placeholder'),
  ).toContain('دورة');
  await page.waitForTimeout(200);

  expect(requested.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  expect(requested.some((url) => url.includes('/chunks/ar-'))).toBe(true); // Arabic loaded on demand
  expect(requested.some((url) => url.includes('/chunks/uk-'))).toBe(false);
  // The elements that bring zod are not fetched by a page that does not use them.
  expect(requested.filter((url) => /\/chunks\/(offer-form|klima|strategy)/.test(url))).toEqual([]);
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => document.cookie)).toBe('');
  await context.close();
});

test('elements that validate their data are registered when their tag appears, in the page or later', async () => {
  const page = await browser.newPage();
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto(`${origin}/mitmachen`);
  await page.locator('vf-offer-form form').waitFor();
  expect(await page.evaluate(() => customElements.get('vf-klima-board') === undefined)).toBe(true);
  expect(requested.some((url) => url.includes('/chunks/klima-board'))).toBe(false);

  await page.evaluate(() => {
    const wrapper = document.createElement('section');
    wrapper.innerHTML = '<vf-klima-board></vf-klima-board>';
    document.querySelector('main')?.append(wrapper);
  });
  await page.waitForFunction(() => customElements.get('vf-klima-board') !== undefined);
  expect(
    await page.evaluate(() => document.querySelector('vf-klima-board')?.shadowRoot !== null),
  ).toBe(true);
  expect(requested.some((url) => url.includes('/chunks/klima-board'))).toBe(true);
  expect(requested.some((url) => url.includes('/chunks/strategy'))).toBe(false);
  await page.close();
});
