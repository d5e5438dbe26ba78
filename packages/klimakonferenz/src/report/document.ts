import type { ReportDocument, RenderOptions } from './blocks.js';
import { countySections } from './county-sections.js';
import { DocumentBuilder } from './document-builder.js';
import type { Report } from './report-schema.js';
import { brochureMessages } from './brochure-i18n.js';
import { workshopAppendix, workshopSection } from './workshop-sections.js';

export type { Block, ChartSpec, ReportDocument, RenderOptions } from './blocks.js';

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
  }
  for (const score of scores) workshopSection(b, score);
  b.push({
    type: 'heading',
    level: 2,
    text: brochureMessages(language).appendix,
    anchor: 'anhang',
    page: true,
  });
  // The county map, themes and trends compare cells of a few people each: figures for analysts.
  if (!single) countySections(b);
  for (const score of scores) workshopAppendix(b, score);
  b.push({ type: 'heading', level: 2, text: m.headings.methods, anchor: 'methoden' });
  b.push({ type: 'list', items: m.methods });
  return { language, title, blocks: b.blocks };
}
