// Editor data generated from custom-elements.json, so that editors complete the `vf-` tags, their attributes,
// events, CSS parts and custom properties, with the same texts as docs/api.md:
// - dist/vscode.html-custom-data.json, VS Code's HTML custom data (version 1.1), for the `html.customData`
//   setting;
// - dist/web-types.json, JetBrains web-types (version 2), found through the `web-types` field of package.json.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const read = (path) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const manifest = read('../custom-elements.json');
const { name, version } = read('../package.json');
const docs = (tag) =>
  `https://example.invalid/vielfalt/blob/main/packages/elements/docs/api.md#${tag}`;

/** One entry per name: the analyzer lists an attribute once per class in the inheritance chain. */
const unique = (list) => [...new Map((list ?? []).map((item) => [item.name, item])).values()];
const text = (d) => [d.summary, d.description].filter(Boolean).join('\n\n');
const booleanType = (attribute) => /^boolean\b/.test(attribute.type?.text ?? '');

const elements = manifest.modules
  .flatMap((mod) => mod.declarations ?? [])
  .filter((d) => d.customElement && d.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

const vscode = {
  version: 1.1,
  tags: elements.map((d) => ({
    name: d.tagName,
    description: { kind: 'markdown', value: text(d) },
    attributes: unique(d.attributes).map((a) => ({
      name: a.name,
      description: a.description ?? '',
      ...(booleanType(a) ? { valueSet: 'v' } : {}),
    })),
    references: [{ name: 'API', url: docs(d.tagName) }],
  })),
};

const webTypes = {
  $schema: 'https://json.schemastore.org/web-types',
  name,
  version,
  'description-markup': 'markdown',
  contributions: {
    html: {
      elements: elements.map((d) => ({
        name: d.tagName,
        description: text(d),
        'doc-url': docs(d.tagName),
        attributes: unique(d.attributes).map((a) => ({
          name: a.name,
          description: a.description ?? '',
          value: booleanType(a)
            ? { type: 'boolean', required: false }
            : { type: a.type?.text?.replace(/\s*\|\s*undefined$/, '') ?? 'string' },
        })),
        events: unique(d.events).map((e) => ({ name: e.name, description: e.description ?? '' })),
        css: {
          parts: unique(d.cssParts).map((p) => ({
            name: p.name,
            description: p.description ?? '',
          })),
          properties: unique(d.cssProperties).map((p) => ({
            name: p.name,
            description: p.description ?? '',
          })),
        },
      })),
    },
  },
};

mkdirSync(new URL('../dist/', import.meta.url), { recursive: true });
const write = (file, data) =>
  writeFileSync(new URL(`../dist/${file}`, import.meta.url), `${JSON.stringify(data, null, 2)}\n`);
write('vscode.html-custom-data.json', vscode);
write('web-types.json', webTypes);
console.log(`dist/vscode.html-custom-data.json, dist/web-types.json: ${elements.length} elements`);
