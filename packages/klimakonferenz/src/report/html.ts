import { type Block, type RenderOptions, reportDocument } from './document.js';
import { anchorId, escapeHtml } from './escape.js';
import type { Report } from './report-schema.js';
import { renderChart } from './svg.js';

const STYLE = `
:root { color-scheme: light; }
body { font: 16px/1.5 system-ui, sans-serif; color: #1a1a1a; background: #ffffff; margin: 0; }
main { max-inline-size: 72rem; margin-inline: auto; padding: 1rem 1.5rem 3rem; }
h1, h2, h3, h4 { line-height: 1.25; }
.notice { background: #fff3cd; border-inline-start: 6px solid #8a6100; padding: 0.75rem 1rem; font-weight: 600; }
.table-wrap { overflow-x: auto; margin-block: 1rem; }
.table-wrap:focus { outline: 3px solid #1f4f7a; outline-offset: 2px; }
table { border-collapse: collapse; font-size: 0.9rem; }
caption { text-align: start; font-weight: 600; padding-block-end: 0.25rem; }
th, td { border: 1px solid #8c8c8c; padding: 0.3rem 0.5rem; text-align: start; vertical-align: top; }
thead th { background: #eef2f5; }
figure { margin: 1rem 0; }
svg { max-inline-size: 100%; height: auto; }
a { color: #1f4f7a; }
a:focus { outline: 3px solid #1f4f7a; outline-offset: 2px; }
`;

function renderBlock(b: Block, chartId: () => string): string {
  switch (b.type) {
    case 'heading':
      return `<h${b.level}${b.anchor ? ` id="${anchorId(b.anchor)}"` : ''}>${escapeHtml(b.text)}</h${b.level}>`;
    case 'paragraph':
      return b.notice
        ? `<p class="notice" role="note">${escapeHtml(b.text)}</p>`
        : `<p>${escapeHtml(b.text)}</p>`;
    case 'list':
      return b.items.length
        ? `<ul>${b.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`
        : '';
    case 'links':
      return `<nav aria-label="${escapeHtml(b.label)}"><ul>${b.items
        .map((i) => `<li><a href="#${anchorId(i.anchor)}">${escapeHtml(i.text)}</a></li>`)
        .join('')}</ul></nav>`;
    case 'table': {
      const head = b.head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('');
      const rows = b.rows
        .map(
          (r) =>
            `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${escapeHtml(c)}</th>` : `<td>${escapeHtml(c)}</td>`)).join('')}</tr>`,
        )
        .join('');
      // A focusable, labelled region so keyboard users can scroll wide tables (WCAG 2.1.1).
      return `<div class="table-wrap" role="region" tabindex="0" aria-label="${escapeHtml(b.caption)}"><table><caption>${escapeHtml(b.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></div>`;
    }
    case 'chart':
      return `<figure>${renderChart(b.chart, chartId())}</figure>`;
  }
}

/**
 * Renders a report as one standalone, accessible HTML page (no scripts, no external files): semantic
 * headings and tables, inline SVG charts with title and description plus the same numbers in a table, the
 * fictional-data notice on top, and every piece of user text escaped.
 */
export function renderHtml(report: Report, options: RenderOptions = {}): string {
  const document = reportDocument(report, options);
  let charts = 0;
  const chartId = (): string => `chart-${++charts}`;
  const body = document.blocks.map((b) => renderBlock(b, chartId)).join('\n');
  return `<!doctype html>
<html lang="${document.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="@vielfalt/klimakonferenz">
<title>${escapeHtml(document.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}
