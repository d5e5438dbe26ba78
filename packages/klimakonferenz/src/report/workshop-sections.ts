import type { WallScore, WorkshopScore } from '../score-schema.js';
import type { DocumentBuilder } from './document-builder.js';
import { describeViolation } from './i18n.js';

/** The Ist-Analyse of one workshop: facts, walls, perspectives, candidates, limitations, violations. */
export function workshopSection(b: DocumentBuilder, score: WorkshopScore): void {
  const { m } = b;
  b.push({
    type: 'heading',
    level: 2,
    text: `${b.field(score.fieldOfAction)}${score.title && score.title !== b.field(score.fieldOfAction) ? `: ${score.title}` : ''}`,
    anchor: score.workshop,
  });
  // The page-wide notice already covers a fully fictional report; mixed reports mark each workshop.
  if (score.fictional && !b.report.fictional)
    b.push({ type: 'paragraph', text: m.fictional, notice: true });
  b.push({
    type: 'list',
    items: [
      `${m.columns.id}: ${score.workshop}`,
      `${m.meta.date}: ${score.date}`,
      `${m.meta.round}: ${score.round}`,
      `${m.columns.municipality}: ${score.municipality ? b.city(score.municipality) : m.countyWide}`,
      `${m.meta.participants}: ${score.participants}`,
      `${m.meta.level}: ${m.levels[score.level]}`,
      `${m.meta.seed}: ${score.settings.seed}, ${score.settings.draws} Monte Carlo`,
    ],
  });
  if (score.headcount) {
    b.push({
      type: 'table',
      caption: m.headings.headcount,
      head: [m.columns.perspective, m.columns.people],
      rows: score.headcount
        .filter((h) => h.count !== 0)
        .map((h) => [
          b.perspective(score, h.perspective),
          h.count === null ? m.suppressed : String(h.count),
        ]),
    });
  }
  for (const wall of score.walls) wallSection(b, score, wall);
  perspectivesSection(b, score);
  candidatesSection(b, score.workshop);
  b.push({ type: 'heading', level: 3, text: m.headings.limitations });
  b.push({
    type: 'list',
    items: score.limitations.length
      ? score.limitations.map((l) => m.limitations[l])
      : [m.noneFound],
  });
  b.push({ type: 'heading', level: 3, text: m.headings.violations });
  b.push({
    type: 'list',
    items: score.violations.length
      ? score.violations.map((v) => describeViolation(v, b.language))
      : [m.noneFound],
  });
}

/** One wall: chart, table with every number, leader test, concentration and warnings. */
function wallSection(b: DocumentBuilder, score: WorkshopScore, wall: WallScore): void {
  const { m, f } = b;
  const name = m.walls[wall.wall].name;
  b.push({
    type: 'heading',
    level: 3,
    text: `${name}: ${m.walls[wall.wall].question}`,
    anchor: `${score.workshop}-${wall.wall}`,
  });
  if (wall.dots === 0) {
    b.push({ type: 'paragraph', text: m.noDots });
    return;
  }
  b.push({
    type: 'chart',
    chart: {
      kind: 'wall',
      title: m.chart.wall(name, wall.voters),
      description: m.chart.wallDesc,
      bars: wall.statements.map((s) => ({
        id: s.id,
        share: s.share,
        low: s.interval.low,
        high: s.interval.high,
      })),
    },
  });
  b.push({
    type: 'table',
    caption: `${name}: ${wall.voters} ${m.meta.voters}`,
    head: [
      m.columns.id,
      m.columns.statement,
      m.columns.dots,
      m.columns.share,
      m.columns.interval,
      m.columns.pTop,
      m.columns.rankInterval,
      m.columns.tier,
      m.columns.labels,
    ],
    rows: wall.statements.map((s) => [
      s.members.length > 1 ? `${s.id} (${s.members.join(', ')})` : s.id,
      s.text,
      String(s.count),
      f.pct(s.share),
      `${f.pct(s.interval.low)}–${f.pct(s.interval.high)}`,
      f.num(s.pTop),
      `${s.rankInterval.low}–${s.rankInterval.high}`,
      String(s.tier),
      [
        ...s.labels.filter((l) => l !== 'tie').map((l) => m.labels[l]),
        ...(s.tiedWith.length ? [m.ties(s.tiedWith.join(', '))] : []),
      ].join('; '),
    ]),
  });
  const notes: string[] = [];
  const t = wall.leaderTest;
  if (t)
    notes.push(
      m.leaderTest(t.leader, t.runnerUp, t.leaderCount, t.runnerUpCount, f.num(t.pValue, 3)),
    );
  if (wall.hhi !== null && wall.effectiveNumber !== null)
    notes.push(m.concentration(f.num(wall.hhi), f.num(wall.effectiveNumber, 1)));
  for (const p of wall.missingPerspectives ?? [])
    notes.push(`${b.perspective(score, p.perspective)} ${m.missing[p.reason]}.`);
  for (const h of wall.splittingHints)
    notes.push(
      m.splitting(
        h.statements[0] ?? '',
        h.statements[1] ?? '',
        f.num(h.similarity),
        h.combinedCount,
        h.wouldLead,
      ),
    );
  b.push({ type: 'list', items: notes });
}

/** Support per perspective for the top-tier statements, with suppressed cells shown as such. */
function perspectivesSection(b: DocumentBuilder, score: WorkshopScore): void {
  const { m, f } = b;
  const top = score.walls.flatMap((w) =>
    w.statements.filter((s) => s.tier === 1 && s.count > 0 && s.perspectives),
  );
  if (top.length === 0) return;
  const shown = score.perspectiveLabels.filter((p) =>
    top.some((s) => s.perspectives?.some((c) => c.perspective === p.id && !c.suppressed)),
  );
  b.push({ type: 'heading', level: 3, text: m.headings.perspectives });
  // Perspectives nobody came from would only add empty columns.
  const present = score.perspectiveLabels.filter(
    (p) => score.headcount?.find((h) => h.perspective === p.id)?.count !== 0,
  );
  const cell = (id: string, p: string): number | null =>
    top.find((s) => s.id === id)?.perspectives?.find((c) => c.perspective === p)?.smoothedSupport ??
    null;
  b.push({
    type: 'chart',
    chart: {
      kind: 'perspectives',
      title: m.chart.perspectives,
      description: m.chart.perspectivesDesc,
      columns: shown.map((p) => p[b.language]),
      rows: top.map((s) => ({ id: s.id, values: shown.map((p) => cell(s.id, p.id)) })),
    },
  });
  b.push({
    type: 'table',
    caption: `${m.headings.perspectives}: ${m.columns.support} = (${m.columns.dots} + 1) / (${m.meta.voters} + 2)`,
    head: [
      m.columns.id,
      ...present.map((p) => p[b.language]),
      m.columns.balanced,
      m.columns.bridging,
    ],
    rows: top.map((s) => [
      s.id,
      ...present.map((p) => {
        const c = s.perspectives?.find((x) => x.perspective === p.id);
        if (c?.suppressed) return m.suppressedShort;
        if (!c || c.voters === null || c.voters === 0) return '–';
        return `${c.dots}/${c.voters} (${f.num(c.smoothedSupport ?? 0)})`;
      }),
      s.balancedShare === null ? '–' : f.pct(s.balancedShare),
      s.bridgingScore === null ? '–' : f.num(s.bridgingScore),
    ]),
  });
}

/** Candidate goals and action steps with the statements they came from. */
function candidatesSection(b: DocumentBuilder, workshop: string): void {
  const { m } = b;
  const c = b.report.candidates.find((x) => x.workshop === workshop);
  if (!c || (c.goals.length === 0 && c.actionSteps.length === 0)) return;
  const title = (t: Record<string, string>): string => t[b.language] ?? t['de'] ?? '';
  b.push({ type: 'heading', level: 3, text: m.headings.candidates });
  b.push({ type: 'heading', level: 4, text: m.headings.goals });
  b.push({
    type: 'list',
    items: c.goals.map((g) => `${title(g.title)} (${m.from} ${g.sourceStatementIds.join(', ')})`),
  });
  b.push({ type: 'heading', level: 4, text: m.headings.actionSteps });
  b.push({
    type: 'list',
    items: c.actionSteps.map(
      (s) => `${title(s.title)} → ${s.goalId} (${m.from} ${s.sourceStatementIds.join(', ')})`,
    ),
  });
}
