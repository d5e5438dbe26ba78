#!/usr/bin/env node
// Prints the fictional Recklinghausen sample as a PDF through the built CLI (`vielfalt klima report --pdf`)
// and turns chosen pages into PNGs for the docs: the title page, every page of the first field, the first
// page of the last field and of the appendix. Pages are found by their text, so the choice follows the
// layout. Needs a build (`npx turbo run build --filter=@vielfalt/cli...`), a Chromium the CLI can find and
// poppler's pdftoppm and pdftotext (Debian: poppler-utils). Run from anywhere:
//   node packages/cli/scripts/report-screenshots.mjs [out-dir]   (default: docs/img)
import { execFileSync } from 'node:child_process';
import { copyFile, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../..');
const out = resolve(process.argv[2] ?? join(root, 'docs/img'));
const cli = join(here, '../bin/vielfalt.js');
const require = createRequire(import.meta.url);
const sample = require.resolve('@vielfalt/klimakonferenz/data/recklinghausen-2017.json');
/** Wide enough to read the tables, small enough for a page of docs. */
const WIDTH = 800;

const work = await mkdtemp(join(tmpdir(), 'vielfalt-report-screenshots-'));
try {
  const pdf = join(work, 'report.pdf');
  execFileSync(process.execPath, [cli, 'klima', 'report', sample, '--pdf', pdf], {
    stdio: 'inherit',
  });
  const text = (page) =>
    execFileSync('pdftotext', ['-f', String(page), '-l', String(page), pdf, '-'], {
      encoding: 'utf8',
    }).trim();
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const count = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const pages = Array.from({ length: count }, (_, i) => text(i + 1));
  // A field's section starts on a new page with its heading, followed by the place and the participants.
  const fieldStarts = pages.flatMap((t, i) =>
    /\n.*Teilnehmende, \d{1,2}\. /.test(t.slice(0, 300)) ? [i + 1] : [],
  );
  const appendix = pages.findIndex((t) => t.startsWith('Anhang')) + 1;
  const [first, second] = fieldStarts;
  if (!first || !second || appendix === 0)
    throw new Error('no field sections or appendix found in the PDF');
  const chosen = [
    1,
    ...Array.from({ length: second - first }, (_, i) => first + i),
    fieldStarts.at(-1),
    appendix,
  ];
  for (const old of await readdir(out))
    if (/^klima-report-page-\d+\.png$/.test(old)) await rm(join(out, old));
  for (const [index, page] of chosen.entries()) {
    const prefix = join(work, `page-${index + 1}`);
    execFileSync('pdftoppm', [
      '-png',
      '-singlefile',
      '-f',
      String(page),
      '-l',
      String(page),
      '-scale-to-x',
      String(WIDTH),
      '-scale-to-y',
      '-1',
      pdf,
      prefix,
    ]);
    const target = join(out, `klima-report-page-${index + 1}.png`);
    await copyFile(`${prefix}.png`, target);
    console.log(
      `page ${page} of ${count} → ${target} (${Math.round((await stat(target)).size / 1024)} KB)`,
    );
  }
  console.log(`PDF: ${count} pages, ${Math.round((await stat(pdf)).size / 1024)} KB`);
} finally {
  await rm(work, { recursive: true, force: true });
}
