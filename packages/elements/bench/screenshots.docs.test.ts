import { test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { recklinghausenSample } from '@vielfalt/klimakonferenz/sample';
import { datasetSchema, recklinghausenProfile } from '@vielfalt/model';
import sampleData from '@vielfalt/sample-data/recklinghausen-sample.json';
import { buildFeed } from '@vielfalt/search';
import '../src/define/all.js';
import type {
  VfKlimaBoard,
  VfKlimaMap,
  VfKlimaReport,
  VfOfferDetail,
  VfOfferForm,
  VfStrategy,
} from '../src/index.js';
import { jsonUrl, mount, shadowOf, until } from '../src/testing/dom.js';
import { sampleWorkshop } from '../src/testing/workshop.js';

/** Screenshots for the README (`npm run screenshots`), taken in headless Chromium from fictional data. */
const shot = (name: string, element: Element) =>
  page.screenshot({ path: `../docs/img/${name}.png`, element, scale: 'css' });

test('screenshots of every element', async () => {
  await page.viewport(1000, 1600);
  const dataset = datasetSchema.parse(sampleData);
  const feed = jsonUrl(buildFeed(dataset, recklinghausenProfile));
  const search = await mount(
    `<vf-offer-search src="${feed}" page-size="4" no-url-state></vf-offer-search>`,
  );
  await until(() => shadowOf(search).querySelector('[part~="result"]'));
  await userEvent.click(shadowOf(search).querySelector('input[role="combobox"]')!);
  await userEvent.keyboard('Deutschkurs');
  await until(() => shadowOf(search).querySelector('mark'));
  await shot('offer-search', search);

  const rtl = await mount(
    `<vf-offer-search src="${feed}" page-size="3" no-url-state></vf-offer-search>`,
    'ar',
  );
  await until(() => shadowOf(rtl).querySelector('[part~="result"]'));
  await shot('offer-search-ar', rtl);

  const detail = await mount<VfOfferDetail>('<vf-offer-detail no-jsonld></vf-offer-detail>');
  detail.profile = recklinghausenProfile;
  detail.contacts = dataset.contacts;
  const shown = dataset.offers.find(
    (o) =>
      o.status === 'published' &&
      o.contactIds.length > 0 &&
      o.locations.length > 0 &&
      o.easyLanguage,
  )!;
  detail.provider = dataset.actors.find((a) => a.id === shown.providerId);
  detail.offer = shown;
  await detail.updateComplete;
  await shot('offer-detail', detail);

  const form = await mount<VfOfferForm>(
    '<vf-offer-form endpoint="/__vf/offers" draft-key="vf-screenshot"></vf-offer-form>',
  );
  form.profile = recklinghausenProfile;
  await form.updateComplete;
  await userEvent.click(shadowOf(form).querySelector('[part="submit"]')!);
  await until(() => shadowOf(form).querySelector('[part="error-summary"]'));
  await shot('offer-form', form);
  localStorage.removeItem('vf-screenshot');

  const board = await mount<VfKlimaBoard>('<vf-klima-board facilitator></vf-klima-board>');
  board.workshop = sampleWorkshop();
  await board.updateComplete;
  await shot('klima-board', board);

  const report = await mount<VfKlimaReport>('<vf-klima-report></vf-klima-report>');
  report.workshop = recklinghausenSample.workshops[0]!;
  await report.updateComplete;
  await shot('klima-report', report);

  const map = await mount<VfKlimaMap>('<vf-klima-map></vf-klima-map>');
  map.collection = recklinghausenSample;
  await map.updateComplete;
  await shot('klima-map', map);

  const strategy = await mount<VfStrategy>('<vf-strategy></vf-strategy>');
  Object.assign(strategy, {
    goals: dataset.goals.slice(0, 4),
    actionSteps: dataset.actionSteps,
    actors: dataset.actors,
    profile: recklinghausenProfile,
  });
  await strategy.updateComplete;
  await shot('strategy', strategy);
});
