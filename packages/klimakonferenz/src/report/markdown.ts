import { escapeMarkdown } from './escape.js';
import { type Block, type RenderOptions, reportDocument } from './document.js';
import type { ReportLanguage } from './i18n.js';
import type { Report } from './report-schema.js';

/** Opening and closing quotation marks as each language prints them. */
const QUOTE_MARKS = { de: ['„', '“'], en: ['“', '”'] } as const;

function block(b: Block, language: ReportLanguage): string {
  switch (b.type) {
    case 'heading':
      return `${'#'.repeat(b.level)} ${escapeMarkdown(b.text)}`;
    case 'paragraph':
      return b.notice ? `> **${escapeMarkdown(b.text)}**` : escapeMarkdown(b.text);
    case 'quote': {
      const [open, close] = QUOTE_MARKS[language];
      return `> ${open}${escapeMarkdown(b.text)}${close}\n>\n> – ${escapeMarkdown(b.source)}`;
    }
    case 'list':
      return b.items.map((i) => `- ${escapeMarkdown(i)}`).join('\n');
    case 'links':
      return b.items
        .map((i) => `- [${escapeMarkdown(i.text)}](#${encodeURIComponent(i.anchor)})`)
        .join('\n');
    case 'table': {
      const row = (cells: string[]): string => `| ${cells.map(escapeMarkdown).join(' | ')} |`;
      return [
        `*${escapeMarkdown(b.caption)}*`,
        '',
        row(b.head),
        `| ${b.head.map(() => '---').join(' | ')} |`,
        ...b.rows.map(row),
      ].join('\n');
    }
    case 'chart':
      // The numbers of every chart are in the table that follows it.
      return '';
  }
}

/**
 * Renders a report as Markdown: the same sections as the HTML page, tables instead of charts, every piece
 * of user text escaped so a statement cannot inject links, HTML or table cells.
 */
export function renderMarkdown(report: Report, options: RenderOptions = {}): string {
  const document = reportDocument(report, options);
  return `${document.blocks
    .map((b) => block(b, document.language))
    .filter((s) => s !== '')
    .join('\n\n')}\n`;
}
