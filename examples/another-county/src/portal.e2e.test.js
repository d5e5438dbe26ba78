import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { defineCountyProfile, validateDataset } from '@vielfalt/model';
import { startPortal } from '@vielfalt/example-recklinghausen/portal';
import { launchBrowser, tempDataFolder } from '@vielfalt/example-recklinghausen/testing';

const read = async (name) =>
  JSON.parse(await readFile(new URL(`../${name}`, import.meta.url), 'utf8'));
let portal;
let browser;
let data;
let profile;

beforeAll(async () => {
  profile = defineCountyProfile(await read('profile.json'));
  const checked = validateDataset(profile, await read('dataset.json'));
  if (!checked.ok) throw new Error(JSON.stringify(checked.problems, null, 2));
  data = await tempDataFolder();
  portal = await startPortal({
    profile,
    dataset: checked.dataset,
    storeLocation: data.dir,
    port: 0,
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await portal?.close();
  await data?.remove();
});

test('the portal serves Kreis Unna with its own cities and offers, not Recklinghausen', async () => {
  const page = await browser.newPage();
  await page.goto(portal.url);
  expect(await page.locator('header .site').textContent()).toContain('Kreis Unna');
  const search = page.locator('vf-offer-search');
  for (const city of ['Lünen', 'Kamen', 'Werne']) {
    await expect
      .poll(() => search.getByRole('checkbox', { name: new RegExp(city) }).count(), {
        timeout: 15_000,
      })
      .toBe(1);
  }
  expect(await search.getByRole('checkbox', { name: /Marl|Dorsten/ }).count()).toBe(0);
  const box = page.locator('vf-offer-search [part="input"]');
  await box.fill('Schwimmkurs');
  await box.press('Enter');
  await expect
    .poll(() => search.getByRole('link', { name: /Schwimmkurs für Mädchen und Frauen/ }).count(), {
      timeout: 15_000,
    })
    .toBe(1);
  await page.close();
});

test('the configuration is a profile and a dataset', async () => {
  expect(profile.municipalities).toHaveLength(10);
  expect(profile.municipalities.every((m) => m.ags.startsWith('05978'))).toBe(true);
});
