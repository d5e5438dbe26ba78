// Writes docs/api.md: per element, tables of attributes, events, CSS parts and CSS custom properties, generated
// from custom-elements.json (itself generated from the JSDoc headers), so the docs cannot drift from the code.
import { readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(
  readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8'),
);
const cell = (text) =>
  String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\n/g, ' ');
const table = (title, head, rows) =>
  rows.length === 0
    ? ''
    : `#### ${title}\n\n| ${head.join(' | ')} |\n|${head.map(() => '---').join('|')}|\n${rows.map((r) => `| ${r.map(cell).join(' | ')} |`).join('\n')}\n\n`;

let out =
  '# Elements reference\n\nGenerated from `custom-elements.json` by `scripts/api-tables.mjs`; do not edit by hand.\n\n';
const elements = manifest.modules.flatMap((m) =>
  (m.declarations ?? []).filter((d) => d.customElement && d.tagName),
);
for (const d of elements.sort((a, b) => a.tagName.localeCompare(b.tagName))) {
  const unique = (list, key) => [
    ...new Map((list ?? []).filter((x) => x[key]).map((x) => [x[key], x])).values(),
  ];
  out += `## \`<${d.tagName}>\`\n\n${d.summary ?? ''}\n\n`;
  out += table(
    'Attributes',
    ['Attribute', 'Description'],
    unique(d.attributes, 'name').map((a) => [`\`${a.name}\``, a.description]),
  );
  out += table(
    'Events',
    ['Event', 'Description'],
    unique(d.events, 'name')
      .filter((e) => e.description)
      .map((e) => [`\`${e.name}\``, e.description]),
  );
  out += table(
    'CSS parts',
    ['Part', 'Description'],
    unique(d.cssParts, 'name').map((p) => [`\`${p.name}\``, p.description]),
  );
  out += table(
    'CSS custom properties',
    ['Property', 'Description'],
    unique(d.cssProperties, 'name').map((p) => [`\`${p.name}\``, p.description]),
  );
}
writeFileSync(new URL('../docs/api.md', import.meta.url), out);
console.log(`docs/api.md: ${elements.length} elements`);
