import { describe, expect, test } from 'vitest';
import { recklinghausenProfile, validateDataset, type Problem } from './index.js';
import { testDataset } from './test-dataset.js';

/** A test dataset as plain JSON, so a case can break it in ways the types would not allow. */
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function problemsOf(data: unknown): Problem[] {
  const result = validateDataset(recklinghausenProfile, data);
  return result.ok ? [] : result.problems;
}

interface BadInput {
  name: string;
  breakIt: (data: Json) => void;
  path: string;
  code: string;
  /** A word the German and the English message must both contain, besides the path. */
  mentions?: string;
}

const badInputs: BadInput[] = [
  {
    name: 'wrong AGS shape',
    breakIt: (d) => (d.offers[0].area.ags[0] = '5562024'),
    path: 'offers[0].area.ags[0]',
    code: 'invalid-format',
    mentions: '5562024',
  },
  {
    name: 'unknown municipality',
    breakIt: (d) => (d.offers[0].area.ags[0] = '05562099'),
    path: 'offers[0].area.ags[0]',
    code: 'unknown-municipality',
    mentions: '05562099',
  },
  {
    name: 'unknown field of action',
    breakIt: (d) => d.offers[0].fieldsOfAction.push('kochen'),
    path: 'offers[0].fieldsOfAction[2]',
    code: 'unknown-field-of-action',
    mentions: 'kochen',
  },
  {
    name: 'closing before opening',
    breakIt: (d) => (d.offers[0].schedule.weekly[0].closes = '14:00'),
    path: 'offers[0].schedule.weekly[0].closes',
    code: 'closes-before-opens',
    mentions: '14:00',
  },
  {
    name: 'coordinates far outside the county (lat and lon swapped)',
    breakIt: (d) => (d.offers[0].locations[0].geo = { lat: 7.09, lon: 51.652 }),
    path: 'offers[0].locations[0].geo',
    code: 'outside-county',
    mentions: '30 km',
  },
  {
    name: 'coordinates in Münster, 40 km north of the county',
    breakIt: (d) => (d.offers[0].locations[0].geo = { lat: 51.96, lon: 7.63 }),
    path: 'offers[0].locations[0].geo',
    code: 'outside-county',
    mentions: '51.96',
  },
  {
    name: 'location in an unknown municipality',
    breakIt: (d) => (d.offers[0].locations[0].municipality = '05513000'),
    path: 'offers[0].locations[0].municipality',
    code: 'unknown-municipality',
  },
  {
    name: 'unknown provider',
    breakIt: (d) => (d.offers[0].providerId = 'caritas-mars'),
    path: 'offers[0].providerId',
    code: 'unknown-provider',
    mentions: 'caritas-mars',
  },
  {
    name: 'unknown contact',
    breakIt: (d) => d.offers[0].contactIds.push('frau-x'),
    path: 'offers[0].contactIds[1]',
    code: 'unknown-contact',
    mentions: 'frau-x',
  },
  {
    name: 'contact of an unknown actor',
    breakIt: (d) => (d.contacts[0].actorId = 'awo-mars'),
    path: 'contacts[0].actorId',
    code: 'unknown-actor',
  },
  {
    name: 'unknown target group',
    breakIt: (d) => (d.offers[0].targetGroups[1].id = 'senioren'),
    path: 'offers[0].targetGroups[1].id',
    code: 'unknown-target-group',
    mentions: 'senioren',
  },
  {
    name: 'unknown place kind',
    breakIt: (d) => (d.offers[0].locations[0].placeKind = 'moschee'),
    path: 'offers[0].locations[0].placeKind',
    code: 'unknown-place-kind',
  },
  {
    name: 'unknown actor kind',
    breakIt: (d) => (d.actors[0].kind = 'partei'),
    path: 'actors[0].kind',
    code: 'unknown-actor-kind',
  },
  {
    name: 'duplicate offer id',
    breakIt: (d) => d.offers.push(structuredClone(d.offers[0])),
    path: 'offers[1].id',
    code: 'duplicate-id',
    mentions: 'offers[0]',
  },
  {
    name: 'texts without the default language',
    breakIt: (d) => delete d.offers[0].texts.de,
    path: 'offers[0].texts',
    code: 'missing-default-language',
    mentions: 'de',
  },
  {
    name: 'a goal title only in English',
    breakIt: (d) => (d.goals[0].title = { en: 'Connect volunteers' }),
    path: 'goals[0].title',
    code: 'missing-default-language',
  },
  {
    name: 'dated session ending before it starts',
    breakIt: (d) =>
      (d.offers[0].schedule.sessions = [
        { start: '2026-03-01T10:00:00+01:00', end: '2026-03-01T09:00:00+01:00' },
      ]),
    path: 'offers[0].schedule.sessions[0].end',
    code: 'ends-before-start',
  },
  {
    name: 'closure ending before it begins',
    breakIt: (d) => (d.offers[0].schedule.closures[0].until = '2026-12-01'),
    path: 'offers[0].schedule.closures[0].until',
    code: 'until-before-from',
  },
  {
    name: 'offer valid until before valid from',
    breakIt: (d) =>
      Object.assign(d.offers[0], { validFrom: '2026-06-01', validUntil: '2026-05-31' }),
    path: 'offers[0].validUntil',
    code: 'valid-until-before-valid-from',
    mentions: '2026-05-31',
  },
  {
    name: 'schedule valid until before valid from',
    breakIt: (d) => (d.offers[0].schedule.validUntil = '2025-12-31'),
    path: 'offers[0].schedule.validUntil',
    code: 'valid-until-before-valid-from',
  },
  {
    name: 'minimum age above maximum age',
    breakIt: (d) => Object.assign(d.offers[0].targetGroups[0], { minAge: 18, maxAge: 14 }),
    path: 'offers[0].targetGroups[0].minAge',
    code: 'min-age-above-max-age',
    mentions: '18',
  },
  {
    name: 'a fortnightly slot without validFrom to count weeks from',
    breakIt: (d) => {
      d.offers[0].schedule.weekly[0].interval = 2;
      delete d.offers[0].schedule.validFrom;
    },
    path: 'offers[0].schedule.weekly[0].interval',
    code: 'interval-needs-valid-from',
  },
  {
    name: 'misspelt optional field',
    breakIt: (d) => (d.offers[0].lastReviewed = '2026-01-03'),
    path: 'offers[0].lastReviewed',
    code: 'unknown-key',
    mentions: 'lastReviewed',
  },
  {
    name: 'unknown format value',
    breakIt: (d) => (d.offers[0].format = 'vor-ort'),
    path: 'offers[0].format',
    code: 'invalid-value',
    mentions: 'hybrid',
  },
  {
    name: 'missing title',
    breakIt: (d) => delete d.offers[0].texts.de.title,
    path: 'offers[0].texts.de.title',
    code: 'missing',
  },
  {
    name: 'title too short',
    breakIt: (d) => (d.offers[0].texts.de.title = 'Da'),
    path: 'offers[0].texts.de.title',
    code: 'too-small',
    mentions: '3',
  },
  {
    name: 'impossible date',
    breakIt: (d) => (d.offers[0].lastReviewedAt = '2026-02-30'),
    path: 'offers[0].lastReviewedAt',
    code: 'invalid-format',
    mentions: '2026-02-30',
  },
  {
    name: 'e-mail address without a domain',
    breakIt: (d) => (d.contacts[0].email = 'beratung@'),
    path: 'contacts[0].email',
    code: 'invalid-format',
  },
  {
    name: 'number where a list is expected',
    breakIt: (d) => (d.offers[0].languages = 3),
    path: 'offers[0].languages',
    code: 'invalid-type',
  },
  {
    name: 'action step towards an unknown goal',
    breakIt: (d) => (d.actionSteps[0].goalId = 'ziel-x'),
    path: 'actionSteps[0].goalId',
    code: 'unknown-goal',
  },
  {
    name: 'good practice naming an unknown offer',
    breakIt: (d) => (d.goodPractices[0].offerIds = ['gibt-es-nicht']),
    path: 'goodPractices[0].offerIds[0]',
    code: 'unknown-offer',
  },
  {
    name: 'good practice in an unknown project',
    breakIt: (d) => (d.goodPractices[0].projectId = 'projekt-x'),
    path: 'goodPractices[0].projectId',
    code: 'unknown-project',
  },
  {
    name: 'project with an unknown funding source',
    breakIt: (d) => d.projects[0].fundingSources.push('lotto'),
    path: 'projects[0].fundingSources[1]',
    code: 'unknown-funding-source',
  },
  {
    name: 'goal of an unknown field of action',
    breakIt: (d) => (d.goals[0].fieldOfAction = 'kultur'),
    path: 'goals[0].fieldOfAction',
    code: 'unknown-field-of-action',
  },
  {
    name: 'e-mail published without consent',
    breakIt: (d) => (d.contacts[0].consent = { given: false, date: '2026-01-02' }),
    path: 'contacts[0].visibility',
    code: 'visible-without-consent',
    mentions: 'email',
  },
  {
    name: 'status that contradicts the history',
    breakIt: (d) => (d.offers[0].status = 'draft'),
    path: 'offers[0].status',
    code: 'status-history-mismatch',
    mentions: 'published',
  },
  {
    name: 'action step status that contradicts its history',
    breakIt: (d) =>
      (d.actionSteps[0].statusHistory = [
        { status: 'planned', at: '2026-02-01T10:00:00Z', by: 'ki-kreis-re' },
        { status: 'done', at: '2026-06-01T10:00:00Z', by: 'ki-kreis-re' },
      ]),
    path: 'actionSteps[0].status',
    code: 'status-history-mismatch',
    mentions: 'done',
  },
  {
    name: 'status that is an object without prototype (String() would throw)',
    breakIt: (d) => (d.offers[0].status = Object.create(null)),
    path: 'offers[0].status',
    code: 'status-history-mismatch',
    mentions: 'published',
  },
  {
    name: 'data for another county',
    breakIt: (d) => (d.profileId = 'kreis-borken'),
    path: 'profileId',
    code: 'profile-mismatch',
    mentions: 'kreis-borken',
  },
  {
    name: 'wrong schema version',
    breakIt: (d) => (d.schemaVersion = 2),
    path: 'schemaVersion',
    code: 'invalid-value',
    mentions: '2',
  },
];

describe('validateDataset', () => {
  test('accepts the test dataset and returns it with defaults applied', () => {
    const result = validateDataset(recklinghausenProfile, testDataset());
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (!result.ok) return;
    expect(result.dataset.offers[0]?.schedule.weekly[0]?.interval).toBe(1);
    expect(result.dataset.offers[0]?.schedule.timeZone).toBe('Europe/Berlin');
  });

  test.each(badInputs)(
    '$name: $code at $path, named in German and English',
    ({ breakIt, path, code, mentions }) => {
      const data = testDataset() as Json;
      breakIt(data);
      const problems = problemsOf(data);
      const problem = problems.find((p) => p.path === path && p.code === code);
      expect(problem, JSON.stringify(problems, null, 2)).toBeDefined();
      expect(problem?.message.de).toContain(path);
      expect(problem?.message.en).toContain(path);
      if (mentions) {
        expect(problem?.message.de).toContain(mentions);
        expect(problem?.message.en).toContain(mentions);
      }
      // The German message is German, the English one English.
      expect(problem?.message.de).toMatch(/erwartet|unbekannt|Pflichtfeld/);
      expect(problem?.message.en).toMatch(/expected|unknown|required/);
    },
  );

  test('reports every problem at once, across records and kinds of problem', () => {
    const data = testDataset() as Json;
    for (const { breakIt } of badInputs.filter(
      (c) => !['duplicate offer id', 'wrong schema version'].includes(c.name),
    )) {
      try {
        breakIt(data);
      } catch {
        // A later case may find what an earlier one removed; the rest still applies.
      }
    }
    const problems = problemsOf(data);
    const codes = new Set(problems.map((p) => p.code));
    for (const code of [
      'invalid-format',
      'unknown-provider',
      'closes-before-opens',
      'outside-county',
      'unknown-goal',
      'unknown-key',
    ]) {
      expect(codes).toContain(code);
    }
    // Schema problems in an offer do not hide its broken references.
    expect(problems.some((p) => p.path === 'offers[0].providerId')).toBe(true);
    expect(problems.some((p) => p.path === 'offers[0].format')).toBe(true);
  });

  test('problems come sorted by path, numerically', () => {
    const data = testDataset() as Json;
    const offers = Array.from({ length: 12 }, (_, i) => ({
      ...structuredClone(data.offers[0]),
      id: `angebot-${i}`,
    }));
    offers[11].providerId = 'x';
    offers[2].providerId = 'y';
    data.offers = offers;
    data.goodPractices[0].offerIds = [];
    expect(problemsOf(data).map((p) => p.path)).toEqual([
      'offers[2].providerId',
      'offers[11].providerId',
    ]);
  });

  test('refuses what is not a dataset at all, naming the root', () => {
    for (const data of [null, 'offers', [], 42]) {
      const [problem] = problemsOf(data);
      expect(problem?.code).toBe('invalid-type');
      expect(problem?.message.de).toContain('(Wurzel)');
      expect(problem?.message.en).toContain('(root)');
    }
  });

  test('a county-wide offer needs no municipality; an empty municipality list is refused', () => {
    const data = testDataset() as Json;
    data.offers[0].area = { kind: 'county' };
    expect(problemsOf(data)).toEqual([]);
    data.offers[0].area = { kind: 'municipalities', ags: [] };
    expect(problemsOf(data)).toMatchObject([{ path: 'offers[0].area.ags', code: 'too-small' }]);
    data.offers[0].area = { kind: 'district' };
    expect(problemsOf(data)).toMatchObject([
      { path: 'offers[0].area.kind', code: 'invalid-union' },
    ]);
  });
});
