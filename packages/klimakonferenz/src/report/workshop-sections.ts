import type { StatementScore, WallScore, WorkshopScore } from '../score-schema.js';
import { brochureMessages } from './brochure-i18n.js';
import type { DocumentBuilder } from './document-builder.js';
import { describeViolation } from './i18n.js';

/** Statement text for a chart label: one line above the bar, at most about 80 characters. */
function shortText(text: string): string {
  return text.length > 80 ? `${text.slice(0, 78).trimEnd()}…` : text;
}

/** Whether the wall's leader test finds the first statement's lead over the second beyond chance. */
const leadIsClear = (wall: WallScore): boolean =>
  wall.leaderTest !== null && wall.leaderTest.pValue < 0.05;

/**
 * The assessment of a statement in words, each hard label marked tentative below the threshold. "Clear leader"
 * is said only when the leader test agrees, so the table never calls a lead clear that the sentence under it
 * calls possibly chance; the statement is then in the top group.
 */
function assessment(
  b: DocumentBuilder,
  score: WorkshopScore,
  wall: WallScore,
  s: StatementScore,
): string {
  const t = brochureMessages(b.language);
  const threshold = score.settings.stabilityThreshold;
  const say = (label: string, stability: number | null): string | null =>
    stability === null
      ? null
      : stability >= threshold
        ? label
        : t.tentative(label, b.f.pct(stability));
  return [
    (leadIsClear(wall) ? say(t.clear, s.stability.clearWinner) : null) ??
      say(t.top, s.stability.tier1),
    say(t.bridging, s.stability.bridging),
  ]
    .filter((x): x is string => x !== null)
    .join('; ');
}

/** Names of the pooled perspectives, for the pool's column. */
function poolLabel(b: DocumentBuilder, score: WorkshopScore): string {
  const names = (score.pool?.perspectives ?? []).map((p) => b.perspective(score, p)).join(', ');
  return brochureMessages(b.language).pool(names);
}

/**
 * The brochure section of one workshop: the narrative, quotes, who was in the room, each wall's statements
 * in words with their share and an honest assessment, the perspectives side by side, and the
 * candidate goals with their steps, responsible actors and partners. Analyst figures go to the appendix.
 */
export function workshopSection(b: DocumentBuilder, score: WorkshopScore): void {
  const { m } = b;
  const t = brochureMessages(b.language);
  b.push({
    type: 'heading',
    level: 2,
    text: `${b.field(score.fieldOfAction)}${score.title && score.title !== b.field(score.fieldOfAction) ? `: ${score.title}` : ''}`,
    anchor: score.workshop,
    page: true,
  });
  if (score.fictional && !b.report.fictional)
    b.push({ type: 'paragraph', text: m.fictional, notice: true });
  const place = score.municipality ? b.city(score.municipality) : m.countyWide;
  b.push({
    type: 'paragraph',
    text: `${place} · ${t.participants(score.participants, b.f.date(score.date))}`,
  });
  if (score.notes?.field) b.push({ type: 'paragraph', text: score.notes.field });
  // The room's own voices follow its story, before the numbers, as in the printed brochure.
  if (score.quotes.length) {
    b.push({ type: 'heading', level: 3, text: t.quotes });
    for (const q of score.quotes)
      b.push({
        type: 'quote',
        text: q.text,
        source: q.perspective ? b.perspective(score, q.perspective) : t.anonymous,
      });
  }
  if (score.headcount) {
    const shown = score.headcount.filter((h) => h.count !== null && h.count > 0);
    b.push({
      type: 'table',
      caption: t.inRoom,
      head: [m.columns.perspective, t.columns.people],
      rows: [
        ...shown.map((h) => [b.perspective(score, h.perspective), String(h.count)]),
        ...(score.pool && !score.pool.whole
          ? [[poolLabel(b, score), String(score.pool.headcount)]]
          : []),
      ],
    });
    if (score.pool) b.push({ type: 'paragraph', text: t.poolNote });
  }
  for (const wall of score.walls) wallSection(b, score, wall);
  perspectivesSection(b, score);
  candidatesSection(b, score);
}

/** One wall in words: its note, a chart labelled with the statements and a table of the dotted ones. */
function wallSection(b: DocumentBuilder, score: WorkshopScore, wall: WallScore): void {
  const { m, f } = b;
  const t = brochureMessages(b.language);
  const name = m.walls[wall.wall].name;
  b.push({
    type: 'heading',
    level: 3,
    text: `${name}: ${m.walls[wall.wall].question}`,
    anchor: `${score.workshop}-${wall.wall}`,
  });
  const note = score.notes?.walls?.[wall.wall];
  if (note) b.push({ type: 'paragraph', text: note });
  if (wall.dots === 0) {
    b.push({ type: 'paragraph', text: m.noDots });
    return;
  }
  const dotted = wall.statements.filter((s) => s.count > 0);
  b.push({
    type: 'chart',
    chart: {
      kind: 'wall',
      title: t.chartTitle(name, wall.voters),
      description: t.chartDesc,
      bars: dotted.map((s) => ({
        id: shortText(s.text),
        share: s.share,
        low: s.interval.low,
        high: s.interval.high,
      })),
    },
  });
  b.push({
    type: 'table',
    caption: `${name}: ${t.priorities}`,
    head: [t.columns.statement, t.columns.dots, t.columns.share, t.columns.assessment],
    rows: dotted.map((s) => [
      s.text,
      String(s.count),
      `${f.pct(s.share)} (${f.pct(s.interval.low)}–${f.pct(s.interval.high)})`,
      assessment(b, score, wall, s),
    ]),
  });
  if (wall.leaderTest)
    b.push({ type: 'paragraph', text: t.leader(leadIsClear(wall) ? 'clear' : 'chance') });
}

/** The leading statements with every published perspective (and the pool) side by side. */
function perspectivesSection(b: DocumentBuilder, score: WorkshopScore): void {
  const t = brochureMessages(b.language);
  const top = score.walls.flatMap((w) =>
    w.statements.filter((s) => s.tier === 1 && s.count > 0 && s.perspectives),
  );
  if (top.length === 0 || !score.headcount || score.pool?.whole) return;
  const shown = score.headcount.filter((h) => h.count !== null && h.count > 0);
  b.push({ type: 'heading', level: 3, text: t.perspectives });
  b.push({
    type: 'table',
    caption: t.perspectivesCaption,
    head: [
      t.columns.statement,
      ...shown.map((h) => b.perspective(score, h.perspective)),
      ...(score.pool ? [poolLabel(b, score)] : []),
    ],
    rows: top.map((s) => [
      s.text,
      ...shown.map((h) => {
        const c = s.perspectives?.find((x) => x.perspective === h.perspective);
        return c && c.dots !== null && c.voters ? t.of(c.dots, c.voters) : '–';
      }),
      ...(score.pool ? [s.pool?.voters ? t.of(s.pool.dots, s.pool.voters) : '–'] : []),
    ]),
  });
}

/** Candidate goals, each with the action steps under it, the responsible actor and partners. */
function candidatesSection(b: DocumentBuilder, score: WorkshopScore): void {
  const t = brochureMessages(b.language);
  const c = b.report.candidates.find((x) => x.workshop === score.workshop);
  if (!c || c.goals.length === 0) return;
  const title = (x: Record<string, string>): string => x[b.language] ?? x['de'] ?? '';
  const actor = (id: string): string => score.fachtag?.actors.find((a) => a.id === id)?.name ?? id;
  b.push({ type: 'heading', level: 3, text: t.goals });
  for (const goal of c.goals) {
    b.push({ type: 'heading', level: 4, text: title(goal.title) });
    const steps = c.actionSteps.filter((s) => s.goalId === goal.id);
    b.push({
      type: 'list',
      items: steps.length
        ? steps.map(
            (s) =>
              `${title(s.title)} – ${t.responsible}: ${s.responsibleActorIds.map(actor).join(', ')}${s.partnerActorIds.length ? `; ${t.partners}: ${s.partnerActorIds.map(actor).join(', ')}` : ''}`,
          )
        : [t.noStep],
    });
  }
  if (score.fachtag?.actors.length) {
    b.push({ type: 'heading', level: 4, text: t.fachtag });
    b.push({ type: 'list', items: score.fachtag.actors.map((a) => a.name) });
  }
}

/** The analyst figures of one workshop: ids, P(top), ranks, tiers, stability, tests, limitations. */
export function workshopAppendix(b: DocumentBuilder, score: WorkshopScore): void {
  const { m, f } = b;
  b.push({
    type: 'heading',
    level: 3,
    text: `${b.field(score.fieldOfAction)} (${score.workshop})`,
  });
  b.push({
    type: 'list',
    items: [
      `${m.meta.round}: ${score.round}`,
      `${m.meta.level}: ${m.levels[score.level]}`,
      `${m.meta.seed}: ${score.settings.seed}, ${score.settings.draws} Monte Carlo`,
    ],
  });
  for (const wall of score.walls) {
    if (wall.dots === 0) continue;
    const name = m.walls[wall.wall].name;
    b.push({
      type: 'table',
      caption: `${name}: ${wall.voters} ${m.meta.voters}`,
      head: [
        m.columns.id,
        m.columns.dots,
        m.columns.pTop,
        m.columns.rankInterval,
        m.columns.tier,
        m.columns.labels,
      ],
      rows: wall.statements.map((s) => [
        s.members.length > 1 ? `${s.id} (${s.members.join(', ')})` : s.id,
        String(s.count),
        f.num(s.pTop),
        `${s.rankInterval.low}–${s.rankInterval.high}`,
        String(s.tier),
        [
          ...s.labels.filter((l) => l !== 'tie').map((l) => m.labels[l]),
          ...(s.tiedWith.length ? [m.ties(s.tiedWith.join(', '))] : []),
          ...(['tier1', 'clearWinner', 'bridging'] as const).flatMap((k) =>
            s.stability[k] === null ? [] : [`${k} ${f.num(s.stability[k] ?? 0)}`],
          ),
        ].join('; '),
      ]),
    });
    const notes: string[] = [];
    const lt = wall.leaderTest;
    if (lt)
      notes.push(
        m.leaderTest(lt.leader, lt.runnerUp, lt.leaderCount, lt.runnerUpCount, f.num(lt.pValue, 3)),
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
  b.push({ type: 'heading', level: 4, text: m.headings.limitations });
  b.push({
    type: 'list',
    items: score.limitations.length
      ? score.limitations.map((l) => m.limitations[l])
      : [m.noneFound],
  });
  b.push({ type: 'heading', level: 4, text: m.headings.violations });
  b.push({
    type: 'list',
    items: score.violations.length
      ? score.violations.map((v) => describeViolation(v, b.language))
      : [m.noneFound],
  });
}
