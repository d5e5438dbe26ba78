import { describe, expect, it } from 'vitest';
import { recklinghausenFollowUp, recklinghausenSample } from './sample.js';
import { scoreWorkshop } from './score.js';

describe('the fictional Recklinghausen sample', () => {
  const { workshops } = recklinghausenSample;

  it('has eight workshops, one per field of action, all marked fictional', () => {
    expect(workshops).toHaveLength(8);
    expect(new Set(workshops.map((w) => w.fieldOfAction)).size).toBe(8);
    expect(recklinghausenSample.fictional).toBe(true);
    expect(workshops.every((w) => w.fictional)).toBe(true);
    expect(recklinghausenSample.notice).toMatch(/Fiktive/);
  });

  it('has about 30 participants per workshop and about 60 newcomers in the final one', () => {
    const scores = workshops.map((w) => scoreWorkshop(w, { draws: 500 }));
    const final = [...scores].sort((a, b) => (a.date < b.date ? -1 : 1)).at(-1);
    for (const score of scores.filter((s) => s !== final))
      expect(score.participants).toBeGreaterThanOrEqual(25);
    expect(final?.headcount?.find((h) => h.perspective === 'neuzugewanderte')?.count).toBe(60);
  });

  it('passes the vote rules in strict mode and keeps its merge trail', () => {
    for (const w of [...workshops, ...recklinghausenFollowUp.workshops]) {
      expect(() => scoreWorkshop(w, { draws: 100 })).not.toThrow();
    }
    const merged = workshops.flatMap((w) => w.mergeLog);
    expect(merged).toHaveLength(1);
    expect(merged[0]?.action).toBe('merge');
  });

  it('covers central shelters against flats in the Wohnen workshop', () => {
    const wohnen = workshops.find((w) => w.fieldOfAction === 'wohnen');
    const themes = new Set(wohnen?.statements.flatMap((s) => s.themes));
    expect(themes.has('zentrale-unterkuenfte')).toBe(true);
    expect(themes.has('dezentrales-wohnen')).toBe(true);
  });
});
