import type { ChartSpec } from './blocks.js';
import { escapeHtml } from './escape.js';

const TEXT = '#1a1a1a';
const BAR = '#2b6a99';
const GRID = '#6b6b6b';

/** Rounds SVG coordinates so the markup stays short and stable. */
function n(x: number): string {
  return String(Math.round(x * 10) / 10);
}

/** The accessible frame of every chart: role img, a title and a description, both referenced by id. */
function frame(
  id: string,
  width: number,
  height: number,
  title: string,
  description: string,
  body: string,
): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `aria-labelledby="${id}-title ${id}-desc" focusable="false">` +
    `<title id="${id}-title">${escapeHtml(title)}</title><desc id="${id}-desc">${escapeHtml(description)}</desc>${body}</svg>`
  );
}

function wallChart(id: string, chart: Extract<ChartSpec, { kind: 'wall' }>): string {
  // Each statement's words stand above its bar, so no label is cut at a narrow page's edge.
  const left = 12;
  const plot = 560;
  const row = 42;
  const top = 6;
  const height = top + chart.bars.length * row + 30;
  const x = (v: number): number => left + v * plot;
  let body = '';
  for (const tick of [0, 0.25, 0.5, 0.75, 1]) {
    body += `<line x1="${n(x(tick))}" x2="${n(x(tick))}" y1="${top + 18}" y2="${height - 24}" stroke="${GRID}" stroke-width="0.5"/>`;
    body += `<text x="${n(x(tick))}" y="${height - 8}" font-size="12" text-anchor="middle" fill="${TEXT}">${Math.round(tick * 100)} %</text>`;
  }
  chart.bars.forEach((bar, i) => {
    const y = top + i * row;
    // A white outline under the letters keeps the words readable where a grid line crosses them.
    body += `<text x="${left}" y="${y + 14}" font-size="13" fill="${TEXT}" stroke="#ffffff" stroke-width="4" stroke-linejoin="round" paint-order="stroke">${escapeHtml(bar.id)}</text>`;
    body += `<rect x="${left}" y="${y + 20}" width="${n(bar.share * plot)}" height="14" fill="${BAR}"/>`;
    body += `<line x1="${n(x(bar.low))}" x2="${n(x(bar.high))}" y1="${y + 27}" y2="${y + 27}" stroke="${TEXT}" stroke-width="2"/>`;
    body += `<line x1="${n(x(bar.low))}" x2="${n(x(bar.low))}" y1="${y + 21}" y2="${y + 33}" stroke="${TEXT}" stroke-width="2"/>`;
    body += `<line x1="${n(x(bar.high))}" x2="${n(x(bar.high))}" y1="${y + 21}" y2="${y + 33}" stroke="${TEXT}" stroke-width="2"/>`;
  });
  return frame(id, left + plot + 30, height, chart.title, chart.description, body);
}

function gridChart(
  id: string,
  chart: {
    title: string;
    description: string;
    columns: string[];
    rows: { label: string; values: (number | null)[] }[];
  },
  cell: (value: number | null, cx: number, cy: number, size: number) => string,
  labelWidth: number,
): string {
  const size = 34;
  const header = 130;
  const width = labelWidth + chart.columns.length * size + 20;
  const height = header + chart.rows.length * size + 10;
  let body = '';
  chart.columns.forEach((column, j) => {
    const cx = labelWidth + j * size + size / 2;
    body += `<text transform="translate(${n(cx + 4)} ${header - 6}) rotate(-50)" font-size="12" fill="${TEXT}">${escapeHtml(column)}</text>`;
  });
  chart.rows.forEach((row, i) => {
    const cy = header + i * size + size / 2;
    body += `<text x="${labelWidth - 8}" y="${n(cy + 4)}" font-size="12" text-anchor="end" fill="${TEXT}">${escapeHtml(row.label)}</text>`;
    row.values.forEach((value, j) => {
      body += cell(value, labelWidth + j * size + size / 2, cy, size);
    });
  });
  return frame(id, width, height, chart.title, chart.description, body);
}

/** Sequential colour from pale (cloudy) to deep amber (sunny). */
function sunColour(value: number): string {
  const from = [240, 244, 248];
  const to = [153, 76, 0];
  const mix = from.map((c, i) =>
    Math.round(c + ((to[i] ?? c) - c) * Math.max(0, Math.min(1, value))),
  );
  return `rgb(${mix.join(',')})`;
}

/** Draws a chart of a report document as inline, accessible SVG; `id` must be unique in the page. */
export function renderChart(chart: ChartSpec, id: string): string {
  switch (chart.kind) {
    case 'wall':
      return wallChart(id, chart);
    case 'perspectives':
      return gridChart(
        id,
        { ...chart, rows: chart.rows.map((r) => ({ label: r.id, values: r.values })) },
        (v, cx, cy, size) =>
          v === null
            ? ''
            : `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(Math.max(1.5, Math.sqrt(v) * (size / 2 - 2)))}" fill="${BAR}"/>`,
        70,
      );
    case 'map':
      return gridChart(
        id,
        chart,
        (v, cx, cy, size) =>
          `<rect x="${n(cx - size / 2 + 1)}" y="${n(cy - size / 2 + 1)}" width="${size - 2}" height="${size - 2}" ` +
          (v === null
            ? `fill="#ffffff" stroke="${GRID}" stroke-dasharray="3 2"/>`
            : `fill="${sunColour(v)}"/>`),
        300,
      );
  }
}
