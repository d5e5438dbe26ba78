import { resolve } from 'node:path';
import {
  buildReport,
  checkVoteRules,
  combineCollections,
  describeViolation,
  KlimaInputError,
  type KlimakonferenzCollection,
  parseCollection,
  renderHtml,
  renderMarkdown,
  scoreWorkshop,
  VoteRuleError,
} from '@vielfalt/klimakonferenz';
import type { Command, CommandIo } from '../command.js';
import { parseCommandArgs } from '../arguments.js';
import { countOf, nouns } from '../plural.js';
import { failure, readJsonFile, usageError } from '../input.js';
import { PdfError, printPdf } from '../pdf.js';
import { writeAtomically } from '../write-atomically.js';

const usage = `vielfalt klima check|score|report <workshops.json>... [--format json|md|html] [--pdf file [--chromium path]] [--seed N] [--out dir]

  Wertet Klimakonferenz-Workshops aus (Dateien mit einem Workshop oder einer Sammlung; mehrere Dateien,
  z. B. zwei Runden, werden zusammen ausgewertet).
  Scores Klimakonferenz workshops (files with one workshop or a collection; several files, e.g. two rounds,
  are scored together).

  check    Punkteregeln prüfen, jeden Verstoß mit Kennungen / check the vote rules, every violation with ids
  score    Auswertung je Workshop als JSON / per-workshop scores as JSON
  report   Ist-Analyse als JSON, Markdown oder HTML / current-state analysis as JSON, Markdown or HTML

  --format  json | md | html, auch mehrere mit Komma / several separated by commas (report: Standard/default md;
            mit/with --out: json,md,html)
  --pdf     report: druckfertige Broschüre als PDF (A4, mit Chromium) / print-ready brochure as PDF (A4, via Chromium)
  --chromium  Pfad zu Chromium oder Chrome / path to Chromium or Chrome (sonst/else CHROMIUM_PATH, System,
            @sparticuz/chromium)
  --seed    Startwert der Monte-Carlo-Simulation / Monte Carlo seed (Standard/default 1)
  --draws   Monte-Carlo-Ziehungen / draws (Standard/default 10000)
  --lang    de (Standard/default) | en
  --mode    strict (Standard/default) | lenient: Verstöße ausschließen statt ablehnen / exclude violations instead of refusing
  --out     Verzeichnis für die Dateien / directory for the files (report: plus one page per workshop)

  Exit: 0 ok · 1 Regelverstöße oder ungültige Daten/rule violations or invalid data · 2 Aufruffehler/usage error`;

type Format = 'json' | 'md' | 'html';

const FORMATS: readonly Format[] = ['json', 'md', 'html'];

interface Options {
  formats: Format[];
  seed: number;
  draws: number;
  language: 'de' | 'en';
  mode: 'strict' | 'lenient';
  out: string | undefined;
  /** With --pdf alone, only the PDF is written; --format or --out add the other files. */
  explicitFormat: boolean;
  pdf: string | undefined;
  chromium: string | undefined;
}

function check(
  collection: KlimakonferenzCollection,
  io: CommandIo,
  language: 'de' | 'en',
  json: boolean,
): number {
  if (json) {
    const results = collection.workshops.map((w) => ({
      workshop: w.id,
      violations: checkVoteRules(w).violations,
    }));
    io.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
    return results.some((r) => r.violations.length > 0) ? 1 : 0;
  }
  let total = 0;
  for (const workshop of collection.workshops) {
    const { violations } = checkVoteRules(workshop);
    total += violations.length;
    io.stdout.write(
      `${workshop.id}: ${violations.length === 0 ? '✓' : `${violations.length} ✗`}\n`,
    );
    for (const v of violations) io.stdout.write(`  ✗ ${describeViolation(v, language)}\n`);
  }
  io.stdout.write(
    language === 'de'
      ? `${countOf(collection.workshops.length, nouns.workshop.de, 'de')} geprüft, ${countOf(total, nouns.violation.de, 'de')}.\n`
      : `${countOf(collection.workshops.length, nouns.workshop.en, 'en')} checked, ${countOf(total, nouns.violation.en, 'en')}.\n`,
  );
  return total === 0 ? 0 : 1;
}

async function emit(
  io: CommandIo,
  out: string | undefined,
  files: { name: string; content: string }[],
): Promise<void> {
  if (out === undefined) {
    for (const file of files) io.stdout.write(file.content);
    return;
  }
  const dir = resolve(io.cwd, out);
  for (const file of files) {
    await writeAtomically(resolve(dir, file.name), file.content);
    io.stderr.write(`→ ${resolve(dir, file.name)}\n`);
  }
}

async function report(
  collection: KlimakonferenzCollection,
  io: CommandIo,
  options: Options,
): Promise<number> {
  const result = buildReport(collection, {
    seed: options.seed,
    draws: options.draws,
    mode: options.mode,
  });
  const render = {
    json: () => `${JSON.stringify(result, null, 2)}\n`,
    md: renderMarkdown,
    html: renderHtml,
  };
  if (options.pdf !== undefined) {
    const path = resolve(io.cwd, options.pdf);
    try {
      await writeAtomically(
        path,
        await printPdf(renderHtml(result, { language: options.language }), {
          flag: options.chromium === undefined ? undefined : resolve(io.cwd, options.chromium),
        }),
      );
    } catch (error) {
      if (error instanceof PdfError) return failure(io, error.localized);
      throw error;
    }
    io.stderr.write(`→ ${path}\n`);
    if (options.explicitFormat === false && options.out === undefined) return 0;
  }
  const files: { name: string; content: string }[] = [];
  for (const format of options.formats) {
    const content =
      format === 'json' ? render.json() : render[format](result, { language: options.language });
    files.push({ name: `klimakonferenz-report.${format}`, content });
    if (options.out !== undefined && format !== 'json') {
      for (const w of result.workshops) {
        files.push({
          name: `${w.workshop}.${format}`,
          content: render[format](result, { language: options.language, workshop: w.workshop }),
        });
      }
    }
  }
  await emit(io, options.out, files);
  return 0;
}

function parseOptions(
  values: Record<string, string | undefined>,
  subcommand: string,
): Options | { error: [string, string] } {
  const formats = (
    values.format ??
    (subcommand === 'report' && values.out !== undefined
      ? 'json,md,html'
      : subcommand === 'report'
        ? 'md'
        : 'json')
  )
    .split(',')
    .map((f) => f.trim());
  const unknown = formats.find((f) => !FORMATS.includes(f as Format));
  if (unknown !== undefined)
    return {
      error: [
        `--format: erwartet json, md oder html, gefunden „${unknown}“.`,
        `--format: expected json, md or html, found "${unknown}".`,
      ],
    };
  if (subcommand !== 'report' && formats.some((f) => f !== 'json')) {
    return {
      error: [
        `${subcommand} schreibt nur json; Markdown und HTML schreibt report.`,
        `${subcommand} writes json only; report writes Markdown and HTML.`,
      ],
    };
  }
  if (values.pdf !== undefined && subcommand !== 'report') {
    return {
      error: [
        `--pdf gibt es nur bei report, nicht bei ${subcommand}.`,
        `--pdf belongs to report, not to ${subcommand}.`,
      ],
    };
  }
  if (values.chromium !== undefined && values.pdf === undefined) {
    return {
      error: ['--chromium gibt es nur zusammen mit --pdf.', '--chromium belongs with --pdf.'],
    };
  }
  if (values.pdf !== undefined && !values.pdf.toLowerCase().endsWith('.pdf')) {
    return {
      error: [
        `--pdf: erwartet einen Dateinamen auf .pdf, gefunden „${values.pdf}“.`,
        `--pdf: expected a file name ending in .pdf, found "${values.pdf}".`,
      ],
    };
  }
  if (subcommand === 'report' && values.out === undefined && formats.length > 1) {
    return { error: ['mehrere Formate nur mit --out.', 'several formats only with --out.'] };
  }
  const seed = Number(values.seed ?? '1');
  const draws = Number(values.draws ?? '10000');
  if (!Number.isInteger(seed))
    return {
      error: [
        `--seed: erwartet eine ganze Zahl, gefunden „${values.seed}“.`,
        `--seed: expected an integer, found "${values.seed}".`,
      ],
    };
  if (!Number.isInteger(draws) || draws < 1)
    return {
      error: [
        `--draws: erwartet eine ganze Zahl ab 1, gefunden „${values.draws}“.`,
        `--draws: expected an integer from 1, found "${values.draws}".`,
      ],
    };
  const language = values.lang ?? 'de';
  if (language !== 'de' && language !== 'en')
    return {
      error: [
        `--lang: erwartet de oder en, gefunden „${language}“.`,
        `--lang: expected de or en, found "${language}".`,
      ],
    };
  const mode = values.mode ?? 'strict';
  if (mode !== 'strict' && mode !== 'lenient')
    return {
      error: [
        `--mode: erwartet strict oder lenient, gefunden „${mode}“.`,
        `--mode: expected strict or lenient, found "${mode}".`,
      ],
    };
  return {
    formats: formats as Format[],
    explicitFormat: values.format !== undefined,
    seed,
    draws,
    language,
    mode,
    out: values.out,
    pdf: values.pdf,
    chromium: values.chromium,
  };
}

/** `vielfalt klima`: checks, scores and reports Klimakonferenz workshops. */
export const command: Command = {
  summary:
    'Klimakonferenz prüfen, auswerten, berichten / check, score and report Klimakonferenz workshops',
  usage,
  async run(args, io) {
    const parsed = parseCommandArgs(io, usage, {
      args,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' },
        seed: { type: 'string' },
        draws: { type: 'string' },
        lang: { type: 'string' },
        mode: { type: 'string' },
        out: { type: 'string' },
        pdf: { type: 'string' },
        chromium: { type: 'string' },
      },
    });
    if (typeof parsed === 'number') return parsed;
    const [subcommand, ...files] = parsed.positionals;
    if (subcommand !== 'check' && subcommand !== 'score' && subcommand !== 'report') {
      return usageError(
        io,
        {
          de: `erwartet check, score oder report, gefunden „${subcommand ?? ''}“.`,
          en: `expected check, score or report, found "${subcommand ?? ''}".`,
        },
        usage,
      );
    }
    if (files.length === 0) {
      return usageError(
        io,
        { de: 'erwartet mindestens eine Datei.', en: 'expected at least one file.' },
        usage,
      );
    }
    const options = parseOptions(parsed.values, subcommand);
    if ('error' in options)
      return usageError(io, { de: options.error[0], en: options.error[1] }, usage);
    const collections: KlimakonferenzCollection[] = [];
    for (const file of files) {
      const data = await readJsonFile(file, io.cwd);
      if (!data.ok) return failure(io, data.message);
      try {
        collections.push(parseCollection(data.value));
      } catch (error) {
        if (!(error instanceof KlimaInputError)) throw error;
        return failure(io, {
          de: `ungültige Workshopdaten in ${file}:\n${error.issues.map((i) => `  ${i.path}: ${i.de}`).join('\n')}`,
          en: `invalid workshop data in ${file}:\n${error.issues.map((i) => `  ${i.path}: ${i.en}`).join('\n')}`,
        });
      }
    }
    let collection: KlimakonferenzCollection;
    try {
      collection = combineCollections(collections);
    } catch (error) {
      if (!(error instanceof KlimaInputError)) throw error;
      return failure(io, {
        de: error.issues.map((i) => i.de).join('\n'),
        en: error.issues.map((i) => i.en).join('\n'),
      });
    }
    if (subcommand === 'check')
      return check(collection, io, options.language, parsed.values.format !== undefined);
    try {
      if (subcommand === 'report') return await report(collection, io, options);
      const scores = collection.workshops.map((w) =>
        scoreWorkshop(w, { seed: options.seed, draws: options.draws, mode: options.mode }),
      );
      await emit(io, options.out, [
        { name: 'klimakonferenz-scores.json', content: `${JSON.stringify(scores, null, 2)}\n` },
      ]);
      return 0;
    } catch (error) {
      if (!(error instanceof VoteRuleError)) throw error;
      return failure(io, {
        de: `${countOf(error.violations.length, nouns.violation.de, 'de')}; \`vielfalt klima check\` listet sie, --mode lenient schließt sie aus.`,
        en: `${countOf(error.violations.length, nouns.violation.en, 'en')}; \`vielfalt klima check\` lists them, --mode lenient excludes them.`,
      });
    }
  },
};
