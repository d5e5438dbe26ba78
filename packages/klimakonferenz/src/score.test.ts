import { describe, expect, it } from 'vitest';
import { candidateStrategy } from './candidates.js';
import { countyMap } from './county-map.js';
import { MergeError, mergeStatements, unmergeStatement } from './merge.js';
import { KlimaInputError, parseCollection, parseKlimakonferenz } from './parse.js';
import { recklinghausenSample } from './sample.js';
import { scoreWorkshop } from './score.js';
import { textSimilarity } from './splitting.js';
import { smallWorkshop } from './testing/fixture.js';
import { themesAcrossCities } from './themes.js';
import { trendsBetweenRounds } from './trends.js';
import type { WorkshopScore } from './score-schema.js';

const fast = { draws: 1000, seed: 5 };

describe('scoreWorkshop', () => {
  it('flags ties instead of breaking them and gives tied statements the same rank', () => {
    const score = scoreWorkshop(smallWorkshop(), { ...fast, minCellSize: 1 });
    const gewitter = score.walls.find((w) => w.wall === 'gewitter');
    const sonne = score.walls.find((w) => w.wall === 'sonne');
    expect(
      gewitter?.statements.map((s) => [
        s.id,
        s.count,
        s.observedRank,
        s.tiedWith,
        s.labels.includes('tie'),
      ]),
    ).toEqual([
      ['g2', 2, 1, [], false],
      ['g1', 1, 2, [], false],
    ]);
    expect(sonne?.statements.map((s) => s.share)).toEqual([0.6667, 0.3333]);
    const equal = scoreWorkshop(
      smallWorkshop({
        votes: {
          level: 'counts',
          participants: 8,
          counts: [
            { statement: 's1', dots: 3 },
            { statement: 's2', dots: 3 },
          ],
        },
      }),
      fast,
    );
    const tied = equal.walls.find((w) => w.wall === 'sonne')?.statements;
    expect(tied?.map((s) => [s.id, s.observedRank, s.tiedWith, s.labels, s.tier])).toEqual([
      ['s1', 1, ['s2'], ['tie'], 1],
      ['s2', 1, ['s1'], ['tie'], 1],
    ]);
  });

  it('pools perspectives with fewer than k people, and here the whole room, in the export', () => {
    const score = scoreWorkshop(smallWorkshop(), fast);
    const cells = score.walls[0]?.statements[0]?.perspectives ?? [];
    expect(cells.length).toBe(10);
    const present = ['verwaltung', 'ehrenamt', 'neuzugewanderte'];
    for (const cell of cells) {
      expect(cell.suppressed).toBe(present.includes(cell.perspective));
      // Nobody came from the others: 0 of 0, which hides nobody.
      if (!cell.suppressed) expect(cell).toMatchObject({ dots: 0, voters: 0 });
    }
    expect(score.pool).toEqual({ perspectives: present, headcount: 4, whole: true });
    expect(score.headcount?.find((h) => h.perspective === 'neuzugewanderte')?.count).toBeNull();
  });

  it('labels a statement bridging only from published perspectives', () => {
    const score = scoreWorkshop(smallWorkshop(), { ...fast, bridgingMinPerspectives: 2 });
    const s1 = score.walls[0]?.statements.find((s) => s.id === 's1');
    // Everyone is in one pool, so s1 reached one group, and whoever dotted it stays unknown.
    expect(s1?.perspectivesReached).toBe(1);
    expect(s1?.pool).toEqual({ dots: 2, voters: 3 });
    for (const s of score.walls.flatMap((w) => w.statements))
      expect(s.labels).not.toContain('bridging');
  });

  it('warns about missing perspectives and similar statements splitting dots', () => {
    const wohnen = recklinghausenSample.workshops.find((w) => w.id === 'rek-2017-wohnen');
    const engagement = recklinghausenSample.workshops.find((w) => w.id === 'rek-2017-engagement');
    if (!wohnen || !engagement) throw new Error('sample');
    const gewitter = scoreWorkshop(wohnen, fast).walls.find((w) => w.wall === 'gewitter');
    expect(gewitter?.splittingHints[0]?.statements).toEqual(['g01', 'g02']);
    const missing = scoreWorkshop(engagement, fast).walls[0]?.missingPerspectives;
    expect(missing).toContainEqual({ perspective: 'neuzugewanderte', reason: 'not-present' });
    expect(textSimilarity('Zu wenig Wohnraum', 'zu wenig wohnraum!')).toBe(1);
    expect(textSimilarity('Sprachkurse', 'Sporthallen')).toBeLessThan(0.3);
  });

  it('handles walls without statements, with one statement, and without dots', () => {
    const lonely = smallWorkshop({
      statements: [
        { id: 's1', wall: 'sonne', text: 'Allein' },
        { id: 'w1', wall: 'wolke', text: 'Ohne Punkte' },
      ],
      votes: { level: 'counts', participants: 5, counts: [{ statement: 's1', dots: 4 }] },
    });
    const score = scoreWorkshop(lonely, fast);
    const [sonne, wolke, gewitter] = score.walls;
    expect(sonne?.statements[0]).toMatchObject({
      pTop: 1,
      tier: 1,
      rankInterval: { low: 1, high: 1 },
    });
    expect(sonne?.leaderTest).toBeNull();
    expect(wolke).toMatchObject({ voters: 0, dots: 0, hhi: null, leaderTest: null });
    expect(wolke?.statements[0]).toMatchObject({
      count: 0,
      share: 0,
      interval: { low: 0, high: 1 },
    });
    expect(gewitter?.statements).toEqual([]);
  });

  it('gives the same bytes for the same seed', () => {
    const w = recklinghausenSample.workshops[0];
    if (!w) throw new Error('sample');
    expect(JSON.stringify(scoreWorkshop(w, fast))).toBe(JSON.stringify(scoreWorkshop(w, fast)));
  });

  it('notes the assumptions of coarse levels with a dot budget above one', () => {
    const workshop = smallWorkshop({
      dotBudget: 2,
      statements: [
        { id: 's1', wall: 'sonne', text: 'A' },
        { id: 's2', wall: 'sonne', text: 'B', mergedInto: 's1' },
      ],
      votes: {
        level: 'perspective-counts',
        headcount: { verwaltung: 4 },
        counts: [
          { statement: 's1', perspective: 'verwaltung', dots: 3 },
          { statement: 's2', perspective: 'verwaltung', dots: 2 },
        ],
      },
    });
    const score = scoreWorkshop(workshop, fast);
    expect(score.limitations).toEqual([
      'no-individual-votes',
      'voters-from-headcount',
      'merged-may-double-count',
    ]);
    expect(score.walls[0]?.voters).toBe(4);
    // 3 + 2 dots on merged cards from 4 people: someone dotted both, and nobody counts twice.
    expect(score.walls[0]?.statements[0]?.count).toBe(4);
  });
});

describe('input validation', () => {
  it('names the path, the expectation and what was found, in German and English', () => {
    try {
      parseKlimakonferenz({
        ...smallWorkshop(),
        statements: [{ id: 's1', wall: 'regen', text: 'x' }],
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(KlimaInputError);
      const [issue] = (error as KlimaInputError).issues;
      expect(issue?.path).toBe('statements[0].wall');
      expect(issue?.de).toMatch(/erwartet.*"regen"/);
      expect(issue?.en).toMatch(/expected.*"regen"/);
    }
  });
  it('accepts a single workshop where a collection is expected', () => {
    expect(parseCollection(smallWorkshop()).workshops).toHaveLength(1);
  });
});

describe('merging', () => {
  const actor = { by: 'moderation', at: '2017-05-10T16:00:00+02:00' };
  it('refuses merges across walls, into unknown statements, twice or in a cycle', () => {
    const w = smallWorkshop();
    expect(() => mergeStatements(w, 's1', 'g1', actor)).toThrow(MergeError);
    expect(() => mergeStatements(w, 's1', 'zz', actor)).toThrow(/zz/);
    const once = mergeStatements(w, 's2', 's1', actor);
    expect(() => mergeStatements(once, 's2', 's1', actor)).toThrow(/already merged/);
    expect(() => mergeStatements(once, 's1', 's2', actor)).toThrow(/cycle/);
    expect(() => unmergeStatement(w, 's1', actor)).toThrow(/not merged/);
  });
});

describe('across workshops', () => {
  const scores: WorkshopScore[] = recklinghausenSample.workshops.map((w) => scoreWorkshop(w, fast));

  it('builds a map with every field and municipality and keeps raw values', () => {
    const map = countyMap(scores);
    expect(map.fieldsOfAction).toHaveLength(8);
    expect(map.municipalities).toHaveLength(10);
    expect(map.cells).toHaveLength(80);
    const empty = map.cells.find((c) => c.raw === null);
    expect(empty?.shrunk).toBe(map.mean);
  });

  it('counts in how many cities a theme is top tier', () => {
    const themes = themesAcrossCities(scores);
    const top = themes[0];
    expect(top?.breadth).toBe(top?.topTierMunicipalities.length);
    expect(themes.map((t) => t.breadth)).toEqual(
      [...themes.map((t) => t.breadth)].sort((a, b) => b - a),
    );
  });

  it('detects a theme moving from gewitter to sonne between rounds', () => {
    const base = smallWorkshop();
    const before = parseKlimakonferenz({
      ...base,
      id: 'r1',
      statements: [
        { id: 'a', wall: 'gewitter', text: 'Wohnraum fehlt', themes: ['wohnraum'] },
        { id: 'b', wall: 'sonne', text: 'Ehrenamt', themes: ['ehrenamt'] },
      ],
      votes: {
        level: 'counts',
        participants: 20,
        counts: [
          { statement: 'a', dots: 15 },
          { statement: 'b', dots: 12 },
        ],
      },
    });
    const after = parseKlimakonferenz({
      ...before,
      id: 'r2',
      round: 2,
      date: '2019-05-10',
      statements: [{ id: 'c', wall: 'sonne', text: 'Neue Wohnungen', themes: ['wohnraum'] }],
      votes: { level: 'counts', participants: 20, counts: [{ statement: 'c', dots: 14 }] },
    });
    const [comparison] = trendsBetweenRounds([
      scoreWorkshop(after, fast),
      scoreWorkshop(before, fast),
    ]);
    const wohnraum = comparison?.themes.find((t) => t.theme === 'wohnraum');
    expect(wohnraum?.transition).toEqual({ from: 'gewitter', to: 'sonne' });
    const sonne = wohnraum?.walls.find((w) => w.wall === 'sonne');
    // Nobody wrote about wohnraum on the Sonne wall in round 1: absent there, not 0 %, so no change.
    expect(sonne?.before).toBeNull();
    expect(sonne?.after?.share).toBe(1);
    expect(sonne?.change).toBeNull();
  });

  it('derives candidate goals from Gewitter and action steps from Wind, keeping their sources', () => {
    const wohnen = scores.find((s) => s.workshop === 'rek-2017-wohnen');
    if (!wohnen) throw new Error('sample');
    const { goals, actionSteps } = candidateStrategy(wohnen);
    expect(goals.map((g) => g.sourceStatementIds)).toContainEqual(['rek-2017-wohnen/g03']);
    for (const step of actionSteps) {
      expect(goals.map((g) => g.id)).toContain(step.goalId);
      expect(step.sourceStatementIds[0]).toMatch(/^rek-2017-wohnen\/f\d+$/);
      expect(step.status).toBe('planned');
    }
  });
});
