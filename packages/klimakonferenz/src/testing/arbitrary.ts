import fc from 'fast-check';
import { parseKlimakonferenz } from '../parse.js';
import { DEFAULT_PERSPECTIVES } from '../perspective.js';
import { createRandom } from '../stats/prng.js';
import { WALLS } from '../walls.js';
import type { Klimakonferenz } from '../workshop.js';

/** Fisher-Yates shuffle driven by a seed, so fast-check can shrink and replay it. */
export function shuffle<T>(items: readonly T[], seed: number): T[] {
  const random = createRandom(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Random valid workshops at the dot level: 1-5 statements per wall, 3-30 participants, one dot per wall or none. */
export const workshopArbitrary: fc.Arbitrary<Klimakonferenz> = fc
  .record({
    perWall: fc.tuple(
      fc.integer({ min: 1, max: 5 }),
      fc.integer({ min: 1, max: 5 }),
      fc.integer({ min: 1, max: 5 }),
      fc.integer({ min: 1, max: 5 }),
    ),
    participants: fc.array(
      fc.record({
        perspective: fc.integer({ min: 0, max: DEFAULT_PERSPECTIVES.length - 1 }),
        choices: fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.nat()),
        abstain: fc.integer({ min: 0, max: 9 }),
      }),
      { minLength: 3, maxLength: 30 },
    ),
  })
  .map(({ perWall, participants }) => {
    const statements = WALLS.flatMap((wall, w) =>
      Array.from({ length: perWall[w] ?? 1 }, (_, i) => ({
        id: `${wall}-${i}`,
        wall,
        text: `Aussage ${i} zur Wand ${wall}`,
        themes: [`thema-${i % 3}`],
      })),
    );
    return parseKlimakonferenz({
      id: 'prop',
      fieldOfAction: 'wohnen',
      date: '2017-05-10',
      statements,
      votes: {
        level: 'dots',
        participants: participants.map((p, i) => ({
          id: `p${i}`,
          perspective: DEFAULT_PERSPECTIVES[p.perspective]?.id,
        })),
        dots: participants.flatMap((p, i) =>
          WALLS.flatMap((wall, w) => {
            if (p.abstain === w) return [];
            const count = perWall[w] ?? 1;
            return [{ participant: `p${i}`, statement: `${wall}-${(p.choices[w] ?? 0) % count}` }];
          }),
        ),
      },
    });
  });
