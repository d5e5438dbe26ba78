import { parseKlimakonferenz } from '../parse.js';
import type { Klimakonferenz, KlimakonferenzInput } from '../workshop.js';

/** A small valid workshop at the dot level for tests: two walls with statements, four participants. */
export function smallWorkshop(overrides: Partial<KlimakonferenzInput> = {}): Klimakonferenz {
  return parseKlimakonferenz({
    id: 'test-wohnen',
    fieldOfAction: 'wohnen',
    date: '2017-05-10',
    statements: [
      { id: 's1', wall: 'sonne', text: 'Viele Ehrenamtliche helfen bei der Wohnungssuche' },
      { id: 's2', wall: 'sonne', text: 'Gute Zusammenarbeit mit Vermietern' },
      { id: 'g1', wall: 'gewitter', text: 'Zu wenig Wohnraum für Einzelpersonen' },
      { id: 'g2', wall: 'gewitter', text: 'Sammelunterkünfte ohne Privatsphäre' },
    ],
    votes: {
      level: 'dots',
      participants: [
        { id: 'p1', perspective: 'verwaltung' },
        { id: 'p2', perspective: 'ehrenamt' },
        { id: 'p3', perspective: 'neuzugewanderte' },
        { id: 'p4', perspective: 'neuzugewanderte' },
      ],
      dots: [
        { participant: 'p1', statement: 's1' },
        { participant: 'p2', statement: 's1' },
        { participant: 'p3', statement: 's2' },
        { participant: 'p1', statement: 'g1' },
        { participant: 'p3', statement: 'g2' },
        { participant: 'p4', statement: 'g2' },
      ],
    },
    ...overrides,
  });
}
