import { klimakonferenzSchema, type Klimakonferenz } from '@vielfalt/klimakonferenz';

/** A small fictional workshop: three participants, two statements per wall, a few dots. */
export function sampleWorkshop(texts: readonly string[] = []): Klimakonferenz {
  const walls = ['sonne', 'wolke', 'gewitter', 'wind'] as const;
  const defaults = [
    'Viele Ehrenamtliche',
    'Lange Wartezeiten',
    'Zentrale Unterkünfte',
    'Patenschaften',
    'Sprachcafés',
    'Wenig Wohnungen',
    'Fehlende Kitaplätze',
    'Digitale Angebote',
  ];
  return klimakonferenzSchema.parse({
    id: 'wohnen-beispiel',
    title: 'Klimakonferenz Wohnen (fiktiv)',
    fieldOfAction: 'wohnen',
    date: '2026-11-20',
    statements: defaults.map((d, i) => ({
      id: `s${i}`,
      wall: walls[i % 4],
      text: texts[i % Math.max(texts.length, 1)] ?? d,
    })),
    votes: {
      level: 'dots',
      participants: [
        { id: 'p1', perspective: 'verwaltung' },
        { id: 'p2', perspective: 'ehrenamt' },
        { id: 'p3', perspective: 'neuzugewanderte' },
      ],
      dots: [
        { participant: 'p2', statement: 's0' },
        { participant: 'p3', statement: 's0' },
        { participant: 'p3', statement: 's2' },
      ],
    },
    fictional: true,
  });
}
