import fc from 'fast-check';
import { parseKlimakonferenz } from '../parse.js';
import { DEFAULT_PERSPECTIVES } from '../perspective.js';
import { WALLS } from '../walls.js';
import type { Klimakonferenz, KlimakonferenzInput } from '../workshop.js';

const perspectiveIds = DEFAULT_PERSPECTIVES.map((p) => p.id);

/** Statements on the four walls (1-5 each); some are merged into the first statement of their wall. */
const statementsArbitrary = fc
  .tuple(
    fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 4, maxLength: 4 }),
    fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }),
  )
  .map(([perWall, merged]) =>
    WALLS.flatMap((wall, w) =>
      Array.from({ length: perWall[w] ?? 1 }, (_, i) => ({
        id: `${wall}-${i}`,
        wall,
        text: `Aussage ${i} zur Wand ${wall}`,
        themes: [`thema-${i % 3}`],
        ...(i > 0 && merged[w * 5 + i] === true ? { mergedInto: `${wall}-0` } : {}),
      })),
    ),
  );

/** Dots per statement drawn small, so that possible and impossible counts both occur often. */
const smallCount = fc.integer({ min: 0, max: 12 });

/**
 * Schema-valid workshops at all three input levels, with counts that may be impossible (more dots than
 * people, more than the budget): the input a facilitator could type. What the rules let through must
 * still score without NaN and into a report that passes its own schema.
 */
export const anyLevelWorkshopArbitrary: fc.Arbitrary<Klimakonferenz> = fc
  .record({
    statements: statementsArbitrary,
    dotBudget: fc.integer({ min: 1, max: 3 }),
    level: fc.constantFrom('dots', 'perspective-counts', 'counts'),
    participants: fc.integer({ min: 0, max: 30 }),
    headcount: fc.array(fc.integer({ min: 0, max: 8 }), {
      minLength: perspectiveIds.length,
      maxLength: perspectiveIds.length,
    }),
    cells: fc.array(fc.tuple(fc.nat(), fc.nat(), smallCount), { maxLength: 60 }),
    people: fc.array(
      fc.record({
        perspective: fc.nat(perspectiveIds.length - 1),
        dots: fc.array(fc.nat(), { maxLength: 6 }),
      }),
      { maxLength: 30 },
    ),
  })
  .map((r) => {
    const ids = r.statements.map((s) => s.id);
    const pick = (n: number): string => ids[n % ids.length] ?? 'sonne-0';
    let votes: KlimakonferenzInput['votes'];
    if (r.level === 'counts') {
      votes = {
        level: 'counts',
        participants: r.participants,
        counts: r.cells.map(([s, , dots]) => ({ statement: pick(s), dots })),
      };
    } else if (r.level === 'perspective-counts') {
      votes = {
        level: 'perspective-counts',
        headcount: Object.fromEntries(perspectiveIds.map((p, i) => [p, r.headcount[i] ?? 0])),
        counts: r.cells.map(([s, p, dots]) => ({
          statement: pick(s),
          perspective: perspectiveIds[p % perspectiveIds.length] ?? 'sonstige',
          dots,
        })),
      };
    } else {
      votes = {
        level: 'dots',
        participants: r.people.map((p, i) => ({
          id: `p${i}`,
          perspective: perspectiveIds[p.perspective] ?? 'sonstige',
        })),
        dots: r.people.flatMap((p, i) =>
          p.dots.map((s) => ({ participant: `p${i}`, statement: pick(s) })),
        ),
      };
    }
    return parseKlimakonferenz({
      id: 'fuzz',
      fieldOfAction: 'wohnen',
      date: '2017-05-10',
      dotBudget: r.dotBudget,
      statements: r.statements,
      votes,
    });
  });
