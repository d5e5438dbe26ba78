import type { Violation, ViolationKind } from '../violation.js';
import type { Wall } from '../walls.js';
import type { LimitationCode } from '../tally.js';
import type { StatementLabel } from '../score-schema.js';

/** Languages reports are written in. */
export type ReportLanguage = 'de' | 'en';

const de = {
  title: 'Klimakonferenz: Ist-Analyse',
  fictional: 'Fiktive Daten: Dieser Bericht beruht auf erfundenen Beispieldaten.',
  overview: 'Überblick',
  walls: {
    sonne: { name: 'Sonne', question: 'Hier scheint die Sonne: das sind die Stärken.' },
    wolke: {
      name: 'Wolke',
      question: 'Hier verdunkeln Wolken den Himmel: das beeinträchtigt die klare Sicht.',
    },
    gewitter: {
      name: 'Gewitter',
      question: 'Hier herrscht Gewitterstimmung: das muss sich unbedingt ändern.',
    },
    wind: { name: 'Wind', question: 'Hier weht ein frischer Wind: das wäre eine gute Idee.' },
  } satisfies Record<Wall, { name: string; question: string }>,
  labels: {
    'clear-winner': 'klarer Spitzenreiter',
    tie: 'Gleichstand',
    bridging: 'verbindend',
  } satisfies Record<StatementLabel, string>,
  limitations: {
    'no-perspectives':
      'Nur Summen je Aussage erfasst: Unterstützung je Perspektive, ausgewogener Anteil, Brückenwert und fehlende Perspektiven lassen sich nicht berechnen.',
    'merged-may-double-count':
      'Ohne einzelne Punkte kann eine Person, die zwei zusammengeführte Aussagen bepunktet hat, doppelt zählen.',
    'voters-from-headcount':
      'Mehr als ein Punkt je Wand ohne einzelne Punkte: als Abstimmende einer Wand gelten alle Anwesenden.',
    'no-individual-votes':
      'Keine einzelnen Punkte erfasst: Polis-Stimmen und Prüfungen je Person sind nicht möglich.',
  } satisfies Record<LimitationCode, string>,
  violations: {
    'duplicate-id': 'Doppelte Kennung',
    'unknown-participant': 'Unbekannte teilnehmende Person',
    'unknown-statement': 'Unbekannte Aussage',
    'unknown-perspective': 'Unbekannte Perspektive',
    'wrong-wall': 'Punkt auf einer Aussage einer anderen Wand',
    'over-budget': 'Mehr Punkte als erlaubt',
    'over-voters': 'Mehr Punkte auf einer Aussage als Personen, die sie bepunkten konnten',
    'repeat-dot': 'Derselbe Punkt doppelt',
    'merge-unknown-target': 'Zusammenführung mit unbekannter Aussage',
    'merge-across-walls': 'Zusammenführung über Wände hinweg',
    'merge-cycle': 'Zusammenführungen im Kreis',
  } satisfies Record<ViolationKind, string>,
  columns: {
    id: 'Kennung',
    statement: 'Aussage',
    dots: 'Punkte',
    share: 'Anteil',
    interval: '95-%-Intervall',
    pTop: 'P(Spitze)',
    rankInterval: 'Rang (80 %)',
    tier: 'Stufe',
    labels: 'Merkmale',
    perspective: 'Perspektive',
    support: 'Unterstützung',
    balanced: 'Ausgewogener Anteil',
    bridging: 'Brückenwert',
    municipality: 'Stadt',
    field: 'Handlungsfeld',
    raw: 'Rohwert',
    shrunk: 'Geglättet',
    statements: 'Aussagen',
    theme: 'Thema',
    breadth: 'Breite',
    wall: 'Wand',
    before: 'Vorher',
    after: 'Nachher',
    change: 'Veränderung (95 %)',
    people: 'Personen',
  },
  meta: {
    date: 'Datum',
    round: 'Runde',
    participants: 'Teilnehmende',
    voters: 'Abstimmende',
    level: 'Erfassung',
    seed: 'Startwert',
  },
  levels: {
    dots: 'jeder Punkt einzeln',
    'perspective-counts': 'Punkte je Perspektive (Farbpunkte)',
    counts: 'nur Summen je Aussage',
  },
  suppressed: 'unterdrückt (weniger als k Personen)',
  suppressedShort: 'unterdrückt (< k)',
  noDots: 'Keine Punkte an dieser Wand.',
  leaderTest: (l: string, r: string, a: number, b: number, p: string): string =>
    `Spitzenreiter ${l} gegen Zweitplatzierte ${r}: ${a} zu ${b} Punkte, exakter Binomialtest p = ${p}.`,
  concentration: (h: string, e: string): string =>
    `Konzentration: HHI ${h}, effektive Zahl der Prioritäten ${e}.`,
  missing: {
    'not-present': 'war nicht vertreten',
    'no-dots-on-wall': 'hat hier keinen Punkt gesetzt',
  },
  splitting: (a: string, b: string, s: string, c: number, w: boolean): string =>
    `${a} und ${b} sind ähnlich (Ähnlichkeit ${s}) und teilen sich womöglich Punkte: zusammen ${c}${w ? ', mehr als der Spitzenreiter' : ''}.`,
  ties: (ids: string): string => `Gleichstand mit ${ids}`,
  headings: {
    perspectives: 'Perspektiven',
    violations: 'Regelverstöße',
    limitations: 'Was sich nicht berechnen lässt',
    candidates: 'Vorschläge für Ziele und Handlungsschritte',
    goals: 'Ziele',
    actionSteps: 'Handlungsschritte',
    countyMap: 'Kreiskarte: Klimabilanz je Handlungsfeld und Stadt',
    themes: 'Themen über Städte hinweg',
    trends: 'Entwicklung zwischen Runden',
    methods: 'Methoden in einfacher Sprache',
    headcount: 'Teilnehmende nach Perspektive',
    contents: 'Inhalt',
  },
  chart: {
    wall: (w: string, n: number): string =>
      `Diagramm: Anteil der Abstimmenden je Aussage an der Wand ${w} (${n} Abstimmende)`,
    wallDesc:
      'Balken zeigen den Anteil, Linien das 95-%-Intervall. Die Zahlen stehen in der Tabelle darunter.',
    perspectives:
      'Diagramm: geglättete Unterstützung je Perspektive für die Aussagen der obersten Stufe',
    perspectivesDesc:
      'Je größer der Kreis, desto größer die Unterstützung. Unterdrückte Zellen fehlen. Die Zahlen stehen in der Tabelle.',
    map: 'Diagramm: Kreiskarte der Klimabilanz (Anteil Sonne an Sonne und Gewitter) je Handlungsfeld und Stadt',
    mapDesc: (m: string): string =>
      `Dunkler heißt sonniger. Werte sind zum Kreismittel ${m} hin geglättet. Die Zahlen stehen in der Tabelle.`,
  },
  countyWide: 'kreisweit',
  from: 'aus',
  transition: (f: string, t: string): string => `Wandwechsel: ${f} → ${t}`,
  noneFound: 'Keine.',
  methods: [
    'Anteil: Wie viele der Abstimmenden an einer Wand eine Aussage bepunktet haben. Das 95-%-Intervall (Wilson) zeigt, wie weit der wahre Anteil bei so wenigen Personen noch daneben liegen kann.',
    'Spitzenreiter-Test: Wären die beiden vordersten Aussagen gleich beliebt, wie wahrscheinlich wäre ein so deutlicher Abstand? Ein p-Wert über 0,05 heißt: Der Vorsprung kann Zufall sein.',
    'P(Spitze) und Rangintervall: Der Computer spielt die Abstimmung 10.000-mal mit plausiblen wahren Anteilen nach (Dirichlet-Multinomial, fester Startwert, daher wiederholbar). P(Spitze) ist, wie oft eine Aussage dabei vorne lag; das Rangintervall enthält ihren wahren Rang mit 80 % Wahrscheinlichkeit.',
    'Stufen statt Ränge: Aussagen, deren Rangintervalle sich mit dem der ersten Aussage der Stufe überschneiden, stehen in einer Stufe. Innerhalb einer Stufe ist die Reihenfolge nicht belastbar. Gleichstände werden immer angezeigt, nie still aufgelöst. „Klarer Spitzenreiter“ heißt P(Spitze) von mindestens 0,9.',
    'Perspektiven: Die Unterstützung je Perspektive ist (Punkte + 1) / (Abstimmende + 2), damit eine kleine Gruppe mit null Punkten nicht als „niemand“ gelesen wird. Der ausgewogene Anteil gibt jeder Perspektive das gleiche Gewicht, egal wie viele Personen sie mitgebracht hat.',
    'Brückenwert: das geometrische Mittel der Unterstützung aller Perspektiven mal ihrer Gleichmäßigkeit. Er ist nur hoch, wenn alle Perspektiven die Aussage tragen. „Verbindend“ heißt: mindestens m Perspektiven, darunter Neuzugewanderte und Verwaltung, haben sie bepunktet, und der Brückenwert erreicht mindestens einen fairen Anteil (1 / Zahl der Aussagen der Wand).',
    'Datenschutz: Zellen einer Perspektive mit weniger als k Personen (Standard 3) werden in allen Ausgaben unterdrückt.',
    'Konzentration: Der HHI ist die Summe der quadrierten Punktanteile; 1 / HHI ist die effektive Zahl der Prioritäten einer Wand. Ähnliche Aussagen, die sich Punkte teilen, werden als Hinweis genannt.',
    'Kreiskarte: Klimabilanz = Zahl der bepunkteten Sonne-Aussagen über eine Stadt / (Sonne- + Gewitter-Aussagen). Gezählt werden Aussagen, nicht Punkte, denn die Punkte auf einer Karte sind kein unabhängiger Beleg über eine Stadt. Kleine Zellen werden mit einem Beta-Binomial-Modell zum Kreismittel hin geglättet (das Kreismittel zählt höchstens wie vier Aussagen); der Rohwert steht daneben.',
    'Entwicklung zwischen Runden: Veränderung des Anteils eines Themas mit einem Newcombe-Intervall; ein Wandwechsel heißt, das Thema steht jetzt vor allem an einer anderen Wand.',
    'Jede Zahl trägt die Kennungen der Aussagen, aus denen sie berechnet wurde.',
  ],
};

/** Every string a report uses, German first; English has the same shape, so the two stay in step. */
export type ReportMessages = typeof de;

const en: ReportMessages = {
  title: 'Klimakonferenz: current-state analysis',
  fictional: 'Fictional data: this report is based on invented sample data.',
  overview: 'Overview',
  walls: {
    sonne: { name: 'Sonne (sun)', question: 'Here the sun shines: these are the strengths.' },
    wolke: {
      name: 'Wolke (cloud)',
      question: 'Here clouds darken the sky: this obscures the view.',
    },
    gewitter: {
      name: 'Gewitter (thunderstorm)',
      question: 'Here a storm is brewing: this must change urgently.',
    },
    wind: {
      name: 'Wind (fresh wind)',
      question: 'Here a fresh wind blows: this would be a good idea.',
    },
  },
  labels: { 'clear-winner': 'clear winner', tie: 'tie', bridging: 'bridging' },
  limitations: {
    'no-perspectives':
      'Only totals per statement were recorded: support per perspective, balanced share, bridging and missing perspectives cannot be computed.',
    'merged-may-double-count':
      'Without individual dots, a person who dotted two merged statements may count twice.',
    'voters-from-headcount':
      'More than one dot per wall without individual dots: everyone present is taken as a voter of each wall.',
    'no-individual-votes':
      'No individual dots recorded: Polis votes and per-person checks are not possible.',
  },
  violations: {
    'duplicate-id': 'Duplicate id',
    'unknown-participant': 'Unknown participant',
    'unknown-statement': 'Unknown statement',
    'unknown-perspective': 'Unknown perspective',
    'wrong-wall': "Dot on another wall's statement",
    'over-budget': 'More dots than allowed',
    'over-voters': 'More dots on one statement than people who could dot it',
    'repeat-dot': 'The same dot twice',
    'merge-unknown-target': 'Merge into an unknown statement',
    'merge-across-walls': 'Merge across walls',
    'merge-cycle': 'Merges in a cycle',
  },
  columns: {
    id: 'Id',
    statement: 'Statement',
    dots: 'Dots',
    share: 'Share',
    interval: '95% interval',
    pTop: 'P(top)',
    rankInterval: 'Rank (80%)',
    tier: 'Tier',
    labels: 'Labels',
    perspective: 'Perspective',
    support: 'Support',
    balanced: 'Balanced share',
    bridging: 'Bridging',
    municipality: 'City',
    field: 'Field of action',
    raw: 'Raw',
    shrunk: 'Shrunk',
    statements: 'Statements',
    theme: 'Theme',
    breadth: 'Breadth',
    wall: 'Wall',
    before: 'Before',
    after: 'After',
    change: 'Change (95%)',
    people: 'People',
  },
  meta: {
    date: 'Date',
    round: 'Round',
    participants: 'Participants',
    voters: 'voters',
    level: 'Input level',
    seed: 'Seed',
  },
  levels: {
    dots: 'every dot',
    'perspective-counts': 'dots per perspective (coloured dots)',
    counts: 'totals per statement only',
  },
  suppressed: 'suppressed (fewer than k people)',
  suppressedShort: 'suppressed (< k)',
  noDots: 'No dots on this wall.',
  leaderTest: (l, r, a, b, p) =>
    `Leader ${l} against runner-up ${r}: ${a} to ${b} dots, exact binomial test p = ${p}.`,
  concentration: (h, e) => `Concentration: HHI ${h}, effective number of priorities ${e}.`,
  missing: { 'not-present': 'was not present', 'no-dots-on-wall': 'placed no dot here' },
  splitting: (a, b, s, c, w) =>
    `${a} and ${b} are similar (similarity ${s}) and may have split dots: ${c} together${w ? ', more than the leader' : ''}.`,
  ties: (ids) => `tied with ${ids}`,
  headings: {
    perspectives: 'Perspectives',
    violations: 'Rule violations',
    limitations: 'What cannot be computed',
    candidates: 'Candidate goals and action steps',
    goals: 'Goals',
    actionSteps: 'Action steps',
    countyMap: 'County map: climate balance per field of action and city',
    themes: 'Themes across cities',
    trends: 'Change between rounds',
    methods: 'Methods in plain language',
    headcount: 'Participants by perspective',
    contents: 'Contents',
  },
  chart: {
    wall: (w, n) => `Chart: share of voters per statement on the ${w} wall (${n} voters)`,
    wallDesc: 'Bars show the share, lines the 95% interval. The numbers are in the table below.',
    perspectives: 'Chart: smoothed support per perspective for the top-tier statements',
    perspectivesDesc:
      'The larger the circle, the greater the support. Suppressed cells are left out. The numbers are in the table.',
    map: 'Chart: county map of the climate balance (sun share of sun and thunderstorm) per field of action and city',
    mapDesc: (m) =>
      `Darker means sunnier. Values are shrunk towards the county mean ${m}. The numbers are in the table.`,
  },
  countyWide: 'county-wide',
  from: 'from',
  transition: (f, t) => `Wall change: ${f} → ${t}`,
  noneFound: 'None.',
  methods: [
    "Share: how many of a wall's voters dotted a statement. The 95% interval (Wilson) shows how far the true share may still be with so few people.",
    'Leader test: if the two leading statements were equally popular, how likely would a gap this large be? A p-value above 0.05 means the lead may be chance.',
    'P(top) and rank interval: the computer replays the vote 10,000 times with plausible true shares (Dirichlet-multinomial, fixed seed, so repeatable). P(top) is how often a statement came first; the rank interval holds its true rank with 80% probability.',
    'Tiers instead of ranks: statements whose rank intervals overlap that of the tier\'s first statement share a tier. Order within a tier is not reliable. Ties are always shown, never silently broken. "Clear winner" means P(top) of at least 0.9.',
    'Perspectives: support per perspective is (dots + 1) / (voters + 2), so a small group with no dots is not read as "nobody". The balanced share gives every perspective the same weight, however many people it brought.',
    'Bridging score: the geometric mean of all perspectives\' support times its evenness. It is high only when every perspective carries the statement. "Bridging" means at least m perspectives, including newcomers and administration, dotted it and the score reaches at least a fair share (1 / number of statements on the wall).',
    'Privacy: cells of a perspective with fewer than k people (default 3) are suppressed in every output.',
    "Concentration: the HHI is the sum of squared dot shares; 1 / HHI is a wall's effective number of priorities. Similar statements that split dots are flagged.",
    'County map: climate balance = dotted sun statements about a city / (sun + thunderstorm statements). Statements are counted, not dots, since the dots on one card are not independent evidence about a city. Small cells are shrunk towards the county mean by a beta-binomial model (the mean is worth at most four statements); the raw value is shown beside.',
    "Change between rounds: change in a theme's share with a Newcombe interval; a wall change means the theme now sits mainly on another wall.",
    'Every number carries the ids of the statements it was computed from.',
  ],
};

/** The report strings of a language. */
export function reportMessages(language: ReportLanguage): ReportMessages {
  return language === 'en' ? en : de;
}

/**
 * One line describing a vote-rule violation in a report language, with every id involved:
 * `over-budget: Mehr Punkte als erlaubt (wall=sonne participant=t07 statements=s01,s02 found=2 allowed=1)`.
 */
export function describeViolation(violation: Violation, language: ReportLanguage): string {
  const v = violation;
  const ids = [
    v.wall && `wall=${v.wall}`,
    v.participant && `participant=${v.participant}`,
    v.perspective && `perspective=${v.perspective}`,
    v.statements.length > 0 && `statements=${v.statements.join(',')}`,
    v.found !== undefined && `found=${v.found} allowed=${v.allowed}`,
  ].filter(Boolean);
  return `${v.kind}: ${reportMessages(language).violations[v.kind]} (${ids.join(' ')})`;
}
