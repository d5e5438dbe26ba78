import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launchChromium } from '@vielfalt/testing/chromium';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recklinghausenFollowUp, recklinghausenSample } from '../sample.js';
import { buildReport } from './build.js';
import { renderHtml } from './html.js';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const report = buildReport(
  {
    ...recklinghausenSample,
    workshops: [...recklinghausenSample.workshops, ...recklinghausenFollowUp.workshops],
  },
  { draws: 2000, seed: 7 },
);

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: unknown }[];
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
}, 30_000);

afterAll(async () => {
  await browser?.close();
});

async function axeViolations(html: string): Promise<AxeViolation[]> {
  const page = await browser.newPage();
  try {
    await page.setContent(html, { waitUntil: 'load' });
    await page.addScriptTag({ content: axeSource });
    return await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: AxeViolation[] }> };
        }
      ).axe;
      const result = await axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      });
      return result.violations.map((v) => ({
        id: v.id,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target })),
      }));
    });
  } finally {
    await page.close();
  }
}

describe('the HTML report in Chromium', () => {
  for (const workshop of report.workshops) {
    it(`passes axe-core (WCAG 2.1 AA) for ${workshop.workshop}`, async () => {
      expect(await axeViolations(renderHtml(report, { workshop: workshop.workshop }))).toEqual([]);
    }, 30_000);
  }

  it('passes axe-core for the whole series in English, county map and trends included', async () => {
    const html = renderHtml(report, { language: 'en' });
    expect(html).toContain('<html lang="en" dir="ltr">');
    expect(await axeViolations(html)).toEqual([]);
  }, 90_000);

  it('gives every chart a title and description and the same numbers in a table', () => {
    const html = renderHtml(report, { workshop: 'rek-2017-wohnen' });
    const charts = html.match(/<svg [^>]*>/g) ?? [];
    expect(charts.length).toBeGreaterThanOrEqual(4);
    for (const svg of charts)
      expect(svg).toMatch(/role="img"[^>]*aria-labelledby="chart-\d+-title chart-\d+-desc"/);
    expect(html.match(/<title id="chart-/g)).toHaveLength(charts.length);
    expect(html.match(/<table>/g)?.length).toBeGreaterThanOrEqual(charts.length);
  });

  it('escapes user text', () => {
    const hostile = structuredClone(report);
    const first = hostile.workshops[0]?.walls[0]?.statements[0];
    if (!first) throw new Error('sample has statements');
    first.text = '<img src=x onerror=alert(1)> & "quotes"';
    const html = renderHtml(hostile, { workshop: hostile.workshops[0]?.workshop ?? '' });
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;');
  });
});
