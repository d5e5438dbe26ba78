import type { LocalizedMessage } from '@vielfalt/model';

/** Why a PDF could not be printed, in German and English. */
export class PdfError extends Error {
  constructor(readonly localized: LocalizedMessage) {
    super(localized.en);
    this.name = 'PdfError';
  }
}

/** Footer of every printed page: page n of m, small and grey, so a printed brochure can be cited. */
const FOOTER = `<div style="inline-size: 100%; font: 8pt sans-serif; color: #555; text-align: center;"><span class="pageNumber"></span> / <span class="totalPages"></span></div>`;

/**
 * Prints a standalone HTML page to PDF with headless Chromium: A4 from the page's own print stylesheet
 * (`@page`), backgrounds kept, tagged for screen readers, with an outline from the headings and page
 * numbers in the footer. Chromium is started through `@vielfalt/testing/chromium` (the repository's
 * resolver: `CHROMIUM_PATH`, Debian's Chromium or the one shipped on npm), loaded only when a PDF is asked for.
 */
export async function printPdf(html: string): Promise<Uint8Array> {
  let launch: () => Promise<import('playwright-core').Browser>;
  try {
    ({ launchChromium: launch } = await import('@vielfalt/testing/chromium'));
  } catch (error) {
    throw new PdfError({
      de: `für PDF wird Chromium gebraucht (playwright-core und @vielfalt/testing/chromium), nicht ladbar: ${(error as Error).message}`,
      en: `PDF needs Chromium (playwright-core and @vielfalt/testing/chromium), which could not be loaded: ${(error as Error).message}`,
    });
  }
  const browser = await launch();
  try {
    const page = await browser.newPage();
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
