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
.quote { margin: 1rem 0; padding: 0.5rem 1rem; border-inline-start: 4px solid #1f4f7a; background: #f4f7fa; }
.quote blockquote { margin: 0; font-size: 1.05rem; font-style: italic; }
.quote blockquote p { margin: 0; }
.quote blockquote p::before { content: '„'; }
.quote blockquote p::after { content: '“'; }
:lang(en) .quote blockquote p::before { content: '“'; }
:lang(en) .quote blockquote p::after { content: '”'; }
.quote figcaption { margin-block-start: 0.25rem; font-size: 0.9rem; color: #444444; }
.quote figcaption::before { content: '– '; }
@page { size: A4; margin: 18mm 17mm 20mm; }
@media print {
  body { font: 10.5pt/1.45 Arial, "Liberation Sans", Helvetica, "Noto Sans", sans-serif; }
  main { max-inline-size: none; padding: 0; }
  h1 { font-size: 20pt; margin-block: 0 6mm; }
  h2 { font-size: 15pt; }
  h3 { font-size: 12pt; margin-block: 5mm 2mm; }
  h4 { font-size: 10.5pt; }
  .page { break-before: page; }
  h1, h2, h3, h4, caption { break-after: avoid; }
  p { orphans: 3; widows: 3; }
  tr, li, figure, .notice { break-inside: avoid; }
  thead { display: table-header-group; }
  .table-wrap { overflow: visible; }
  table { inline-size: 100%; font-size: 9pt; }
  th, td { padding: 1mm 1.5mm; }
  /* The perspectives side by side and the county map have a column per group or city: smaller type fits A4. */
  table:has(thead th:nth-child(6)) { font-size: 7.5pt; }
  table:has(thead th:nth-child(6)) :is(th, td) { padding: 0.8mm 1mm; }
  /* A narrow face where the machine has one: with only DejaVu Sans (a tenth wider than Arial) the column heads of
     these tables would not fit side by side. */
  table:has(thead th:nth-child(6)) {
    font-family: "Arial Narrow", "Liberation Sans Narrow", "DejaVu Sans Condensed", "Noto Sans", sans-serif;
  }
  tbody th { font-weight: normal; }
  figure svg { max-block-size: 85mm; }
  nav a { color: inherit; text-decoration: none; }
  .notice, thead th, .quote { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
`;

function renderBlock(b: Block, chartId: () => string): string {
  switch (b.type) {
    case 'heading':
      return `<h${b.level}${b.anchor ? ` id="${anchorId(b.anchor)}"` : ''}${b.page ? ' class="page"' : ''}>${escapeHtml(b.text)}</h${b.level}>`;
    case 'quote':
      return `<figure class="quote"><blockquote><p>${escapeHtml(b.text)}</p></blockquote><figcaption>${escapeHtml(b.source)}</figcaption></figure>`;
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
      // A column head may break after a slash ("Schule/Kita/Bildungsträger"), so wide tables fit a printed page.
      const head = b.head
        .map((h) => `<th scope="col">${escapeHtml(h).replaceAll('/', '/<wbr>')}</th>`)
        .join('');
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
<html lang="${document.language}" dir="ltr">
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
