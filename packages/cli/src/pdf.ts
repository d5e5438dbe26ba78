import type { LocalizedMessage } from '@vielfalt/model';
import type { Browser } from 'playwright-core';
import { type ChromiumSearch, findChromium, type FoundChromium } from './chromium.js';

/** Why a PDF could not be printed, in German and English: shown to the user instead of a stack trace. */
export class PdfError extends Error {
  constructor(readonly localized: LocalizedMessage) {
    super(localized.en);
    this.name = 'PdfError';
  }
}

/** Footer of every printed page: page n of m, small and grey, so a printed brochure can be cited. */
const FOOTER = `<div style="inline-size: 100%; font: 8pt sans-serif; color: #555; text-align: center;"><span class="pageNumber"></span> / <span class="totalPages"></span></div>`;

/**
 * Headless, and no sandbox: the CLI often runs as root (containers, CI), where Chromium refuses its
 * sandbox; the page is the CLI's own report with every network request refused (see `printPdf`).
 */
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'];

const NO_CHROMIUM: LocalizedMessage = {
  de: 'für --pdf wird Chromium oder Google Chrome gebraucht, aber keins wurde gefunden. Abhilfe: Chromium installieren (z. B. „apt install chromium“), den Pfad mit --chromium <Pfad> oder der Umgebungsvariable CHROMIUM_PATH angeben, oder „npm install @sparticuz/chromium“ neben @vielfalt/cli.',
  en: '--pdf needs Chromium or Google Chrome, but none was found. To fix: install Chromium (e.g. "apt install chromium"), give its path with --chromium <path> or the CHROMIUM_PATH environment variable, or "npm install @sparticuz/chromium" next to @vielfalt/cli.',
};

/** The first line of an error: Playwright's messages carry a call log of many lines after it. */
function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}

function unpackFailed(error: unknown): LocalizedMessage {
  const reason = firstLine(error);
  return {
    de: `der Chromium aus @sparticuz/chromium ließ sich nicht entpacken: ${reason}`,
    en: `the Chromium of @sparticuz/chromium could not be unpacked: ${reason}`,
  };
}

function launchFailed(chromium: FoundChromium, error: unknown): LocalizedMessage {
  const reason = firstLine(error);
  return {
    de: `Chromium (${chromium.path}, aus ${chromium.source}) startet nicht: ${reason}`,
    en: `Chromium (${chromium.path}, from ${chromium.source}) does not start: ${reason}`,
  };
}

/**
 * Prints a standalone HTML page to PDF with headless Chromium: paper size and margins from the page's own
 * print stylesheet (`@page`), backgrounds kept, tagged for screen readers, an outline from the headings and
 * page numbers in the footer. The browser is the one `findChromium` finds; playwright-core is loaded only
 * when a PDF is asked for.
 */
export async function printPdf(html: string, search: ChromiumSearch = {}): Promise<Uint8Array> {
  let found: FoundChromium | null;
  try {
    found = await findChromium(search);
  } catch (error) {
    // Only unpacking the npm Chromium can fail here (a full or read-only temp dir, an unsupported platform).
    throw new PdfError(unpackFailed(error));
  }
  if (!found) throw new PdfError(NO_CHROMIUM);
  const { chromium } = await import('playwright-core');
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath: found.path, args: ARGS });
  } catch (error) {
    throw new PdfError(launchFailed(found, error));
  }
  try {
    const page = await browser.newPage();
    // The report is self-contained: nothing it shows is fetched, so nothing may be.
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({
      preferCSSPageSize: true,
      printBackground: true,
      tagged: true,
      outline: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: FOOTER,
    });
    return new Uint8Array(pdf);
  } finally {
    await browser.close();
  }
}
