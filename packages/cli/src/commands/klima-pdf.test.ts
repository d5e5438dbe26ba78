import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildReport, parseCollection, renderHtml } from '@vielfalt/klimakonferenz';
import { launchChromium } from '@vielfalt/testing/chromium';
import type { Browser } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PdfError, printPdf } from '../pdf.js';
import { run } from '../run.js';

const require = createRequire(import.meta.url);
const klimaRoot = dirname(require.resolve('@vielfalt/klimakonferenz/package.json'));
const sampleFile = join(klimaRoot, 'data', 'recklinghausen-2017.json');
const DRAWS = 1000;

// Words an analyst uses and a reader of the brochure should not meet before the appendix.
const JARGON =
  /Wilson|Monte.?Carlo|\bLOO\b|leave-one|posterior|P\(top|P\(Spitze|HHI|Herfindahl|Startwert|\bseed\b|\btier\b|binomial|p = 0|k-Anonym|Newcombe|\bKennung\b/i;

/** Text as the tests compare it: every run of white space (line and column breaks) as one space. */
const flat = (text: string): string => text.replace(/\s+/g, ' ').trim();

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

const collection = parseCollection(JSON.parse(await readFile(sampleFile, 'utf8')));

let dir: string;
let pdf: Buffer;
let pages: string[];
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vielfalt-klima-pdf-'));
  // The CLI's own lookup: a system Chromium, CHROMIUM_PATH, or @sparticuz/chromium of the devDependencies.
  const c = collector(dir);
  const code = await run(
    ['klima', 'report', sampleFile, '--pdf', 'brochure.pdf', '--draws', String(DRAWS)],
    c.io,
  );
  expect(c.err()).toContain('brochure.pdf');
  expect(code).toBe(0);
  pdf = await readFile(join(dir, 'brochure.pdf'));
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), {
    mergePages: false,
  });
  pages = text.map(flat);
}, 180_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('vielfalt klima report --pdf', () => {
  it('prints the sample as an A4 PDF: a title page, pages per field, the appendix', () => {
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // Title and contents, eight fields each from a new page, the appendix: at least 11.
    expect(pages.length).toBeGreaterThanOrEqual(11);
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox\s*\[0 0 59[45](\.\d+)? 84[12](\.\d+)?\]/);
    expect(pages.at(-1)).toContain(`${pages.length} / ${pages.length}`);
  });

  it('starts each field on a page of its own, with its narrative, quotes and perspectives', () => {
    const appendix = pages.findIndex((p) => p.startsWith('Anhang: Kennzahlen für Auswertende'));
    expect(appendix).toBeGreaterThan(0);
    // The appendix page goes on below its heading (a second page break once left it alone on a page).
    expect(pages[appendix]?.length).toBeGreaterThan(300);
    const brochure = pages.slice(0, appendix);
    for (const workshop of collection.workshops) {
      const label =
        collection.county?.fieldsOfAction.find((f) => f.id === workshop.fieldOfAction)?.label[
          'de'
        ] ?? workshop.fieldOfAction;
      const first = brochure.findIndex((p) => p.startsWith(label));
      expect(first, label).toBeGreaterThan(0);
      const section = brochure.slice(first).join(' ');
      expect(section).toContain(flat(workshop.notes?.field ?? ''));
      for (const quote of workshop.quotes ?? []) expect(section).toContain(flat(quote.text));
    }
    const text = brochure.join(' ');
    expect(text).toContain('Die Perspektiven nebeneinander');
    expect(text.match(JARGON)?.[0] ?? null).toBeNull();
    expect(pages.slice(appendix).join(' ')).toMatch(/P\(Spitze\)/);
  });

  it('prints the English brochure without analyst terms before its appendix', async () => {
    const c = collector(dir);
    const args = ['klima', 'report', sampleFile, '--pdf', 'en.pdf', '--lang', 'en'];
    expect(await run([...args, '--draws', String(DRAWS)], c.io)).toBe(0);
    const { text } = await extractText(
      await getDocumentProxy(new Uint8Array(await readFile(join(dir, 'en.pdf')))),
      { mergePages: false },
    );
    const english = text.map(flat);
    const appendix = english.findIndex((p) => p.startsWith('Appendix: figures for analysts'));
    expect(appendix).toBeGreaterThan(0);
    const brochure = english.slice(0, appendix).join(' ');
    expect(brochure).toContain('The perspectives side by side');
    expect(brochure).toContain('Voices from the Klimakonferenz');
    expect(brochure.match(JARGON)?.[0] ?? null).toBeNull();
  }, 180_000);

  it('refuses --pdf outside report, --chromium without --pdf and a name not ending in .pdf', async () => {
    const score = collector(dir);
    expect(await run(['klima', 'score', sampleFile, '--pdf', 'x.pdf'], score.io)).toBe(2);
    expect(score.err()).toContain('--pdf gibt es nur bei report');
    expect(score.err()).toContain('--pdf belongs to report');
    const alone = collector(dir);
    expect(await run(['klima', 'report', sampleFile, '--chromium', '/x'], alone.io)).toBe(2);
    expect(alone.err()).toContain('--chromium belongs with --pdf');
    const name = collector(dir);
    expect(await run(['klima', 'report', sampleFile, '--pdf', 'x.txt'], name.io)).toBe(2);
    expect(name.err()).toContain('expected a file name ending in .pdf');
  });

  it('says in German and English when the given Chromium does not start, without a stack trace', async () => {
    const c = collector(dir);
    const code = await run(
      ['klima', 'report', sampleFile, '--pdf', 'x.pdf', '--chromium', 'no-such-chromium'],
      c.io,
    );
    expect(code).toBe(1);
    expect(c.err()).toContain(
      `Fehler: Chromium (${join(dir, 'no-such-chromium')}, aus --chromium)`,
    );
    expect(c.err()).toContain(
      `Error: Chromium (${join(dir, 'no-such-chromium')}, from --chromium)`,
    );
    expect(c.err()).not.toMatch(/\n\s+at /);
  });

  it('says how to get a Chromium when there is none', async () => {
    const none = printPdf('<p>x</p>', {
      env: {},
      exists: () => false,
      npmChromium: () => Promise.resolve(null),
    });
    await expect(none).rejects.toBeInstanceOf(PdfError);
    const error = (await none.catch((e: unknown) => e)) as PdfError;
    expect(error.localized.de).toContain('apt install chromium');
    expect(error.localized.de).toContain('CHROMIUM_PATH');
    expect(error.localized.en).toContain('--chromium <path>');
    expect(error.localized.en).toContain('npm install @sparticuz/chromium');
  });

  it('says so when the Chromium of @sparticuz/chromium cannot be unpacked', async () => {
    const failing = printPdf('<p>x</p>', {
      env: {},
      exists: () => false,
      npmChromium: () => Promise.reject(new Error('ENOSPC: no space left on device')),
    });
    await expect(failing).rejects.toMatchObject({
      localized: {
        de: expect.stringContaining('ließ sich nicht entpacken: ENOSPC') as unknown,
        en: expect.stringContaining('could not be unpacked: ENOSPC') as unknown,
      },
    });
  });
});

describe('the print layout', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('fits every table and chart into the printed width', async () => {
    const html = renderHtml(buildReport(collection, { draws: DRAWS }));
    const page = await browser.newPage();
    try {
      // A4 less the page margins (210 mm − 2 × 17 mm) at 96 px per inch.
      await page.setViewportSize({ width: 665, height: 1000 });
      await page.setContent(html, { waitUntil: 'load' });
      await page.emulateMedia({ media: 'print' });
      const overflowing = await page.evaluate(() => {
        const width = document.querySelector('main')?.clientWidth ?? 0;
        return [...document.querySelectorAll('table, svg')]
          .filter((t) => t.getBoundingClientRect().width > width + 1)
          .map((t) => t.querySelector('caption, title')?.textContent ?? t.tagName);
      });
      expect(overflowing).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
