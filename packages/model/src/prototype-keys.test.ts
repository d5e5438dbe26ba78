import { describe, expect, test } from 'vitest';
import {
  CountyProfileError,
  defineCountyProfile,
  recklinghausenProfile,
  validateCountyProfile,
  validateDataset,
  type CountyProfileInput,
} from './index.js';
import { testDataset } from './test-dataset.js';

// Keys that name members of Object.prototype: a lookup like `shape[key]` finds those members instead of nothing.
const prototypeKeys = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty'];

/** `{"<key>": "x"}` parsed from JSON, so `__proto__` becomes an own key as it does in a real file. */
const withKey = (key: string): Record<string, unknown> =>
  JSON.parse(`{${JSON.stringify(key)}: "x"}`) as Record<string, unknown>;

describe('keys named like Object.prototype members', () => {
  test.each(prototypeKeys)('validateDataset reports "%s" as an unknown field', (key) => {
    const data = JSON.parse(JSON.stringify(testDataset())) as { actors: object[] };
    data.actors[0] = { ...data.actors[0], ...withKey(key) };
    const result = validateDataset(recklinghausenProfile, data);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      expect.objectContaining({ path: expect.stringContaining('actors[0]'), code: 'unknown-key' }),
    ]);
    expect(result.problems[0]?.message.de).toContain(`„${key}“`);
    expect(result.problems[0]?.message.en).toContain(`"${key}"`);
  });

  test.each(prototypeKeys)(
    'validateDataset survives "%s" at the top and in a bare record',
    (key) => {
      for (const data of [
        withKey(key),
        JSON.parse(`{"actors":[${JSON.stringify(withKey(key))}]}`),
      ]) {
        const result = validateDataset(recklinghausenProfile, data);
        expect(result.ok).toBe(false);
      }
    },
  );

  test.each(prototypeKeys)('validateCountyProfile reports "%s" in a valid profile', (key) => {
    const profile = JSON.parse(JSON.stringify(recklinghausenProfile)) as { county: object };
    profile.county = { ...profile.county, ...withKey(key) };
    const result = validateCountyProfile(profile);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => [problem.path, problem.code])).toEqual([
      [`county${/^\w+$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`}`, 'unknown-key'],
    ]);
  });

  test.each(prototypeKeys)('defineCountyProfile throws its own error for "%s"', (key) => {
    const profile = {
      ...recklinghausenProfile,
      taxonomies: { ...recklinghausenProfile.taxonomies, ...withKey(key) },
    } as CountyProfileInput;
    expect(() => defineCountyProfile(profile)).toThrow(CountyProfileError);
  });
});
