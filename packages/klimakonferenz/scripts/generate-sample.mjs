// Writes the fictional sample workshops to ../data/. Run: node scripts/generate-sample.mjs
// Deterministic: the dots are drawn from each statement's appeal per perspective with a seeded generator,
// so the files only change when this script or sample-statements.mjs changes.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brochure } from './sample-brochure.mjs';
import { cities, followUp, workshops } from './sample-statements.mjs';

const NOTICE =
  'Fiktive Beispieldaten: erfunden zur Vorführung, angelehnt an die Themen der Handlungsstrategie des Kreises Recklinghausen. / Fictional sample data, invented for demonstration.';

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WALLS = ['sonne', 'wolke', 'gewitter', 'wind'];
const short = { sonne: 's', wolke: 'w', gewitter: 'g', wind: 'f' };

function build(def, seed) {
  const random = mulberry32(seed);
  const counters = { sonne: 0, wolke: 0, gewitter: 0, wind: 0 };
  const statements = def.statements.map(([wall, text, themes, where, appeal, multipliers]) => ({
    id: `${short[wall]}${String(++counters[wall]).padStart(2, '0')}`,
    wall,
    text,
    themes: themes ? themes.split(',') : [],
    municipalities: where ? where.split(',').map((c) => cities[c]) : [],
    appeal,
    multipliers: multipliers ?? {},
  }));
  const participants = Object.entries(def.mix).flatMap(([perspective, n]) =>
    Array.from({ length: n }, () => ({ perspective })),
  );
  participants.forEach((p, i) => (p.id = `t${String(i + 1).padStart(2, '0')}`));
  const dots = [];
  for (const p of participants) {
    for (const wall of WALLS) {
      if (random() < 0.05) continue; // a few leave before dotting a wall
      const options = statements.filter((s) => s.wall === wall);
      const weights = options.map((s) => s.appeal * (s.multipliers[p.perspective] ?? 1));
      let r = random() * weights.reduce((a, b) => a + b, 0);
      const chosen = options.find((_, i) => (r -= weights[i]) < 0) ?? options[options.length - 1];
      dots.push({
        participant: p.id,
        statement: chosen.id,
        enteredBy: random() < 0.2 ? 'facilitator' : 'self',
      });
    }
  }
  let votes;
  if (def.level === 'perspective-counts') {
    const perspectiveOf = new Map(participants.map((p) => [p.id, p.perspective]));
    const cells = new Map();
    for (const d of dots) {
      const key = `${d.statement}|${perspectiveOf.get(d.participant)}`;
      cells.set(key, (cells.get(key) ?? 0) + 1);
    }
    votes = {
      level: 'perspective-counts',
      headcount: def.mix,
      counts: [...cells].map(([key, n]) => {
        const [statement, perspective] = key.split('|');
        return { statement, perspective, dots: n };
      }),
    };
  } else {
    votes = {
      level: 'dots',
      participants: participants.map(({ id, perspective }) => ({ id, perspective })),
      dots,
    };
  }
  return {
    id: def.id,
    title: def.title,
    fieldOfAction: def.field,
    ...(def.municipality ? { municipality: def.municipality } : {}),
    date: def.date,
    round: def.round ?? 1,
    venue: def.venue,
    facilitators: ['KI-Moderation A', 'KI-Moderation B'],
    dotBudget: 1,
    statements: statements.map(({ appeal: _a, multipliers: _m, ...s }) => s),
    votes,
    mergeLog: [],
    fictional: true,
    ...brochure[def.id],
  };
}

/** Marks the second of two duplicate cards as merged, as facilitators would on the wall, with its trail. */
function mergeDuplicate(workshop, statementText, intoText) {
  const statement = workshop.statements.find((s) => s.text === statementText);
  const into = workshop.statements.find((s) => s.text === intoText);
  statement.mergedInto = into.id;
  workshop.mergeLog.push({
    action: 'merge',
    statement: statement.id,
    into: into.id,
    at: `${workshop.date}T16:30:00+02:00`,
    by: 'KI-Moderation A',
    note: 'Doppelte Karte an der Gewitter-Wand',
  });
}

const county = {
  name: 'Kreis Recklinghausen',
  municipalities: [
    ['05562004', 'Castrop-Rauxel'],
    ['05562008', 'Datteln'],
    ['05562012', 'Dorsten'],
    ['05562014', 'Gladbeck'],
    ['05562016', 'Haltern am See'],
    ['05562020', 'Herten'],
    ['05562024', 'Marl'],
    ['05562028', 'Oer-Erkenschwick'],
    ['05562032', 'Recklinghausen'],
    ['05562036', 'Waltrop'],
  ].map(([ags, name]) => ({ ags, name })),
  fieldsOfAction: [
    ['wohnen', 'Wohnen', 'Housing'],
    [
      'bildung-0-14',
      'Bildung und Sprachförderung 0–14 Jahre',
      'Education and language support, ages 0–14',
    ],
    [
      'bildung-ab-15',
      'Bildung und Sprachförderung ab 15 Jahre',
      'Education and language support, ages 15 and over',
    ],
    ['sicherheit-rassismus', 'Sicherheit und Rassismus', 'Safety and racism'],
    ['sport', 'Sport', 'Sport'],
    [
      'ausbildung-arbeit',
      'Integration in Ausbildung und Arbeit',
      'Integration into training and work',
    ],
    ['engagement', 'Bürgerschaftliches Engagement', 'Civic engagement'],
    [
      'familie-kinder-frauen-jugend',
      'Familie, Kinder, Frauen und Jugendliche',
      'Families, children, women and young people',
    ],
  ].map(([id, de, en]) => ({ id, label: { de, en } })),
};

const built = workshops.map((def, i) => build(def, 2017 + i));
mergeDuplicate(
  built.find((w) => w.fieldOfAction === 'bildung-ab-15'),
  'Zu wenig Sprachkurse mit Kinderbetreuung für Mütter',
  'Keine Kinderbetreuung während der Sprachkurse: Mütter bleiben zu Hause',
);

const out = (name) => fileURLToPath(new URL(`../data/${name}`, import.meta.url));
const collection = (workshopList) => ({
  schemaVersion: 1,
  notice: NOTICE,
  fictional: true,
  county,
  workshops: workshopList,
});
writeFileSync(out('recklinghausen-2017.json'), `${JSON.stringify(collection(built), null, 1)}\n`);
writeFileSync(
  out('recklinghausen-2019-wohnen.json'),
  `${JSON.stringify(collection([build(followUp, 2019)]), null, 1)}\n`,
);
console.log(
  `wrote ${built.length} workshops with ${built.reduce((s, w) => s + w.statements.length, 0)} statements`,
);
