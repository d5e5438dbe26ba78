import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  END_MARKER,
  START_MARKER,
  renderElementTables,
  replaceGenerated,
} from '../../../scripts/element-tables.mjs';

const manifestPath = fileURLToPath(
  new URL('../../../packages/elements/custom-elements.json', import.meta.url),
);
const pagePath = fileURLToPath(new URL('../../../docs/for-webmasters.md', import.meta.url));

const fixture = {
  modules: [
    {
      path: 'src/offer-search.ts',
      declarations: [
        {
          kind: 'class',
          name: 'VfOfferSearch',
          customElement: true,
          tagName: 'vf-offer-search',
          summary: 'Search for offers.',
          attributes: [
            {
              name: 'src',
              fieldName: 'src',
              type: { text: 'string | undefined' },
              description: 'Feed URL.',
            },
          ],
          events: [
            {
              name: 'vf-search',
              type: { text: 'VfSearchEvent' },
              description: 'After each search.',
            },
          ],
          cssParts: [{ name: 'input', description: 'The search field.' }],
          cssProperties: [
            { name: '--vf-accent', default: '#005ca9', description: 'Accent colour.' },
          ],
        },
        { kind: 'class', name: 'Helper' },
      ],
    },
  ],
};

describe('renderElementTables', () => {
  it('writes a section per element with its attributes, events, parts and tokens', () => {
    const markdown = renderElementTables(fixture);
    expect(markdown).toContain('### `<vf-offer-search>`');
    expect(markdown).toContain('| `src` | `src` | `string \\| undefined` | Feed URL. |');
    expect(markdown).toContain('| `vf-search` | `VfSearchEvent` | After each search. |');
    expect(markdown).toContain('| `input` | The search field. |');
    expect(markdown).toContain('| `--vf-accent` | `#005ca9` | Accent colour. |');
    expect(markdown).not.toContain('Helper');
  });

  it('lists each name once, only documented events, and leaves out columns nobody filled', () => {
    const manifest = {
      modules: [
        {
          declarations: [
            {
              customElement: true,
              tagName: 'vf-board',
              attributes: [
                { name: 'src', description: 'Feed.' },
                { name: 'src', fieldName: 'src' },
              ],
              events: [
                { name: 'url', type: { text: 'VfLoadErrorEvent' } },
                { name: 'vf-load-error', description: 'Failed.' },
              ],
              slots: [{ name: '', description: 'Content.' }],
            },
          ],
        },
      ],
    };
    const markdown = renderElementTables(manifest);
    expect(markdown.match(/\| `src` \|/g)).toHaveLength(1);
    expect(markdown).toContain(
      '| Event | Description |\n| --- | --- |\n| `vf-load-error` | Failed. |',
    );
    expect(markdown).not.toContain('`url`');
    expect(markdown).toContain('| (default) | Content. |');
  });

  it('refuses a manifest without custom elements', () => {
    expect(() => renderElementTables({ modules: [] })).toThrow(/no custom elements/);
  });
});

describe('replaceGenerated', () => {
  const page = `# Page\n\n${START_MARKER}\nold\n${END_MARKER}\n\nAfter.\n`;

  it('replaces only the text between the markers', () => {
    expect(replaceGenerated(page, 'new\n')).toBe(
      `# Page\n\n${START_MARKER}\n\nnew\n\n${END_MARKER}\n\nAfter.\n`,
    );
  });

  it('is stable: applying it twice changes nothing', () => {
    const once = replaceGenerated(page, 'new\n');
    expect(replaceGenerated(once, 'new\n')).toBe(once);
  });

  it('names the markers when they are missing', () => {
    expect(() => replaceGenerated('# Page\n', 'x')).toThrow(/element-tables:start/);
  });
});

describe('docs/for-webmasters.md', () => {
  it('has the element tables of the current custom-elements manifest (run `npm run docs:tables` after changing an element)', () => {
    expect(
      existsSync(manifestPath),
      'packages/elements/custom-elements.json is built by `npm run build`',
    ).toBe(true);
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    const page = readFileSync(pagePath, 'utf8');
    expect(replaceGenerated(page, renderElementTables(manifest))).toBe(page);
  });

  it('would be caught drifting: an attribute added to the manifest changes the page', () => {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    const page = readFileSync(pagePath, 'utf8');
    type Declaration = { customElement?: boolean; tagName?: string; attributes?: unknown[] };
    const element = manifest.modules
      .flatMap((module: { declarations?: Declaration[] }) => module.declarations ?? [])
      .find((declaration: Declaration) => declaration.customElement && declaration.tagName);
    element.attributes = [
      ...(element.attributes ?? []),
      { name: 'drifted-attribute', description: 'new' },
    ];
    expect(replaceGenerated(page, renderElementTables(manifest))).not.toBe(page);
  });
});
