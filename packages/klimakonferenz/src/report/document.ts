import type { WallScore, WorkshopScore } from '../score-schema.js';
import type { Report } from './report-schema.js';
import { type ReportLanguage, type ReportMessages, reportMessages } from './i18n.js';

/** A chart; HTML draws it as inline SVG, Markdown leaves it out (its numbers are in the next table). */
export type ChartSpec =
  | {
      kind: 'wall';
      title: string;
      description: string;
      bars: { id: string; share: number; low: number; high: number }[];
    }
  | {
      kind: 'perspectives';
      title: string;
      description: string;
      columns: string[];
      rows: { id: string; values: (number | null)[] }[];
    }
  | {
      kind: 'map';
      title: string;
      description: string;
      columns: string[];
      rows: { label: string; values: (number | null)[] }[];
    };

/** A block of a report document; all text is plain and escaped by the renderer. */
export type Block =
  | { type: 'heading'; level: 1 | 2 | 3 | 4; text: string; anchor?: string }
  | { type: 'paragraph'; text: string; notice?: boolean }
  | { type: 'list'; items: string[] }
  | { type: 'links'; label: string; items: { text: string; anchor: string }[] }
  | { type: 'table'; caption: string; head: string[]; rows: string[][] }
  | { type: 'chart'; chart: ChartSpec };

/** A report laid out as blocks, shared by the Markdown and HTML renderers. */
export interface ReportDocument {
  /** Language the document is written in. */
  language: ReportLanguage;
  /** Title of the page. */
  title: string;
  /** The content, in reading order. */
  blocks: Block[];
}

/** Options of the renderers. */
export interface RenderOptions {
  /** Language of the report (default German). */
  language?: ReportLanguage;
  /** Render only this workshop (its Ist-Analyse) instead of the whole series. */
  workshop?: string;
}

interface Formatter {
  pct: (x: number) => string;
  num: (x: number, digits?: number) => string;
}

function formatter(language: ReportLanguage): Formatter {
  const locale = language === 'de' ? 'de-DE' : 'en-GB';
  const pct = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  return {
    pct: (x) => pct.format(x),
    num: (x, digits = 2) =>
      new Intl.NumberFormat(locale, {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }).format(x),
  };
}

class DocumentBuilder {
  readonly blocks: Block[] = [];
  readonly m: ReportMessages;
  readonly f: Formatter;
  constructor(
    readonly report: Report,
    readonly language: ReportLanguage,
  ) {
    this.m = reportMessages(language);
    this.f = formatter(language);
  }

  field(id: string): string {
    const label = this.report.county?.fieldsOfAction.find((f) => f.id === id)?.label;
    return label?.[this.language] ?? label?.['de'] ?? id;
  }

  city(ags: string): string {
    return this.report.county?.municipalities.find((m) => m.ags === ags)?.name ?? ags;
  }

  perspective(score: WorkshopScore, id: string): string {
    const label = score.perspectiveLabels.find((p) => p.id === id);
    return label ? label[this.language] : id;
  }

  push(...blocks: Block[]): void {
    this.blocks.push(...blocks);
  }

  workshop(score: WorkshopScore): void {
    const { m } = this;
    this.push({
      type: 'heading',
      level: 2,
      text: `${this.field(score.fieldOfAction)}${score.title && score.title !== this.field(score.fieldOfAction) ? `: ${score.title}` : ''}`,
      anchor: score.workshop,
    });
    // The page-wide notice already covers a fully fictional report; mixed reports mark each workshop.
    if (score.fictional && !this.report.fictional)
      this.push({ type: 'paragraph', text: m.fictional, notice: true });
    this.push({
      type: 'list',
      items: [
        `${m.columns.id}: ${score.workshop}`,
        `${m.meta.date}: ${score.date}`,
        `${m.meta.round}: ${score.round}`,
        `${m.columns.municipality}: ${score.municipality ? this.city(score.municipality) : m.countyWide}`,
        `${m.meta.participants}: ${score.participants}`,
        `${m.meta.level}: ${m.levels[score.level]}`,
        `${m.meta.seed}: ${score.settings.seed}, ${score.settings.draws} Monte Carlo`,
      ],
    });
    if (score.headcount) {
      this.push({
        type: 'table',
        caption: m.headings.headcount,
        head: [m.columns.perspective, m.columns.people],
        rows: score.headcount
          .filter((h) => h.count !== 0)
          .map((h) => [
            this.perspective(score, h.perspective),
            h.count === null ? m.suppressed : String(h.count),
          ]),
      });
    }
    for (const wall of score.walls) this.wall(score, wall);
    this.perspectives(score);
    this.candidates(score.workshop);
    this.push({ type: 'heading', level: 3, text: m.headings.limitations });
    this.push({
      type: 'list',
      items: score.limitations.length
        ? score.limitations.map((l) => m.limitations[l])
        : [m.noneFound],
    });
    this.push({ type: 'heading', level: 3, text: m.headings.violations });
    this.push({
      type: 'list',
      items: score.violations.length
        ? score.violations.map((v) =>
            [
              m.violations[v.kind],
              v.wall,
              v.participant,
              v.perspective,
              v.statements.join(', '),
              v.found === undefined ? '' : `${v.found} > ${v.allowed}`,
            ]
              .filter(Boolean)
              .join(' · '),
          )
        : [m.noneFound],
    });
  }

  wall(score: WorkshopScore, wall: WallScore): void {
    const { m, f } = this;
    const name = m.walls[wall.wall].name;
    this.push({
      type: 'heading',
      level: 3,
      text: `${name}: ${m.walls[wall.wall].question}`,
      anchor: `${score.workshop}-${wall.wall}`,
    });
    if (wall.dots === 0) {
      this.push({ type: 'paragraph', text: m.noDots });
      return;
    }
    this.push({
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
    this.push({
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
      notes.push(`${this.perspective(score, p.perspective)} ${m.missing[p.reason]}.`);
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
    this.push({ type: 'list', items: notes });
  }

  perspectives(score: WorkshopScore): void {
    const { m, f } = this;
    const top = score.walls.flatMap((w) =>
      w.statements.filter((s) => s.tier === 1 && s.count > 0 && s.perspectives),
    );
    if (top.length === 0) return;
    const shown = score.perspectiveLabels.filter((p) =>
      top.some((s) => s.perspectives?.some((c) => c.perspective === p.id && !c.suppressed)),
    );
    this.push({ type: 'heading', level: 3, text: m.headings.perspectives });
    // Perspectives nobody came from would only add empty columns.
    const present = score.perspectiveLabels.filter(
      (p) => score.headcount?.find((h) => h.perspective === p.id)?.count !== 0,
    );
    const cell = (id: string, p: string): number | null =>
      top.find((s) => s.id === id)?.perspectives?.find((c) => c.perspective === p)
        ?.smoothedSupport ?? null;
    this.push({
      type: 'chart',
      chart: {
        kind: 'perspectives',
        title: m.chart.perspectives,
        description: m.chart.perspectivesDesc,
        columns: shown.map((p) => p[this.language]),
        rows: top.map((s) => ({ id: s.id, values: shown.map((p) => cell(s.id, p.id)) })),
      },
    });
    this.push({
      type: 'table',
      caption: `${m.headings.perspectives}: ${m.columns.support} = (${m.columns.dots} + 1) / (${m.meta.voters} + 2)`,
      head: [
        m.columns.id,
        ...present.map((p) => p[this.language]),
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

  candidates(workshop: string): void {
    const { m } = this;
    const c = this.report.candidates.find((x) => x.workshop === workshop);
    if (!c || (c.goals.length === 0 && c.actionSteps.length === 0)) return;
    const title = (t: Record<string, string>): string => t[this.language] ?? t['de'] ?? '';
    this.push({ type: 'heading', level: 3, text: m.headings.candidates });
    this.push({ type: 'heading', level: 4, text: m.headings.goals });
    this.push({
      type: 'list',
      items: c.goals.map((g) => `${title(g.title)} (${m.from} ${g.sourceStatementIds.join(', ')})`),
    });
    this.push({ type: 'heading', level: 4, text: m.headings.actionSteps });
    this.push({
      type: 'list',
      items: c.actionSteps.map(
        (s) => `${title(s.title)} → ${s.goalId} (${m.from} ${s.sourceStatementIds.join(', ')})`,
      ),
    });
  }

  county(): void {
    const { m, f, report } = this;
    const map = report.countyMap;
    if (map.cells.some((c) => c.raw !== null)) {
      this.push({ type: 'heading', level: 2, text: m.headings.countyMap, anchor: 'kreiskarte' });
      const value = (field: string, ags: string): (typeof map.cells)[number] | undefined =>
        map.cells.find((c) => c.fieldOfAction === field && c.municipality === ags);
      this.push({
        type: 'chart',
        chart: {
          kind: 'map',
          title: m.chart.map,
          description: m.chart.mapDesc(f.pct(map.mean)),
          columns: map.municipalities.map((a) => this.city(a)),
          rows: map.fieldsOfAction.map((field) => ({
            label: this.field(field),
            values: map.municipalities.map((a) =>
              value(field, a)?.raw === null ? null : (value(field, a)?.shrunk ?? null),
            ),
          })),
        },
      });
      this.push({
        type: 'table',
        caption: `${m.headings.countyMap}: ${m.columns.shrunk} (${m.columns.raw}; ${m.columns.statements} ${m.walls.sonne.name}/${m.walls.gewitter.name})`,
        head: [m.columns.field, ...map.municipalities.map((a) => this.city(a))],
        rows: map.fieldsOfAction.map((field) => [
          this.field(field),
          ...map.municipalities.map((a) => {
            const c = value(field, a);
            if (!c || c.raw === null) return '–';
            return `${f.pct(c.shrunk)} (${f.pct(c.raw)}; ${c.sonne}/${c.gewitter}; ${c.statements.join(', ')})`;
          }),
        ]),
      });
    }
    if (report.themes.length) {
      this.push({ type: 'heading', level: 2, text: m.headings.themes, anchor: 'themen' });
      this.push({
        type: 'table',
        caption: m.headings.themes,
        head: [
          m.columns.theme,
          m.columns.breadth,
          ...(['sonne', 'wolke', 'gewitter', 'wind'] as const).map((w) => m.walls[w].name),
          m.columns.statements,
        ],
        rows: report.themes.map((t) => [
          t.theme,
          `${t.breadth}${t.topTierMunicipalities.length ? ` (${t.topTierMunicipalities.map((a) => this.city(a)).join(', ')})` : ''}`,
          String(t.dotsByWall.sonne),
          String(t.dotsByWall.wolke),
          String(t.dotsByWall.gewitter),
          String(t.dotsByWall.wind),
          t.statements.join(', '),
        ]),
      });
    }
    for (const trend of report.trends) {
      this.push({
        type: 'heading',
        level: 2,
        text: `${m.headings.trends}: ${this.field(trend.fieldOfAction)} (${trend.before.round} → ${trend.after.round})`,
      });
      this.push({
        type: 'table',
        caption: `${trend.before.workshop} → ${trend.after.workshop}`,
        head: [
          m.columns.theme,
          m.columns.wall,
          m.columns.before,
          m.columns.after,
          m.columns.change,
          m.columns.statements,
        ],
        rows: trend.themes.flatMap((t) =>
          t.walls.map((w, i) => [
            i === 0 && t.transition
              ? `${t.theme} (${m.transition(m.walls[t.transition.from].name, m.walls[t.transition.to].name)})`
              : t.theme,
            m.walls[w.wall].name,
            `${f.pct(w.before.share)} (${w.before.count}/${w.before.voters})`,
            `${f.pct(w.after.share)} (${w.after.count}/${w.after.voters})`,
            `${f.num(w.change.difference)} [${f.num(w.change.low)}; ${f.num(w.change.high)}]`,
            [...w.before.statements, ...w.after.statements].join(', '),
          ]),
        ),
      });
    }
  }
}

/** Lays a report out as blocks in one language, for the whole series or one workshop. */
export function reportDocument(report: Report, options: RenderOptions = {}): ReportDocument {
  const language = options.language ?? 'de';
  const b = new DocumentBuilder(report, language);
  const { m } = b;
  const scores = options.workshop
    ? report.workshops.filter((w) => w.workshop === options.workshop)
    : report.workshops;
  const single = options.workshop ? scores[0] : undefined;
  const title = single
    ? `${m.title} – ${b.field(single.fieldOfAction)}`
    : `${m.title}${report.county ? ` – ${report.county.name}` : ''}`;
  b.push({ type: 'heading', level: 1, text: title });
  if (report.fictional) b.push({ type: 'paragraph', text: m.fictional, notice: true });
  if (report.notice) b.push({ type: 'paragraph', text: report.notice });
  if (!single) {
    b.push({ type: 'heading', level: 2, text: m.headings.contents });
    b.push({
      type: 'links',
      label: m.headings.contents,
      items: scores.map((s) => ({
        text: `${b.field(s.fieldOfAction)} (${s.date})`,
        anchor: s.workshop,
      })),
    });
    b.county();
  }
  for (const score of scores) b.workshop(score);
  b.push({ type: 'heading', level: 2, text: m.headings.methods, anchor: 'methoden' });
  b.push({ type: 'list', items: m.methods });
  return { language, title, blocks: b.blocks };
}
