import { brochureMessages } from './brochure-i18n.js';
import type { DocumentBuilder } from './document-builder.js';

/** The county map, themes across cities and trends between rounds. */
export function countySections(b: DocumentBuilder): void {
  const { m, f, report } = b;
  const t = brochureMessages(b.language);
  const map = report.countyMap;
  if (map.cells.some((c) => c.raw !== null)) {
    b.push({ type: 'heading', level: 3, text: m.headings.countyMap, anchor: 'kreiskarte' });
    const value = (field: string, ags: string): (typeof map.cells)[number] | undefined =>
      map.cells.find((c) => c.fieldOfAction === field && c.municipality === ags);
    b.push({
      type: 'chart',
      chart: {
        kind: 'map',
        title: m.chart.map,
        description: m.chart.mapDesc(f.pct(map.mean)),
        columns: map.municipalities.map((a) => b.city(a)),
        rows: map.fieldsOfAction.map((field) => ({
          label: b.field(field),
          values: map.municipalities.map((a) =>
            value(field, a)?.raw === null ? null : (value(field, a)?.shrunk ?? null),
          ),
        })),
      },
    });
    b.push({
      type: 'table',
      caption: m.headings.countyMap,
      head: [m.columns.field, ...map.municipalities.map((a) => b.city(a))],
      rows: map.fieldsOfAction.map((field) => [
        b.field(field),
        ...map.municipalities.map((a) => {
          const c = value(field, a);
          if (!c || c.raw === null || !c.interval) return '–';
          return t.mapCell(
            f.pct(c.raw),
            f.pct(c.interval.low),
            f.pct(c.interval.high),
            c.sonne + c.gewitter,
            c.round ?? 1,
          );
        }),
      ]),
    });
  }
  if (report.themes.length) {
    b.push({ type: 'heading', level: 3, text: m.headings.themes, anchor: 'themen' });
    b.push({
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
        `${t.breadth}${t.topTierMunicipalities.length ? ` (${t.topTierMunicipalities.map((a) => b.city(a)).join(', ')})` : ''}`,
        String(t.dotsByWall.sonne),
        String(t.dotsByWall.wolke),
        String(t.dotsByWall.gewitter),
        String(t.dotsByWall.wind),
        t.statements.join(', '),
      ]),
    });
  }
  for (const trend of report.trends) {
    b.push({
      type: 'heading',
      level: 3,
      text: `${m.headings.trends}: ${b.field(trend.fieldOfAction)} (${trend.before.round} → ${trend.after.round})`,
    });
    if (trend.participationChanged)
      b.push({
        type: 'paragraph',
        text: t.participation(trend.before.participants, trend.after.participants),
        notice: true,
      });
    const share = (x: { share: number; count: number; voters: number } | null): string =>
      x ? `${f.pct(x.share)} (${x.count}/${x.voters})` : t.absent;
    b.push({
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
          share(w.before),
          share(w.after),
          w.change
            ? `${f.num(w.change.difference)} [${f.num(w.change.low)}; ${f.num(w.change.high)}]`
            : '–',
          [...(w.before?.statements ?? []), ...(w.after?.statements ?? [])].join(', '),
        ]),
      ),
    });
  }
}
