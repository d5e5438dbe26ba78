import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildReport, parseCollection, renderHtml } from '@vielfalt/klimakonferenz';
import { launchChromium } from '@vielfalt/testing/chromium';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../run.js';

const require = createRequire(import.meta.url);
const klimaRoot = dirname(require.resolve('@vielfalt/klimakonferenz/package.json'));
const sampleFile = join(klimaRoot, 'data', 'recklinghausen-2017.json');
const DRAWS = 1000;

// Words an analyst uses and a reader of the brochure should not meet before the appendix.
const JARGON =
  /Wilson|Monte.?Carlo|\bLOO\b|leave-one|posterior|P\(top|HHI|Herfindahl|Startwert|\bseed\b|\btier\b|Binomialtest|p = 0/i;

function collector(cwd: string): {
  io: Parameters<typeof run>[1];
  err: () => string;
} {
  let err = '';
  return {
    io: { stdout: { write: () => true }, stderr: { write: (t: string) => (err += t) }, cwd },
    err: () => err,
  };
}

let dir: string;
let browser: Browser;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vielfalt-klima-pdf-'));
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('vielfalt klima report --pdf', () => {
  it('prints the sample as an A4 brochure: a title page, a page per field, the appendix', async () => {
    const c = collector(dir);
    const code = await run(
      ['klima', 'report', sampleFile, '--pdf', 'brochure.pdf', '--draws', String(DRAWS)],
      c.io,
    );
    expect(c.err()).toContain('brochure.pdf');
    expect(code).toBe(0);
    const pdf = (await readFile(join(dir, 'brochure.pdf'))).toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    const pages = pdf.match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;
    // Title and contents, county map, eight fields each on a new page, the appendix: at least 11.
    expect(pages).toBeGreaterThanOrEqual(11);
    expect(pdf).toMatch(/\/MediaBox\s*\[0 0 59[45](\.\d+)? 84[12](\.\d+)?\]/);
  }, 120_000);

  it('reads as a brochure before the appendix: every field heading, no analyst jargon, no cut table', async () => {
    const collection = parseCollection(JSON.parse(await readFile(sampleFile, 'utf8')));
    const html = renderHtml(buildReport(collection, { draws: DRAWS }));
    const page = await browser.newPage();
    try {
      // A4 less the page margins (210 mm − 2 × 17 mm) at 96 px per inch.
      await page.setViewportSize({ width: 665, height: 1000 });
      await page.setContent(html, { waitUntil: 'load' });
      await page.emulateMedia({ media: 'print' });
      const { brochure, overflowing } = await page.evaluate(() => {
        const text = document.querySelector('main')?.innerText ?? '';
        const width = document.querySelector('main')?.clientWidth ?? 0;
        return {
          brochure: text.slice(0, text.indexOf('Anhang: Kennzahlen')),
          overflowing: [...document.querySelectorAll('table, svg')]
            .filter((t) => t.getBoundingClientRect().width > width + 1)
            .map((t) => t.querySelector('caption, title')?.textContent ?? t.tagName),
        };
      });
      for (const field of collection.county?.fieldsOfAction ?? [])
        expect(brochure).toContain(field.label['de']);
      expect(brochure).toContain('Stimmen aus der Klimakonferenz');
      expect(brochure).toContain('Die Perspektiven nebeneinander');
      expect(brochure.match(JARGON)?.[0] ?? null).toBeNull();
      expect(overflowing).toEqual([]);
    } finally {
      await page.close();
    }
  }, 120_000);

  it('refuses --pdf outside report and a file name not ending in .pdf, in German and English', async () => {
    const score = collector(dir);
    expect(await run(['klima', 'score', sampleFile, '--pdf', 'x.pdf'], score.io)).toBe(2);
    expect(score.err()).toContain('--pdf gibt es nur bei report');
    expect(score.err()).toContain('--pdf belongs to report');
    const name = collector(dir);
    expect(await run(['klima', 'report', sampleFile, '--pdf', 'x.txt'], name.io)).toBe(2);
    expect(name.err()).toContain('expected a file name ending in .pdf');
  });
});
