import { expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { recklinghausenSample } from '@vielfalt/klimakonferenz/sample';
import { recklinghausenProfile } from '@vielfalt/model';
import './define/all.js';
import { jsonUrl, mount, shadowOf, until } from './testing/dom.js';
import { sampleFeed, sampleOffers } from './testing/offers.js';
import { sampleStrategy } from './testing/strategy.js';
import { sampleWorkshop } from './testing/workshop.js';

/**
 * A page with every element, used the way a visitor would: nothing may be fetched from another origin (no
 * fonts, map tiles, analytics or CDN) and no cookie may be set (§25 TDDDG).
 */
test('a page using all elements requests nothing from other origins and sets no cookie', async () => {
  const before = document.cookie;
  const feed = jsonUrl(sampleFeed(sampleOffers(30)));
  const page = await mount(
    `<div>
      <vf-offer-search src="${feed}"></vf-offer-search>
      <vf-offer-detail src="${feed}" offer-id="angebot-1"></vf-offer-detail>
      <vf-offer-form endpoint="/__vf/offers" profile-src="${jsonUrl(recklinghausenProfile)}"></vf-offer-form>
      <vf-klima-board src="${jsonUrl(sampleWorkshop())}"></vf-klima-board>
      <vf-klima-report src="${jsonUrl(sampleWorkshop())}"></vf-klima-report>
      <vf-klima-map src="${jsonUrl(recklinghausenSample)}"></vf-klima-map>
      <vf-strategy src="${jsonUrl({ schemaVersion: 1, profileId: 'recklinghausen', ...sampleStrategy() })}"></vf-strategy>
    </div>`,
    'ar',
  );
  const search = page.querySelector('vf-offer-search')!;
  await until(() => shadowOf(search).querySelector('[part~="result"]'));
  await userEvent.click(shadowOf(search).querySelector('input[role="combobox"]')!);
  await userEvent.keyboard('Deutsch');
  const detail = page.querySelector('vf-offer-detail')!;
  await until(() => shadowOf(detail).querySelector('[part="map-link"]'));
  await until(() => shadowOf(page.querySelector('vf-klima-map')!).querySelector('table'));
  const form = page.querySelector('vf-offer-form')!;
  await userEvent.click(shadowOf(form).querySelector('[part="submit"]')!);
  await new Promise((r) => setTimeout(r, 200));

  const foreign = performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((url) => !url.startsWith('blob:') && new URL(url).origin !== window.location.origin);
  expect(foreign).toEqual([]);
  expect(document.cookie).toBe(before);
  expect(document.cookie).toBe('');
});
