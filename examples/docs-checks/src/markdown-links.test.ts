import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { relativeLinks } from './markdown-links.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('relativeLinks', () => {
  it('finds links and images to files, without web addresses, anchors or code', () => {
    const page = [
      'See [search](search.md#tuning) and ![map](img/map.png "Map").',
      '[web](https://example.org) [mail](mailto:a@b.de) [here](#top)',
      'Inline `[not](a-link.md)` code.',
      '```md',
      '[inside](fence.md)',
      '```',
      '[next](../CONTRIBUTING.md)',
    ].join('\n');
    expect(relativeLinks(page)).toEqual([
      { target: 'search.md', line: 1 },
      { target: 'img/map.png', line: 1 },
      { target: '../CONTRIBUTING.md', line: 7 },
    ]);
  });
});

describe('the documentation pages', () => {
  const pages = [
    ...readdirSync(join(root, 'docs'))
      .filter((name) => name.endsWith('.md'))
      .map((name) => join(root, 'docs', name)),
    join(root, 'CONTRIBUTING.md'),
    join(root, 'README.md'),
  ];

  it.each(pages.map((page) => [relative(root, page), page]))(
    '%s links only to files that exist',
    (_name, page) => {
      const broken = relativeLinks(readFileSync(page, 'utf8'))
        .filter((link) => !existsSync(resolve(dirname(page), decodeURIComponent(link.target))))
        .map((link) => `line ${link.line}: ${link.target}`);
      expect(broken).toEqual([]);
    },
  );
});
