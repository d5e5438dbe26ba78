import { expect, test } from 'vitest';
import { recklinghausenProfile, validateOffer } from './index.js';
import { testDataset } from './test-dataset.js';

/** The test dataset's offer as plain JSON, so a test can break it. */
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const offer = () => structuredClone(testDataset().offers?.[0]) as Json;

test('accepts a valid offer and returns it parsed, with defaults', () => {
  const result = validateOffer(recklinghausenProfile, offer(), { actorIds: ['awo-marl'] });
  expect(result.ok ? [] : result.problems).toEqual([]);
  expect(result.ok && result.offer.schedule.byAppointment).toBe(false);
});

test('checks profile references, rules and, when given, provider and contacts, under a base path', () => {
  const broken = offer();
  broken.area.ags = ['05562099'];
  broken.fieldsOfAction = ['kochen'];
  broken.schedule.weekly[0].closes = '14:00';
  broken.providerId = 'niemand';
  broken.contactIds = ['kontakt-x'];
  const result = validateOffer(
    recklinghausenProfile,
    broken,
    { actorIds: ['awo-marl'], contactIds: [] },
    ['offer'],
  );
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.problems.map((p) => `${p.path} ${p.code}`)).toEqual([
    'offer.area.ags[0] unknown-municipality',
    'offer.contactIds[0] unknown-contact',
    'offer.fieldsOfAction[0] unknown-field-of-action',
    'offer.providerId unknown-provider',
    'offer.schedule.weekly[0].closes closes-before-opens',
  ]);
  expect(result.problems[0]?.message.de).toMatch(/^offer\.area\.ags\[0\]: erwartet/);
});

test('without known actors the provider is not checked; schema problems still are', () => {
  const broken = offer();
  broken.providerId = 'niemand';
  broken.format = 'vor-ort';
  const result = validateOffer(recklinghausenProfile, broken);
  expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual(['format']);
});
