import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recklinghausenSample } from '../sample.js';
import { workshopArbitrary } from '../testing/arbitrary.js';
import type { Klimakonferenz } from '../workshop.js';
import { buildReport } from './build.js';
import type { Block } from './blocks.js';
import { brochureMessages } from './brochure-i18n.js';
import { reportDocument } from './document.js';

/**
 * Pairs each wall's statements table with the leader sentence under it: in a brochure the table must not call
 * a statement the clear leader while the sentence says its lead may be chance.
 */
function contradictions(workshops: Klimakonferenz[], language: 'de' | 'en'): string[] {
  const t = brochureMessages(language);
  const report = buildReport(
    { schemaVersion: 1, fictional: true, workshops },
    { draws: 400, stabilityDraws: 50, seed: 3 },
  );
  const blocks = reportDocument(report, { language }).blocks;
  const found: string[] = [];
  blocks.forEach((block: Block, i) => {
    if (block.type !== 'table' || !block.head.includes(t.columns.assessment)) return;
    const next = blocks[i + 1];
    const saysChance = next?.type === 'paragraph' && next.text === t.leader('chance');
    const callsClear = block.rows.some((row) => row.at(-1)?.includes(t.clear));
    if (saysChance && callsClear) found.push(block.caption);
  });
  return found;
}

describe('the brochure says one thing about the lead', () => {
  it('on the sample, in German and English', () => {
    for (const language of ['de', 'en'] as const)
      expect(contradictions(recklinghausenSample.workshops, language)).toEqual([]);
  });

  it('on random workshops', () => {
    fc.assert(
      fc.property(workshopArbitrary, (workshop) => {
        expect(contradictions([workshop], 'de')).toEqual([]);
      }),
      { numRuns: 60, seed: 17 },
    );
  });
});
