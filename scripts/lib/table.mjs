// @ts-check

/**
 * A Markdown table with padded columns, readable in a terminal and pasteable into a pull request.
 * @param {readonly string[]} headers
 * @param {readonly (readonly string[])[]} rows
 * @returns {string}
 */
export function markdownTable(headers, rows) {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length), 3),
  );
  /** @param {readonly string[]} cells */
  const line = (cells) =>
    `| ${widths.map((width, column) => (cells[column] ?? '').padEnd(width)).join(' | ')} |`;
  return [
    line(headers),
    `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}
