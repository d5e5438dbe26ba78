import { mkdtemp, copyFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser } from '@vielfalt/example-recklinghausen/testing';
import { prepareAssets } from './prepare.js';
import { serveStatic } from './serve.js';

let dir;
let site;
let browser;

beforeAll(async () => {
  // Exactly what a webmaster uploads: the HTML file, the bundle and the feed, in one folder.
  dir = await mkdtemp(join(tmpdir(), 'vielfalt-script-tag-'));
  await copyFile(new URL('./index.html', import.meta.url), join(dir, 'index.html'));
  await prepareAssets(dir);
  site = await serveStatic(dir);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  site?.server.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

test('the pasted element searches the feed with no request to another origin and no cookie', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(site.url);
  const box = page.locator('vf-offer-search [part="input"]');
  await box.fill('Deutschkurs');
  await box.press('Enter');
  const results = page
    .locator('vf-offer-search')
    .getByRole('button')
    .or(page.locator('vf-offer-search').getByRole('link'));
  await expect
    .poll(() => page.locator('vf-offer-search').getByRole('status').first().textContent(), {
      timeout: 20_000,
    })
    .toMatch(/\d/);
  expect(await results.count()).toBeGreaterThan(0);
  const origin = new URL(site.url).origin;
  expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  expect(await context.cookies()).toEqual([]);
  await context.close();
});
