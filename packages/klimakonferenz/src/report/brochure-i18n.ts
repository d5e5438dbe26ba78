import type { ReportLanguage } from './i18n.js';

const de = {
  participants: (n: number, date: string): string => `${n} Teilnehmende, ${date}`,
  inRoom: 'Wer im Raum war',
  pool: (names: string): string => `weitere Perspektiven (${names})`,
  poolNote:
    'Kleine Gruppen werden nur gemeinsam gezeigt, damit niemand erkennen kann, wie einzelne Personen gepunktet haben.',
  priorities: 'Was den Teilnehmenden am wichtigsten war',
  columns: {
    statement: 'Aussage',
    dots: 'Punkte',
    share: 'Anteil (95-%-Bereich)',
    assessment: 'Einordnung',
    people: 'Personen',
  },
  top: 'in der Spitzengruppe',
  clear: 'klarer Spitzenreiter',
  bridging: 'verbindet die Perspektiven',
  // The label's stability in words: the share of people who, left out one at a time, leave the label as it is.
  tentative: (label: string, pct: string): string =>
    `vielleicht ${label} (nicht sicher: lässt man eine Person weg, bleibt es nur in ${pct} der Fälle dabei)`,
  leader: (p: string): string =>
    p === 'clear'
      ? 'Der Vorsprung der ersten Aussage ist deutlich.'
      : 'Der Vorsprung der ersten Aussage vor der zweiten kann Zufall sein.',
  perspectives: 'Die Perspektiven nebeneinander',
  perspectivesCaption:
    'Wie viele Personen jeder Perspektive die wichtigsten Aussagen bepunktet haben',
  of: (a: number, n: number): string => `${a} von ${n}`,
  quotes: 'Stimmen aus der Klimakonferenz',
  anonymous: 'Teilnehmende Person',
  goals: 'Ziele und Handlungsschritte für den Fachtag',
  responsible: 'Verantwortlich',
  partners: 'Partner',
  fachtag: 'Akteure beim Fachtag',
  noStep: 'Noch kein Handlungsschritt zugeordnet.',
  appendix: 'Anhang: Kennzahlen für Auswertende',
  chartTitle: (wall: string, n: number): string =>
    `Diagramm ${wall}: Anteil der ${n} Abstimmenden je Aussage`,
  chartDesc:
    'Balken zeigen den Anteil, die dünne Linie den Bereich, in dem der wahre Anteil mit 95 % Sicherheit liegt. Die Zahlen stehen in der Tabelle.',
  mapCell: (pct: string, low: string, high: string, n: number, round: number): string =>
    `${pct} (${low}–${high}; n = ${n}, Runde ${round})`,
  participation: (a: number, b: number): string =>
    `Achtung: Die Beteiligung hat sich stark verändert (${a}, dann ${b} Personen). Veränderungen können an der anderen Zusammensetzung liegen.`,
  absent: 'nicht vorhanden',
};

const en: typeof de = {
  participants: (n, date) => `${n} participants, ${date}`,
  inRoom: 'Who was in the room',
  pool: (names) => `other perspectives (${names})`,
  poolNote: 'Small groups are only shown together, so that nobody can tell how individuals voted.',
  priorities: 'What mattered most to the participants',
  columns: {
    statement: 'Statement',
    dots: 'Dots',
    share: 'Share (95% range)',
    assessment: 'Assessment',
    people: 'People',
  },
  top: 'in the leading group',
  clear: 'clear leader',
  bridging: 'bridges the perspectives',
  tentative: (label, pct) =>
    `possibly ${label} (not certain: leaving out one person, it holds in only ${pct} of cases)`,
  leader: (p) =>
    p === 'clear'
      ? 'The first statement leads clearly.'
      : "The first statement's lead over the second may be chance.",
  perspectives: 'The perspectives side by side',
  perspectivesCaption: 'How many people of each perspective dotted the leading statements',
  of: (a, n) => `${a} of ${n}`,
  quotes: 'Voices from the Klimakonferenz',
  anonymous: 'Participant',
  goals: 'Goals and action steps for the Fachtag',
  responsible: 'Responsible',
  partners: 'Partners',
  fachtag: 'Actors at the Fachtag',
  noStep: 'No action step assigned yet.',
  appendix: 'Appendix: figures for analysts',
  chartTitle: (wall, n) => `Chart ${wall}: share of the ${n} voters per statement`,
  chartDesc:
    'Bars show the share, the thin line the range that holds the true share with 95% certainty. The numbers are in the table.',
  mapCell: (pct, low, high, n, round) => `${pct} (${low}–${high}; n = ${n}, round ${round})`,
  participation: (a, b) =>
    `Note: participation changed a lot (${a}, then ${b} people). Changes may come from who came rather than from the field.`,
  absent: 'absent',
};

/** The brochure strings of a report language. */
export type BrochureMessages = typeof de;

/** The brochure strings of a language. */
export function brochureMessages(language: ReportLanguage): BrochureMessages {
  return language === 'en' ? en : de;
}
