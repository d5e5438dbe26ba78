import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildReport, renderHtml, renderMarkdown, scoreWorkshop } from './index.js';
import { recklinghausenSample } from './sample.js';

describe('the README example', () => {
  it('runs as written (same calls, same ids)', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const example = /```ts\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    expect(example).toContain("workshop: 'rek-2017-wohnen'");
    expect(example).toContain("w.fieldOfAction === 'wohnen'");
    const wohnen = recklinghausenSample.workshops.find((w) => w.fieldOfAction === 'wohnen');
    if (!wohnen) throw new Error('sample');
    const score = scoreWorkshop(wohnen, { seed: 1, draws: 1000 });
    expect(score.walls.find((w) => w.wall === 'gewitter')?.statements.length).toBeGreaterThan(0);
    const report = buildReport(recklinghausenSample, { seed: 1, draws: 1000 });
    expect(renderMarkdown(report)).toMatch(/^# Klimakonferenz/);
    expect(renderHtml(report, { language: 'en', workshop: 'rek-2017-wohnen' })).toContain(
      'Housing',
    );
  });
});
